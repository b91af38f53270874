import copy

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_supported_language_variant
from django.utils.translation.trans_real import parse_accept_lang_header
from wagtail import views as wagtail_views
from wagtail.models import Site

from home.page_cache import remember


def preferred_language(accept_language):
    """The first of the visitor's Accept-Language choices that the portal publishes in."""
    for code, _quality in parse_accept_lang_header(accept_language or ""):
        if code == "*":
            break
        try:
            return get_supported_language_variant(code)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


def language_redirect(request):
    """`/` sends each visitor to the home page in their own language, Swedish when none fits."""
    language = preferred_language(request.headers.get("Accept-Language"))
    response = redirect(f"/{language}/")
    patch_vary_headers(response, ["Accept-Language"])
    return response


def serve(request, path):
    """Wagtail's page view, starting from the home page of the language being read.

    Wagtail finds that home page anew on every request: the language's Locale, the root page's
    translation, then its specific type, before routing begins. Which page it is, and what it
    says, change only with a publish, so it is remembered until then and each request routes
    from its own copy.
    """
    site = Site.find_for_request(request)
    if site is not None and not hasattr(request, "_wagtail_route_for_request"):
        home = copy.copy(remember(f"home:{site.pk}", lambda: home_page_of(site)))
        components = [component for component in path.split("/") if component]
        try:
            request._wagtail_route_for_request = home.route(request, components)
        except Http404:
            request._wagtail_route_for_request = None
    return wagtail_views.serve(request, path)


def home_page_of(site):
    return site.root_page.localized.specific
