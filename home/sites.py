"""The Wagtail site of a request, found once per host and cache generation.

Wagtail looks the site up with a query on every request that needs it (routing, page URLs,
settings). Sites change rarely, and saving one starts a new cache generation
(home/page_cache.py), so the first lookup is remembered until then. Requests that never need a
site (static files, redirects from /) still make no query.
"""

from django.conf import settings
from django.core.cache import cache
from django.http.request import split_domain_port

from home.page_cache import remembered_key

UNKNOWN = object()


class SiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Wagtail reads the raw host too: ALLOWED_HOSTS is checked where the host is used.
        hostname = split_domain_port(request._get_raw_host())[0]
        key = remembered_key(f"site:{hostname}:{request.get_port()}", language=False)
        site = cache.get(key, UNKNOWN)
        if site is not UNKNOWN:
            request._wagtail_site = site
        response = self.get_response(request)
        if site is UNKNOWN and hasattr(request, "_wagtail_site"):
            cache.set(key, request._wagtail_site, settings.PAGE_CACHE_TIMEOUT)
        return response
