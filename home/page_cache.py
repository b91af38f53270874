"""Whole-page cache for anonymous visitors, emptied whenever published content changes.

A news item shows on its own page, on the news index, on the home page and in search, in every
language that lists it; a changed organisation name shows on every page of its publisher. Rather
than track which cached pages show what, every change to published content starts a new cache
generation, and pages cached under the old one are never read again (they expire by themselves).
Editors publish a few times a day; readers come in spikes between.

Only GET and HEAD requests without a session cookie are served from the cache, and only
responses that set no cookie and are not marked private are stored. Wagtail marks pages with
view restrictions private, and editors always carry a session cookie, so neither a private page
nor the editor's toolbar can reach the cache.

A page is kept per address and per language it is rendered in (from its path, or outside the
language trees from the visitor's Accept-Language), and only if it varies on nothing else. A
query with a parameter no page reads (PAGE_CACHE_QUERY_PARAMETERS lists those they do) neither
reads nor fills the cache: tracking tags would make every address new, and pages still repeat
the whole query in their links, so leaving such a parameter out of the key would serve one
visitor's links to the next.

The same generation also keys smaller values every request needs (`remember`): the site's frame,
a page's translations, a query's search ranking. A value under a generation never changes, so
each worker process also keeps the ones it has read in its own memory, and a request reads the
generation once, however many values it asks for.

Keys also carry the release (`release()`): while a new version of the code replaces the old one,
each reads and writes only its own pages and values, and the new one never serves a page made
with the old templates.
"""

import functools
import hashlib
import time
from contextvars import ContextVar

import django
import wagtail
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language, get_language_from_request
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction, Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "page-cache:generation"
CACHEABLE_STATUS = {200, 404}
PRIVATE_DIRECTIVES = ("private", "no-cache", "no-store")
# What a stored page may vary on: visitors served from the cache send no session cookie, and the
# language a page is rendered in is part of its key.
KEYED_VARY_HEADERS = {"cookie", "accept-language"}
# Values kept in a worker's memory: those of the current generation, at most this many.
REMEMBERED_IN_PROCESS = 2000

# What a page is made from: code, templates, translations and styles.
RELEASE_FOLDERS = ("home", "news", "partnership", "search", "portal", "templates", "locale")
RELEASE_SUFFIXES = {".py", ".html", ".txt", ".mo", ".css", ".js", ".svg"}

_request_generation = ContextVar("page_cache_generation", default=None)
_in_process = {}


class PageCacheMiddleware:
    """Serves anonymous visitors a stored copy of the page while the content is unchanged."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # One cache read of the generation for the whole request, whatever it remembers.
        token = _request_generation.set(stored_generation())
        try:
            return self.respond(request)
        finally:
            _request_generation.reset(token)

    def respond(self, request):
        if not settings.PAGE_CACHE or not is_anonymous_read(request):
            response = self.get_response(request)
            if settings.SESSION_COOKIE_NAME in request.COOKIES:
                # An editor's page must not be kept by a browser or proxy for the next visitor.
                patch_cache_control(response, private=True)
            return response

        key = page_key(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached

        response = self.get_response(request)
        if request.method == "GET" and is_storable(response):
            patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE)
            patch_vary_headers(response, ["Cookie"])
            cache.set(key, response, settings.PAGE_CACHE_TIMEOUT)
            response["X-Page-Cache"] = "miss"
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
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"page-cache:{release()}:{generation()}:{digest}"


@functools.cache
def release():
    """A digest of the code, templates, translations and styles pages are made from, and of the
    Django and Wagtail versions: read once per process, a few milliseconds."""
    digest = hashlib.sha256(f"{django.__version__} {wagtail.__version__}".encode())
    for folder in RELEASE_FOLDERS:
        for path in sorted((settings.BASE_DIR / folder).rglob("*")):
            if path.suffix in RELEASE_SUFFIXES and path.is_file():
                digest.update(str(path.relative_to(settings.BASE_DIR)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def generation():
    """The current cache generation: read once per request, from the cache otherwise."""
    return _request_generation.get() or stored_generation()


def stored_generation():
    current = cache.get(GENERATION_KEY)
    if current is None:
        current = time.time_ns()
        if not cache.add(GENERATION_KEY, current, None):
            current = cache.get(GENERATION_KEY, current)
    return current


def remembered_key(name, language=True, current=None):
    """Cache key of a value kept until published content changes (per language by default)."""
    language_code = get_language() if language else ""
    return f"page-frame:{release()}:{current or generation()}:{language_code}:{name}"


def remember(name, build, language=True):
    """`build()`'s value (for the language being read), kept until published content changes.

    Values outlive the request and callers share them, so nobody may change one in place: plain
    data (strings, numbers, dates, and lists and dicts of them), or a copy is taken before use.
    """
    value = recall(name, language)
    if value is None:
        value = build()
        keep(name, value, language)
    return value


def recall(name, language=True):
    """The value kept under `name` in this generation (`remember`, `keep`), or None."""
    return recall_many([name], language).get(name)


def keep(name, value, language=True):
    """Keep `value` under `name` until published content changes (see `remember`)."""
    keep_many({name: value}, language)


def recall_many(names, language=True):
    """`recall` for several names at once, in one cache read at most: {name: value} of the kept."""
    current = in_process_generation()
    keys = {name: remembered_key(name, language, current) for name in names}
    found = {name: _in_process[key] for name, key in keys.items() if key in _in_process}
    missing = {key: name for name, key in keys.items() if name not in found}
    if missing:
        for key, value in cache.get_many(list(missing)).items():
            _in_process[key] = value
            found[missing[key]] = value
    return found


def keep_many(values, language=True):
    """`keep` for a dict of {name: value}, in one cache write."""
    current = in_process_generation()
    keyed = {remembered_key(name, language, current): value for name, value in values.items()}
    cache.set_many(keyed, settings.PAGE_CACHE_TIMEOUT)
    _in_process.update(keyed)


def in_process_generation():
    """The current generation, with this worker's values of older ones dropped."""
    current = generation()
    if _in_process.get("generation") != current or len(_in_process) > REMEMBERED_IN_PROCESS:
        _in_process.clear()  # values of an older generation are never read again
        _in_process["generation"] = current
    return current


def new_generation(**kwargs):
    """Everything published may look different now: start caching afresh.

    Publishing runs in a transaction, and a visitor's request in between would still read the
    old content and keep it under the new generation; so another one starts once it commits.
    """
    start_generation()
    transaction.on_commit(start_generation)


def start_generation():
    current = time.time_ns()
    cache.set(GENERATION_KEY, current, None)
    if _request_generation.get() is not None:
        _request_generation.set(current)  # the rest of this request sees its own change


def register_signal_handlers():
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.search_promotions.models import SearchPromotion

    from home.models import FundingProgramme, Organisation, Person, SiteSettings, Topic

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(new_generation)
    post_delete.connect(_on_page_delete)
    post_save.connect(_on_page_save)
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
        post_save.connect(new_generation, sender=model)
        post_delete.connect(new_generation, sender=model)
    # The first page view creates empty settings; only an editor's change shows on pages.
    post_save.connect(_on_settings_change, sender=SiteSettings)


def _on_settings_change(sender, instance, created, **kwargs):
    if not created:
        new_generation()


def _on_page_save(sender, instance, created, **kwargs):
    # An alias goes live as it is made, without Wagtail's page_published signal.
    if created and isinstance(instance, Page) and instance.alias_of_id and instance.live:
        new_generation()


def _on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        new_generation()
