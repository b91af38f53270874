from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from home.freshness import is_outdated, original_of

register = template.Library()


@register.simple_tag(takes_context=True)
def locale_home(context):
    """The home page of the language being read, falling back to the site root."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    return site.root_page.localized.specific


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context, home, current_page=None):
    """Top-level pages of the language being read, marking the section of the current page."""
    if home is None:
        return {"items": [], "request": context.get("request")}
    current_path = current_page.path if isinstance(current_page, Page) else ""
    items = [
        {
            "page": item,
            "current": "page"
            if current_path == item.path
            else ("true" if current_path.startswith(item.path) else ""),
        }
        for item in home.get_children().live().public().in_menu()
    ]
    return {"items": items, "request": context.get("request")}


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
        pages = {
            translation.locale.language_code: translation
            for translation in page.get_translations(inclusive=True).live().select_related("locale")
        }
        urls = {code: p.get_url(request) for code, p in pages.items()}
        full_urls = {code: p.get_full_url(request) for code, p in pages.items()}
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


@register.inclusion_tag("includes/translation_notice.html", takes_context=True)
def translation_notice(context, page):
    """Tells readers of a translation that its original has changed since; nothing elsewhere."""
    if not isinstance(page, Page) or page.pk is None:
        return {}
    original = original_of(page)
    if original is None or not is_outdated(page, original):
        return {}
    code = original.locale.language_code
    name = get_language_info(code)["name_translated"]
    return {
        "translation": page,
        "original": original,
        "original_url": original.get_url(context.get("request")),
        "original_language_code": code,
        # Django capitalises every language's names ("Svenska", "Шведська"); mid-sentence only
        # English does.
        "original_language_name": name if get_language() == "en" else name.lower(),
    }


@register.simple_tag
def page_numbers(page_obj):
    """Page numbers around the current one, with an ellipsis (Paginator.ELLIPSIS) for the gaps."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
