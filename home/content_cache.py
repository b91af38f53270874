"""The content cache: whole pages for anonymous visitors, and values that pages are built from,
kept until published content changes or the time they show runs out.

docs/architecture.md ("The content cache") says what is kept, for how long, and what a publish
or a Redis outage does to it. In short: every key carries the content version, which every
change to published content replaces, so nothing cached before a change is read after it. What
shows the time (upcoming events, "today", overdue milestones) says when it changes
(`changes_at`, `today`), and pages and values built from it are kept no longer than that.
"""

import functools
import hashlib
import logging
import math
import pickle
import secrets
import threading
import time
from collections import OrderedDict
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import timedelta

import django
import wagtail
from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.module_loading import import_string
from django.utils.translation import get_language, get_language_from_request
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

ALIAS = "content"
VERSION_KEY = "content-version"
# Failures of the cache server; the content alias raises them (the default alias ignores them).
CACHE_ERRORS = (ConnectionInterrupted, RedisError, OSError)
VERSION_ATTEMPTS = 3
CACHEABLE_STATUS = {200, 404}
PRIVATE_DIRECTIVES = ("private", "no-cache", "no-store")
# What a stored page may vary on: visitors served from the cache send no session cookie, and the
# language a page is rendered in is part of its key.
KEYED_VARY_HEADERS = {"cookie", "accept-language"}
# What pages are made from: code, templates, translations and styles (`code_version`).
CODE_FOLDERS = ("home", "news", "partnership", "search", "portal", "templates", "locale")
CODE_SUFFIXES = {".py", ".html", ".txt", ".mo", ".css", ".js", ".svg"}


def store():
    return caches[ALIAS]


@dataclass
class Scope:
    """What one request has read from the cache: the version once, each value once, and the
    earliest moment that what it built changes by itself (`changes_at`)."""

    version: str | None
    values: dict = field(default_factory=dict)
    expires: object = None  # an aware datetime, or None for "only with published content"
    on_hit: list = field(default_factory=list)

    def note(self, moment):
        if moment is not None and (self.expires is None or moment < self.expires):
            self.expires = moment


_scope = ContextVar("content_cache_scope", default=None)


@contextmanager
def scope():
    """The request's scope, or a new one for work outside a request (commands, tests)."""
    current = _scope.get()
    if current is not None:
        yield current
        return
    token = _scope.set(Scope(read_version()))
    try:
        yield _scope.get()
    finally:
        _scope.reset(token)


# Versions


