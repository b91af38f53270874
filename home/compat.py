"""The one place the portal uses a package's private API, each use with why and how to delete it.

tests/test_public_apis.py fails on a private name anywhere else; each use here is run by a test
(named beside it), so an upgrade that removes or changes it fails there, not in production.
"""

from contextlib import contextmanager

from django.http.request import split_domain_port
from wagtail.models import Site

from home.content_cache import cached, cached_many

SITE_FIELDS = ("id", "hostname", "port", "site_name", "root_page_id", "is_default_site")


@contextmanager
def cached_site(request):
    """Give Wagtail the request's site from the content cache, so that it asks no query for it.

    Why: `Site.find_for_request` looks the site up with a query on every request that needs it
    (every page URL, setting and route asks) and keeps the answer only on the request, as
    `request._wagtail_site`: about a millisecond of a 5 ms page view. Which site answers a host
    changes only with a Site, which empties the content cache; so once Wagtail has found it, its
    fields are cached as plain data per host and port (home/content_cache.py), and on later
    requests the Site made from them is put where Wagtail looks first. Requests that never need
    a site (the redirect from /, static files) still make no query.
    Delete when: Wagtail caches its site lookup, or offers a public way to give a request its
    site. Tested by tests/test_compat.py (Wagtail asks no query and gets its own answer) and
    tests/test_query_counts.py.
    """
    name = f"site:{split_domain_port(request._get_raw_host())[0]}:{request.get_port()}"
    fields = cached_many([name], lambda missing: {}, per_language=False).get(name)
    if fields is not None:
        request._wagtail_site = Site(**fields)
    yield
    found = getattr(request, "_wagtail_site", None)
    if fields is None and found is not None:
        cached(name, lambda: {field: getattr(found, field) for field in SITE_FIELDS}, False)


def insert_rows(model, objects, fields, returning_fields=None):
    """INSERT `objects` of `model` with `fields` in one statement, returning `returning_fields`.

    Why: the benchmark site generator (benchmarks/generator.py) writes 20,000 pages, and Django's
    `bulk_create` refuses models with a parent table (every Wagtail page type), so the page rows
    and the page type's rows are written with the same low-level `QuerySet._insert` that
    `bulk_create` itself uses. Only the benchmark uses it, never a request.
    Delete when: Django's `bulk_create` supports multi-table inheritance (then call it instead).
    Tested by tests/test_bench_generator.py.
    """
    return model._base_manager._insert(
        objects, fields=fields, returning_fields=returning_fields, using="default"
    )
