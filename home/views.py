from django.apps import apps
from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_supported_language_variant
from django.utils.translation.trans_real import parse_accept_lang_header
from wagtail import hooks
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from home.content_cache import cached


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
    """Wagtail's page view (wagtail.views.serve, with the same hooks), finding the page with
    one query for the whole path instead of several per segment.

    Wagtail starts from the site's root page in the language being read (its Locale, the root
    page's translation, its specific type: three queries) and then asks for each segment's child
    page and its specific type. Which home page a language has changes only with published
    content, so its address and place in the tree are cached.
    """
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    home = cached(f"home:{site.pk}", lambda: home_of(site))
    page, args, kwargs = route(request, home, [part for part in path.split("/") if part])

    def serve_chain(page, request, args, kwargs):
        return page.serve(request, *args, **kwargs)

    on_serve_chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        on_serve_chain = fn(on_serve_chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return on_serve_chain(page, request, args, kwargs)


def home_of(site):
    home = site.root_page.localized
    return {
        "pk": home.pk,
        "model": home.specific_class._meta.label,
        "path": home.path,
        "url_path": home.url_path,
        "depth": home.depth,
    }


def route(request, home, path_components):
    """(page, args, kwargs) for the path below the home page, as Wagtail's `Page.route` finds
    them; Http404 where no page has that address. A routable page on the way (feeds, calendars,
    exports) still gets the first say over the rest of the path."""
    if not path_components:
        return apps.get_model(home["model"]).objects.get(pk=home["pk"]).route(request, [])
    url_paths = [
        f"{home['url_path']}{'/'.join(path_components[:length])}/"
        for length in range(1, len(path_components) + 1)
    ]
    chain = Page.objects.filter(url_path__in=url_paths, path__startswith=home["path"])
    page, depth, remaining = None, home["depth"], list(path_components)
    for step in chain.order_by("depth"):
        if step.depth != depth + 1 or (page is not None and claims_path(page, remaining)):
            break
        page, depth, remaining = step, step.depth, remaining[1:]
    if page is None or (remaining and not claims_path(page, remaining)):
        raise Http404  # no page has this address (Wagtail would look again, by slug)
    return for_serving(page).route(request, remaining)


def for_serving(page):
    """The page in its specific type, with the rows its template shows (`served_with`): one
    query, like Wagtail's `page.specific`."""
    model = page.specific_class
    related = getattr(model, "served_with", ())
    if not related:
        return page.specific
    return model.objects.select_related(*related).get(pk=page.pk)


def claims_path(page, path_components):
    """Whether a routable page answers the rest of the path itself (a feed, not a child page)."""
    page_class = page.specific_class
    if not (page.live and page_class and issubclass(page_class, RoutablePageMixin)):
        return False
    try:
        page_class.get_resolver().resolve("/" + "/".join(path_components) + "/")
    except Http404:
        return False
    return True
