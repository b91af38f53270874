"""The one place the portal uses a package's private API, each use with why and how to delete it.

tests/test_public_apis.py fails on a private name anywhere else; each use here is run by a test
(named beside it), so an upgrade that removes or changes it fails there, not in production.
"""

from django.http.request import split_domain_port
from wagtail.models import Site

from home.content_cache import cached

SITE_FIELDS = ("id", "hostname", "port", "site_name", "root_page_id", "is_default_site")


def use_cached_site(request):
    """Give Wagtail the request's site from the content cache, so that it asks no query for it.

    Why: `Site.find_for_request` looks the site up with a query on every request (every page
    URL, setting and route asks for it) and keeps the answer only on the request, as
    `request._wagtail_site`: about a millisecond of a 5 ms page view. Which site answers a host
    changes only with a Site, which empties the content cache; so the site's fields are cached
    as plain data per host and port (`cached`, home/content_cache.py), and the Site made from
    them is put where Wagtail looks first. The host is read as Wagtail reads it.
    Delete when: Wagtail caches its site lookup, or offers a public way to give a request its
    site. Tested by tests/test_compat.py (Wagtail asks no query and gets its own answer) and
    tests/test_query_counts.py.
    """
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()

    def find():
        site = Site.find_for_request(request)
        return {name: getattr(site, name) for name in SITE_FIELDS} if site else None

    fields = cached(f"site:{hostname}:{port}", find, per_language=False)
    if fields is not None and not hasattr(request, "_wagtail_site"):
        request._wagtail_site = Site(**fields)


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
