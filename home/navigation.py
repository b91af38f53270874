"""What every public page of a language shows around its content: the home link, the main
navigation, the news feeds and the footer links.

Building it costs about ten queries and most of a page's template time, the same for every page
of a language, so it is cached (home/content_cache.py) per site and language as plain values.
"""

from wagtail.models import Site

from home.content_cache import cached


def site_navigation(request):
    """The language's navigation for this request's site: a dict, empty where there is no site."""
    if request is None:
        return {}
    site = Site.find_for_request(request)
    if site is None:
        return {}
    return cached(f"navigation:{site.pk}", lambda: build_navigation(site, request))


def build_navigation(site, request):
    # Imported here: the news app's models build on this app's.
    from home.models import SiteSettings, live_public
    from news.templatetags.news_tags import feeds_of

    home = site.root_page.localized.specific
    menu = [
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
        "navigation": menu,
        "feeds": feeds_of(home.locale_id),
        "footer_links": [
            {"title": page.title, "url": page.get_url(request)} for page in footer_pages
        ],
        "contact_email": site_settings.contact_email,
    }
