"""Every public page type stays light and self-contained, as a visitor on a slow phone needs.

HTML plus the CSS and JavaScript it references must stay under 60 KB gzip-compressed (images and
fonts aside); no script may block rendering; nothing is fetched from another site, so a visit is
never reported to a third party.
"""

import gzip
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from home.models import AccessibilityStatementPage, ContentPage, HomePage
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from partnership.models import PartnerIndexPage, PartnerPage, ProjectIndexPage, ProjectPage

BUDGET = 60 * 1024
PAGE_TYPES = [
    HomePage,
    NewsIndexPage,
    NewsPage,
    EventIndexPage,
    EventPage,
    PartnerIndexPage,
    PartnerPage,
    ProjectIndexPage,
    ProjectPage,
    ContentPage,
    AccessibilityStatementPage,
]


class Resources(HTMLParser):
    """The URLs a page makes the browser fetch, and the scripts in its <head>."""

    def __init__(self):
        super().__init__()
        self.in_head = False
        self.stylesheets, self.scripts, self.head_scripts, self.fetched = [], [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
        if tag == "link" and "stylesheet" in (attrs.get("rel") or "").split():
            self.stylesheets.append(attrs["href"])
        if tag == "script":
            if attrs.get("src"):
                self.scripts.append(attrs["src"])
            if self.in_head:
                self.head_scripts.append(attrs)
        # Plain links are followed only when clicked; everything else loads with the page.
        if tag != "a":
            self.fetched.extend(
                attrs[name] for name in ("src", "href", "srcset") if attrs.get(name)
            )


def gzip_size(data):
    return len(gzip.compress(data, compresslevel=6))


def static_file(url):
    path = urlsplit(url).path
    assert path.startswith(settings.STATIC_URL), f"{url} is not a static file"
    found = finders.find(path.removeprefix(settings.STATIC_URL))
    assert found, f"{url} is referenced but not found among the static files"
    with open(found, "rb") as file:
        return file.read()


def public_urls():
    urls = {
        cls.__name__: cls.objects.live().filter(locale__language_code="uk")[0].url
        for cls in PAGE_TYPES
    }
    with translation.override("uk"):
        urls["search"] = reverse("search") + "?q=Львів"
    return urls


@pytest.fixture
def pages(client, demo_site):
    """Each public page type in Ukrainian (the longest texts), parsed, with its HTML."""
    result = {}
    for name, url in public_urls().items():
        response = client.get(url)
        assert response.status_code == 200, url
        parser = Resources()
        parser.feed(response.content.decode())
        result[name] = (url, response.content, parser)
    return result


def test_every_page_type_is_under_60_kb_compressed_with_its_css_and_js(pages):
    for name, (url, html, resources) in pages.items():
        assets = [static_file(href) for href in resources.stylesheets + resources.scripts]
        assert resources.stylesheets, f"{url} references no stylesheet"
        total = gzip_size(html) + sum(gzip_size(asset) for asset in assets)
        assert total < BUDGET, f"{name} at {url} weighs {total} bytes compressed"


def test_no_script_blocks_rendering(pages):
    for _name, (url, _html, resources) in pages.items():
        for attrs in resources.head_scripts:
            # JSON-LD is data, never run: it cannot block rendering.
            kind = attrs.get("type")
            assert (
                "defer" in attrs or "async" in attrs or kind in ("module", "application/ld+json")
            ), f"{url} has a render-blocking script in <head>: {attrs}"


def test_nothing_is_fetched_from_another_site(pages, demo_site):
    own_hosts = {"testserver", *Site.objects.values_list("hostname", flat=True)}
    for _name, (url, _html, resources) in pages.items():
        assert resources.fetched, f"{url} fetches nothing, so the parser missed it"
        for reference in resources.fetched:
            for candidate in reference.split(","):
                address = candidate.strip().split(" ")[0]
                host = urlsplit(address).hostname
                assert host is None or host in own_hosts, f"{url} fetches {address}"


def test_fonts_are_served_by_the_portal_itself(pages):
    _url, _html, resources = pages["HomePage"]
    css = b"".join(static_file(href) for href in resources.stylesheets).decode()
    assert "@font-face" in css
    assert not re.search(r"""url\(\s*["']?(https?:)?//""", css), "the CSS loads from another site"
    for subset in ("latin", "latin-ext", "cyrillic"):
        for weight in (400, 700):
            font = f"source-sans-3-{subset}-{weight}-normal.woff2"
            assert f"../fonts/{font}" in css
            assert finders.find(f"fonts/{font}"), f"{font} is referenced but not served"
