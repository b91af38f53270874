"""The Wagtail site of a request and its root paths, found once per host and cache generation.

Wagtail looks the site up with a query on every request that needs it (routing, page URLs,
settings), and reads the sites' root paths from the cache for every request that builds a page
URL. Both change only when a site, a locale or a home page does, and each of those starts a new
cache generation (home/page_cache.py), so what the first request found is kept until then, in
each worker's memory too. Requests that never need a site (static files, redirects from /)
still make no query.
"""

import copy

from django.http.request import split_domain_port

from home.page_cache import keep, recall


class SiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Wagtail reads the raw host too: ALLOWED_HOSTS is checked where the host is used.
        hostname = split_domain_port(request._get_raw_host())[0]
        site_name = f"site:{hostname}:{request.get_port()}"
        site, root_paths = recall(site_name, language=False), recall("root-paths", language=False)
        if site is not None:
            request._wagtail_site = copy.copy(site)  # each request its own, as from a query
        if root_paths is not None:
            request._wagtail_cached_site_root_paths = root_paths
        response = self.get_response(request)
        if site is None and getattr(request, "_wagtail_site", None) is not None:
            keep(site_name, request._wagtail_site, language=False)
        if root_paths is None and hasattr(request, "_wagtail_cached_site_root_paths"):
            keep("root-paths", request._wagtail_cached_site_root_paths, language=False)
        return response
