"""Link previews (Open Graph, Twitter cards) and schema.org JSON-LD for a page's <head>."""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page

from home.content_cache import cached
from news.models.pages import SOCIAL_IMAGE_SPEC

register = template.Library()

OG_LOCALES = {"sv": "sv_SE", "uk": "uk_UA", "en": "en_GB"}
# As Django's json_script: no "</script>", "<!--" or "&" can end or bend the script element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
ATTENDANCE_MODES = {
    "in_person": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}


@register.simple_tag(takes_context=True)
def social_meta(context):
    """What link previews and search engines are told about the page, or None off Wagtail pages."""
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page) or page.pk is None:
        return None
    if getattr(request, "is_preview", False):
        return page_meta(page, request)
    # The same until the next publish, and a tenth of a news item's rendering time.
    return cached(f"social-meta:{page.pk}:{request.get_host()}", lambda: page_meta(page, request))


def page_meta(page, request):
    url = page.get_full_url(request)
    if url is None:
        return None
    image = page_image(page)
    rendition = image.get_rendition(SOCIAL_IMAGE_SPEC) if image else None
    # Wagtail serves each page in its own language; asking the page would cost a query.
    language = get_language()
    meta = {
        "title": page.seo_title or page.title,
        "description": getattr(page, "meta_description", "") or page.search_description,
        "url": url,
        "type": "article" if page._meta.label == "news.NewsPage" else "website",
        "locale": OG_LOCALES.get(language, language),
        "language": language,
        "site_name": str(settings.WAGTAIL_SITE_NAME),
        "image": {
            "url": request.build_absolute_uri(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": image.default_alt_text,
        }
        if rendition
        else None,
    }
    data = json_ld(page, meta)
    meta["json_ld"] = script(data) if data else ""
    return meta


def page_image(page):
    if page._meta.label == "news.NewsPage":
        return page.image
    if page._meta.label == "partnership.PartnerPage":
        return page.logo
    return None


def json_ld(page, meta):
    """The schema.org description of news, events, partners and the home page; None for others."""
    common = {"@context": "https://schema.org", "url": meta["url"]}
    image = [meta["image"]["url"]] if meta["image"] else []
    label = page._meta.label
    if label == "news.NewsPage":
        return {
            **common,
            "@type": "NewsArticle",
            "headline": page.title,
            "description": meta["description"],
            "datePublished": page.date.isoformat(),
            "dateModified": page.last_published_at,
            "inLanguage": meta["language"],
            "image": image,
            "publisher": {"@type": "Organization", "name": meta["site_name"]},
        }
    if label == "news.EventPage":
        locations = []
        if page.location:
            locations.append({"@type": "Place", "name": page.location})
        if page.online_url:
            locations.append({"@type": "VirtualLocation", "url": page.online_url})
        return {
            **common,
            "@type": "Event",
            "name": page.title,
            "description": meta["description"],
            # In the event's own time zone, with its offset, as it is announced.
            "startDate": page.local_start.isoformat(),
            "endDate": page.local_end.isoformat(),
            "eventAttendanceMode": ATTENDANCE_MODES.get(page.format),
            "eventStatus": "https://schema.org/EventScheduled",
            "inLanguage": meta["language"],
            "location": locations,
        }
    if label == "partnership.PartnerPage":
        data = {
            **common,
            "@type": "GovernmentOrganization",
            "name": page.title,
            "description": meta["description"],
            "address": {
                "@type": "PostalAddress",
                "addressCountry": page.country,
                "addressRegion": page.region,
            },
        }
        if image:
            data["logo"] = image[0]
        if page.website:
            data["sameAs"] = [page.website]
        if page.has_location:
            data["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(page.latitude),
                "longitude": float(page.longitude),
            }
        return data
    if label == "home.HomePage":
        return {
            **common,
            "@type": "GovernmentOrganization",
            "name": meta["site_name"],
            "description": meta["description"],
        }
    return None


def script(data):
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
        JSON_SCRIPT_ESCAPES
    )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))