@functools.cache
def code_version():
    """A digest of the code, templates, translations and styles pages are made from, and of the
    Django and Wagtail versions: while a new release replaces the old, each reads only its own.
    Read once per process, a few milliseconds."""
    digest = hashlib.sha256(f"{django.__version__} {wagtail.__version__}".encode())
    for folder in CODE_FOLDERS:
        for path in sorted((settings.BASE_DIR / folder).rglob("*")):
            if path.suffix in CODE_SUFFIXES and path.is_file():
                digest.update(str(path.relative_to(settings.BASE_DIR)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def read_version():
    """'<code>.<content>', or None while the cache cannot be reached (nothing is cached then)."""
    try:
        content = store().get(VERSION_KEY)
        if content is None:
            content = secrets.token_hex(8)
            if not store().add(VERSION_KEY, content, None):
                content = store().get(VERSION_KEY, content)
    except CACHE_ERRORS as error:
        logger.warning("The content cache cannot be reached: %s", error)
        return None
    return f"{code_version()}.{content}"


class PendingChange:
    """A change to published content that the cache has not been told of yet (Redis was down).

    While one is pending this worker serves no cached page or value, retries at the start of each
    request, and /readyz answers 503, so the change is neither lost nor silent.
    """

    def __init__(self):
        self.event = threading.Event()

    def __bool__(self):
        return self.event.is_set()


pending_change = PendingChange()


def content_changed(**kwargs):
    """Published content may look different now: everything cached before is read no more.

    Publishing runs in a transaction, and a visitor's request in between would still read the
    old content and cache it under the new version; so another one starts once it commits.
    """
    new_version()
    transaction.on_commit(new_version)


def new_version(attempts=VERSION_ATTEMPTS):
    for attempt in range(attempts):
        try:
            store().set(VERSION_KEY, secrets.token_hex(8), None)
        except CACHE_ERRORS as error:
            failure = error
            time.sleep(0.1 * attempt)
            continue
        if pending_change:
            pending_change.event.clear()
            logger.warning("The content cache has been told of the change it missed.")
        current = _scope.get()
        if current is not None:
            current.version = read_version()  # the rest of this request sees its own change
            current.values.clear()
        return
    current = _scope.get()
    if current is not None:
        current.version = None
    if not pending_change:
        pending_change.event.set()
        logger.error(
            "Published content changed but the content cache could not be told (%s); this "
            "worker serves nothing from the cache until it can.",
            failure,
        )


def retry_pending_change():
    if pending_change:
        new_version(attempts=1)


# Values


class WorkerMemory:
    """This worker's copies of cached values, so that a value read once costs no cache request.

    Kept as pickled bytes, so every request gets its own copy; at most `limit` bytes in all, the
    least recently read dropped first, and each no longer than the cache itself keeps it. Keys
    carry the content version, so a copy from before a change is never read again.
    """

    def __init__(self, limit):
        self.limit = limit
        self.entries = OrderedDict()  # key: (bytes, expiry as time.time())
        self.size = 0
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                return None
            if entry[1] <= time.time():
                self.drop(key)
                return None
            self.entries.move_to_end(key)
            return entry[0]

    def put(self, key, data, timeout):
        if len(data) > self.limit // 8:  # one large value must not push out all the others
            return
        with self.lock:
            if key in self.entries:
                self.drop(key)
            self.entries[key] = (data, time.time() + timeout)
            self.size += len(data)
            while self.size > self.limit:
                self.drop(next(iter(self.entries)))

    def drop(self, key):
        data, _expiry = self.entries.pop(key)
        self.size -= len(data)

    def clear(self):
        with self.lock:
            self.entries.clear()
            self.size = 0


worker_memory = WorkerMemory(settings.CONTENT_CACHE_WORKER_BYTES)


def value_key(name, per_language):
    return f"value:{get_language() if per_language else ''}:{name}"


def cached(name, build, per_language=True):
    """`build()`'s value, cached until published content changes (or the time it shows runs out).

    Per language unless `per_language` is false. Values are plain data (strings, numbers, dates,
    lists, dicts and frozen dataclasses of them), never model instances: each request unpickles
    its own copy.
    """
    return cached_many([name], lambda names: {name: build()}, per_language)[name]


def cached_many(names, build_missing, per_language=True):
    """{name: value} for each of `names`: the cached ones in one cache read, and for the others
    `build_missing(missing names)`, a dict of those it could build (the rest are left out)."""
    with scope() as current:
        keys = {name: value_key(name, per_language) for name in names}
        records = read_values(list(keys.values()), current)
        found = {}
        for name, key in keys.items():
            if key in records:
                value, expires = records[key]
                current.note(expires)
                found[name] = value
        missing = [name for name in names if name not in found]
        if missing:
            built, expires = build_noting_time(current, lambda: build_missing(missing))
            write_values({keys[name]: (value, expires) for name, value in built.items()}, current)
            found.update(built)
        return found


def build_noting_time(current, build):
    """`build()` and the earliest moment it said its result changes by itself."""
    outer, current.expires = current.expires, None
    try:
        value = build()
        expires = current.expires
    finally:
        inner, current.expires = current.expires, outer
        current.note(inner)
    return value, expires


def read_values(keys, current):
    """{key: (value, expires)} of the keys cached in this version."""
    if current.version is None or pending_change:
        return {}
    found = {key: current.values[key] for key in keys if key in current.values}
    wanted = [key for key in keys if key not in found]
    for key in list(wanted):
        data = worker_memory.get(f"{current.version}:{key}")
        if data is not None:
            found[key] = current.values[key] = pickle.loads(data)[:2]
            wanted.remove(key)
    if wanted:
        try:
            records = store().get_many(wanted, version=current.version)
        except CACHE_ERRORS as error:
            logger.warning("The content cache cannot be read: %s", error)
            records = {}
        for key, (value, expires, kept_until) in records.items():
            # The worker keeps its copy no longer than the cache keeps the value.
            timeout = math.floor(kept_until - time.time())
            if timeout > 0:
                worker_memory.put(f"{current.version}:{key}", pickle.dumps(records[key]), timeout)
                found[key] = current.values[key] = (value, expires)
    return found


def write_values(records, current):
    """Cache {key: (value, expires)}, each until it expires or PAGE_CACHE_TIMEOUT, if sooner."""
    if current.version is None or pending_change:
        return
    by_timeout = {}
    for key, (value, expires) in records.items():
        timeout = seconds_left(expires)
        if timeout > 0:
            record = (value, expires, time.time() + timeout)
            by_timeout.setdefault(timeout, {})[key] = record
            current.values[key] = (value, expires)
            worker_memory.put(f"{current.version}:{key}", pickle.dumps(record), timeout)
    try:
        for timeout, batch in by_timeout.items():
            store().set_many(batch, timeout, version=current.version)
    except CACHE_ERRORS as error:
        logger.warning("The content cache cannot be written: %s", error)


def seconds_left(expires):
    """Seconds to keep something that changes at `expires`: at most PAGE_CACHE_TIMEOUT."""
    if expires is None:
        return settings.PAGE_CACHE_TIMEOUT
    left = (expires - timezone.now()).total_seconds()
    return min(settings.PAGE_CACHE_TIMEOUT, math.floor(left))


# Time


def changes_at(moment):
    """What is being built looks different from `moment` on (an event starts or ends): the page
    and the values being built are kept no longer. A moment in the past is ignored."""
    current = _scope.get()
    if current is not None and moment is not None and moment > timezone.now():
        current.note(moment)


def today():
    """Today's date in the current time zone; what shows it is kept until the next midnight."""
    now = timezone.localtime()
    # Wall-clock arithmetic in the zone: midnight after a change to or from summer time too.
    changes_at((now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0))
    return now.date()


# Pages


class ContentCacheMiddleware:
    """Serves anonymous visitors a cached copy of the page while its content is unchanged."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from home.compat import cached_site  # it builds on this module

        retry_pending_change()
        with scope() as current:
            if not settings.PAGE_CACHE or not is_anonymous_read(request):
                with cached_site(request):
                    response = self.get_response(request)
                if settings.SESSION_COOKIE_NAME in request.COOKIES:
                    # An editor's page must not be kept by a browser or proxy for the next visitor.
                    patch_cache_control(response, private=True)
                return response
            key = page_key(request)
            stored = read_page(key, current)
            if stored is not None:
                return replay(stored)
            with cached_site(request):
                response = self.get_response(request)
            if request.method == "GET" and is_storable(response):
                store_page(key, response, current)
            return response


def is_anonymous_read(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(settings.PAGE_CACHE_EXCLUDED_PATHS)
        and set(request.GET) <= set(settings.PAGE_CACHE_QUERY_PARAMETERS)
    )


def is_storable(response):
    cache_control = response.get("Cache-Control", "")
    vary = {header.strip().lower() for header in response.get("Vary", "").split(",")} - {""}
    return (
        response.status_code in CACHEABLE_STATUS
        and not response.cookies
        and not response.streaming
        and not any(directive in cache_control for directive in PRIVATE_DIRECTIVES)
        and vary <= KEYED_VARY_HEADERS
    )


def page_key(request):
    # The language LocaleMiddleware will render in: the path's, else the browser's choice.
    language = get_language_from_request(request, check_path=True)
    address = f"{language}:{request.get_host()}{request.get_full_path()}"
    return f"page:{hashlib.sha256(address.encode()).hexdigest()}"


def read_page(key, current):
    if current.version is None or pending_change:
        return None
    try:
        return store().get(key, version=current.version)
    except CACHE_ERRORS as error:
        logger.warning("The content cache cannot be read: %s", error)
        return None


def store_page(key, response, current):
    """Keep the response as plain data, no longer than what it shows stays true."""
    timeout = seconds_left(current.expires)
    if current.version is None or pending_change or timeout <= 0:
        return
    patch_cache_control(response, public=True, max_age=min(settings.PAGE_CACHE_MAX_AGE, timeout))
    patch_vary_headers(response, ["Cookie"])
    stored = {
        "status": response.status_code,
        "content": response.content,
        "headers": list(response.items()),
        "on_hit": current.on_hit,
        "expires": current.expires,
    }
    try:
        store().set(key, stored, timeout, version=current.version)
    except CACHE_ERRORS as error:
        logger.warning("The content cache cannot be written: %s", error)
        return
    response["X-Page-Cache"] = "miss"


def replay(stored):
    for function, args in stored["on_hit"]:
        import_string(function)(*args)
    response = HttpResponse(stored["content"], status=stored["status"])
    for header, value in stored["headers"]:
        response[header] = value
    if stored["expires"] is not None:  # browsers and proxies keep it no longer either
        left = max(seconds_left(stored["expires"]), 0)
        patch_cache_control(response, max_age=min(settings.PAGE_CACHE_MAX_AGE, left))
    response["X-Page-Cache"] = "hit"
    return response


def on_every_view(function, *args):
    """`function(*args)` now, and again whenever the page being built is served from the cache:
    what a view records of each visit (a search in the search log). Arguments are plain data."""
    current = _scope.get()
    if current is not None:
        current.on_hit.append((f"{function.__module__}.{function.__qualname__}", args))
    return function(*args)


# What changes published content


def register_signal_handlers():
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import (
        CollectionViewRestriction,
        Locale,
        Page,
        PageViewRestriction,
        Site,
    )
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from home.models import FundingProgramme, Organisation, Person, SiteSettings, Topic

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed)

    def on_page_save(sender, instance, created, **kwargs):
        # An alias goes live as it is made, without Wagtail's page_published signal.
        if created and isinstance(instance, Page) and instance.alias_of_id and instance.live:
            content_changed()

    def on_page_delete(sender, instance, **kwargs):
        if isinstance(instance, Page) and instance.live:
            content_changed()

    def on_settings_change(sender, instance, created, **kwargs):
        # The first page view creates empty settings; only an editor's change shows on pages.
        if not created:
            content_changed()

    post_save.connect(on_page_save, weak=False)
    post_delete.connect(on_page_delete, weak=False)
    post_save.connect(on_settings_change, sender=SiteSettings, weak=False)
    # Shown on pages without being pages: names, topics, logos, documents, footer links.
    for model in (
        Organisation,
        Person,
        Topic,
        FundingProgramme,
        Site,
        Locale,
        get_image_model(),
        get_document_model(),
        Redirect,  # a cached 404 would hide a redirect added for its address
        PageViewRestriction,  # a page made private leaves the listings at once
        SearchPromotion,  # a recommended page shows on cached searches at once
        CollectionViewRestriction,  # and a document made private the pages linking to it
    ):
        post_save.connect(content_changed, sender=model)
        post_delete.connect(content_changed, sender=model)
