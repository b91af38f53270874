"""The frame of every public page that depends only on its language: the home link, the main
navigation, the news feeds and the footer links.

Building it costs about ten queries and most of a page's template time, the same for every page
of a language, so it is built once per site, language and page-cache generation (home/page_cache.py
starts a new one whenever published content changes) and kept in the cache as plain values.
"""

from wagtail.models import Site

from home.page_cache import remember


def site_chrome(request):
    """The language's frame for this request's site: a dict, empty where there is no site."""
    if request is None:
        return {}
    memo = getattr(request, "_portal_chrome", None)
    if memo is None:
        site = Site.find_for_request(request)
        if site is None:
            return {}
        memo = remember(f"chrome:{site.pk}", lambda: build_chrome(site, request))
        request._portal_chrome = memo
    return memo


def build_chrome(site, request):
    # Imported here: the news app's models build on this app's.
    from home.models import SiteSettings, live_public
    from news.templatetags.news_tags import feeds_of

    home = site.root_page.localized.specific
    navigation = [
        {"title": page.title, "url": page.get_url(request), "path": page.path}
        for page in live_public(home.get_children()).in_menu()
    ]
    site_settings = SiteSettings.for_site(site)
    footer_pages = [
        page.localized
        for page in (site_settings.accessibility_page, site_settings.privacy_page)
        if page is not None
    ]
    return {
        "home": {"title": home.title, "url": home.get_url(request)},
        "navigation": navigation,
        "feeds": feeds_of(home.locale_id),
        "footer_links": [
            {"title": page.title, "url": page.get_url(request)} for page in footer_pages
        ],
        "contact_email": site_settings.contact_email,
    }
