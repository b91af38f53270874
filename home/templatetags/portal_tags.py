from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from home.content_cache import cached
from home.freshness import is_outdated, original_of
from home.models import live_public
from home.navigation import site_navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def locale_home(context):
    """Title and address of the home page of the language being read, or None without a site."""
    return site_navigation(context.get("request")).get("home")


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context, current_page=None):
    """Top-level pages of the language being read, marking the section of the current page."""
    current_path = current_page.path if isinstance(current_page, Page) else ""
    items = [
        {
            **item,
            "current": "page"
            if current_path == item["path"]
            else ("true" if current_path.startswith(item["path"]) else ""),
        }
        for item in site_navigation(context.get("request")).get("navigation", [])
    ]
    return {"items": items}


@register.simple_tag(takes_context=True)
def main_sections(context):
    """Title and address of each top-level page of the language being read."""
    return site_navigation(context.get("request")).get("navigation", [])


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    """The footer's links to the accessibility statement, privacy page and contact address."""
    return site_navigation(context.get("request"))


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The current page in each portal language where it is live, in the order of LANGUAGES.

    Pages that are not Wagtail pages (search, errors) exist in every language at the same path.
    """
    request = context["request"]
    page = context.get("page")
    names = dict(settings.LANGUAGES)
    current = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)

    if isinstance(page, Page) and page.pk:
        urls, full_urls = cached(f"versions:{page.pk}", lambda: translation_urls(page, request))
    else:
        urls = {code: translate_url(request.path, code) for code in names}
        full_urls = {code: request.build_absolute_uri(url) for code, url in urls.items()}

    return [
        {
            "code": code,
            "name": names[code],
            "url": urls[code],
            "full_url": full_urls[code],
            "is_current": code == current,
        }
        for code in names
        if urls.get(code)
    ]


def translation_urls(page, request):
    """Relative and absolute addresses of the page's live, public translations, by language."""
    pages = {
        translation.locale.language_code: translation
        for translation in live_public(page.get_translations(inclusive=True)).select_related(
            "locale"
        )
    }
    return (
        {code: p.get_url(request) for code, p in pages.items()},
        {code: p.get_full_url(request) for code, p in pages.items()},
    )


@register.inclusion_tag("includes/translation_notice.html", takes_context=True)
def translation_notice(context, page):
    """Tells readers of a translation that its original has changed since; nothing elsewhere."""
    if not isinstance(page, Page) or page.pk is None:
        return {}
    request = context.get("request")
    return cached(f"notice:{page.pk}", lambda: outdated_notice(page, request))


def outdated_notice(page, request):
    original = original_of(page)
    if original is None or not is_outdated(page, original):
        return {}
    code = original.locale.language_code
    name = get_language_info(code)["name_translated"]
    return {
        "translation_date": page.last_published_at,
        "original_date": original.last_published_at,
        "original_url": original.get_url(request),
        "original_language_code": code,
        # Django capitalises every language's names ("Svenska", "Шведська"); mid-sentence only
        # English does.
        "original_language_name": name if get_language() == "en" else name.lower(),
    }


@register.simple_tag
def page_numbers(page_obj):
    """Page numbers around the current one, with an ellipsis (Paginator.ELLIPSIS) for the gaps."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
