"""sitemap.xml and robots.txt for every language tree.

Wagtail's own sitemap walks only the default site's tree, so the Swedish pages; this one lists the
live, public pages of every locale, each with hreflang links to its live, public translations.
/sitemap.xml is an index of sections of at most SECTION_SIZE pages per language, so a section
stays well under the 50,000 addresses and 50 MB a sitemap may hold, and each one is built with
the same few queries however large the site grows.
"""

import math
import xml.etree.ElementTree as ET
from collections import defaultdict

from django.db.models import Count
from django.http import Http404, HttpResponse
from django.urls import reverse

from home.models import live_public

SECTION_SIZE = 5000
# A sitemap index lists at most 50,000 sitemaps, so no section past that is ever linked.
MAX_SECTIONS = 50_000
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
ET.register_namespace("", SITEMAP_NS)
ET.register_namespace("xhtml", XHTML_NS)


def public_pages():
    """Pages anyone may read: live, no view restriction up the tree, not the tree's root node."""
    return live_public().filter(depth__gt=1)


def sitemap_index(request):
    counts = (
        public_pages().order_by().values_list("locale__language_code").annotate(pages=Count("pk"))
    )
    index = ET.Element(f"{{{SITEMAP_NS}}}sitemapindex")
    for language_code, pages in sorted(counts):
        for number in range(1, math.ceil(pages / SECTION_SIZE) + 1):
            address = reverse("sitemap_section", args=[language_code, number])
            sitemap = ET.SubElement(index, f"{{{SITEMAP_NS}}}sitemap")
            ET.SubElement(sitemap, f"{{{SITEMAP_NS}}}loc").text = request.build_absolute_uri(
                address
            )
    return xml_response(index)


def sitemap_section(request, language_code, number):
    start = (number - 1) * SECTION_SIZE
    pages = (
        list(
            public_pages()
            .filter(locale__language_code=language_code)
            .select_related("locale")
            .order_by("path")[start : start + SECTION_SIZE]
        )
        if 1 <= number <= MAX_SECTIONS
        else []
    )
    if not pages:
        without_language_redirect(request)
        raise Http404
    translations = defaultdict(list)
    for translation in (
        public_pages()
        .filter(translation_key__in={page.translation_key for page in pages})
        .select_related("locale")
        .order_by("locale__language_code")
    ):
        translations[translation.translation_key].append(translation)

    urlset = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for page in pages:
        address = page.get_full_url(request)
        if address is None:  # outside every site, so not reachable
            continue
        entry = ET.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(entry, f"{{{SITEMAP_NS}}}loc").text = address
        if page.last_published_at:
            ET.SubElement(
                entry, f"{{{SITEMAP_NS}}}lastmod"
            ).text = page.last_published_at.isoformat(timespec="seconds")
        versions = [
            (version.locale.language_code, version.get_full_url(request))
            for version in translations[page.translation_key]
        ]
        versions = [(code, url) for code, url in versions if url]
        if len(versions) > 1:
            # Search engines want every version listed, this one included.
            for code, url in versions:
                ET.SubElement(
                    entry,
                    f"{{{XHTML_NS}}}link",
                    {"rel": "alternate", "hreflang": code, "href": url},
                )
    return xml_response(urlset)


def without_language_redirect(request):
    """Lets a 404 outside the language trees stay a 404.

    Django's LocaleMiddleware answers a 404 with a redirect to the same address under /sv/, and
    Wagtail's page tree takes any address there: a crawler or API client would follow it to an
    HTML page. The middleware asks the request's own URL configuration whether languages are in
    use, so this request is given one without them after its view was found.
    """
    request.urlconf = "portal.urls_without_languages"


def xml_response(root):
    body = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
