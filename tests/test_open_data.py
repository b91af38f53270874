"""sitemap.xml, robots.txt, the content API and link previews, each read with a real parser.

Every output lists live, public content only: never drafts, pages behind a view restriction on
themselves or an ancestor, unpublished translations, or documents in a private collection.
"""

import datetime
import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import override_settings
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
from wagtail_factories import DocumentFactory, ImageFactory

from home import open_data
from news.choices import EventFormat, EventTimeZone
from tests.conftest import translate
from tests.factories import (
    ContentPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
)

NS = {"s": open_data.SITEMAP_NS, "xhtml": open_data.XHTML_NS}


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit counters live in the cache; each test starts with none."""
    cache.clear()


@pytest.fixture
def site(homes):
    """Public pages in three languages, and pages that must never be published anywhere."""
    news = NewsIndexPageFactory(parent=homes["sv"])
    translate(news, "uk", title="Новини", slug="novyny")
    translate(news, "en", title="News", slug="news")
    item = NewsPageFactory(
        parent=news, title="Vattenverket invigt", slug="vattenverket", image=ImageFactory()
    )
    uk_item = translate(item, "uk", title="Водоканал відкрито", slug="vodokanal")
    en_draft = translate(item, "en", publish=False, title="Waterworks opened", slug="waterworks")
    draft = NewsPageFactory(parent=news, title="Utkast", slug="utkast", live=False)

    private = ContentPageFactory(parent=homes["sv"], title="Internt", slug="internt")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )
    private_child = ContentPageFactory(parent=private, title="Internt protokoll", slug="protokoll")
    members = ContentPageFactory(parent=homes["sv"], title="Medlemmar", slug="medlemmar")
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
    return {
        "homes": homes,
        "news": news,
        "item": item,
        "uk_item": uk_item,
        "hidden": [en_draft, draft, private, private_child, members],
    }


def public_urls(site):
    return {
        page.get_full_url()
        for page in [
            *site["homes"].values(),
            site["news"],
            *site["news"].get_translations(),
            site["item"],
            site["uk_item"],
        ]
    }


def parse_xml(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def sitemap_entries(client):
    """Every <url> of every section the index names, by address."""
    index = parse_xml(client.get("/sitemap.xml"))
    entries = []
    for loc in index.findall("s:sitemap/s:loc", NS):
        section = parse_xml(client.get(urlsplit(loc.text).path))
        entries.extend(section.findall("s:url", NS))
    return entries


def alternates(entry):
    return {
        link.get("hreflang"): link.get("href")
        for link in entry.findall("xhtml:link[@rel='alternate']", NS)
    }


def test_the_sitemap_lists_every_live_public_page_of_every_language_once(client, site):
    entries = sitemap_entries(client)
    addresses = [entry.find("s:loc", NS).text for entry in entries]

    assert sorted(addresses) == sorted(public_urls(site))
    assert {"/sv/", "/uk/", "/en/"} <= {urlsplit(address).path for address in addresses}
    for page in site["hidden"]:
        assert page.get_full_url() not in addresses
        assert page.title not in client.get("/sitemap.xml").content.decode()
    # Pages made without publishing (the fixture's Swedish home) have no publishing date.
    lastmods = [entry.find("s:lastmod", NS) for entry in entries]
    dates = [
        datetime.datetime.fromisoformat(lastmod.text) for lastmod in lastmods if lastmod is not None
    ]
    assert len(dates) >= len(entries) - 3
    assert all(date.tzinfo is not None for date in dates)


def test_sitemap_alternates_name_the_live_translations_only(client, site):
    by_address = {entry.find("s:loc", NS).text: entry for entry in sitemap_entries(client)}
    item, uk_item = site["item"], site["uk_item"]
    expected = {"sv": item.get_full_url(), "uk": uk_item.get_full_url()}

    # The English translation is a draft: neither listed nor named as an alternate.
    assert alternates(by_address[item.get_full_url()]) == expected
    assert alternates(by_address[uk_item.get_full_url()]) == expected
    assert set(alternates(by_address[site["homes"]["en"].get_full_url()])) == {"sv", "uk", "en"}


def test_a_big_sitemap_is_split_into_sections_that_together_list_every_page(
    client, site, monkeypatch
):
    monkeypatch.setattr(open_data, "SECTION_SIZE", 2)
    index = parse_xml(client.get("/sitemap.xml"))
    sections = [urlsplit(loc.text).path for loc in index.findall("s:sitemap/s:loc", NS)]

    # Swedish: home, news index, news item; Ukrainian the same; English: home and news index.
    assert sections == [
        "/sitemap-en-1.xml",
        "/sitemap-sv-1.xml",
        "/sitemap-sv-2.xml",
        "/sitemap-uk-1.xml",
        "/sitemap-uk-2.xml",
    ]
    addresses = [entry.find("s:loc", NS).text for entry in sitemap_entries(client)]
    assert sorted(addresses) == sorted(public_urls(site))
    assert client.get("/sitemap-sv-3.xml").status_code == 404


def test_the_cached_sitemap_follows_publishing_and_new_restrictions(client, site):
    with override_settings(PAGE_CACHE=True, PAGE_CACHE_TIMEOUT=300):
        assert client.get("/sitemap-sv-1.xml")["X-Page-Cache"] == "miss"
        assert client.get("/sitemap-sv-1.xml")["X-Page-Cache"] == "hit"

        new = NewsPageFactory(parent=site["news"], title="Ny", slug="ny")
        new.save_revision().publish()
        assert new.get_full_url() in client.get("/sitemap-sv-1.xml").content.decode()

        PageViewRestriction.objects.create(
            page=site["news"], restriction_type=PageViewRestriction.LOGIN
        )
        content = client.get("/sitemap-sv-1.xml").content.decode()
        assert site["item"].get_full_url() not in content
        assert new.get_full_url() not in content


def test_robots_txt_points_at_the_sitemap(client, site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    sitemap = next(line.removeprefix("Sitemap: ") for line in lines if line.startswith("Sitemap:"))
    assert sitemap == "http://testserver/sitemap.xml"
    assert client.get(urlsplit(sitemap).path).status_code == 200


# The content API


def api(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content
    return response.json()


def test_the_api_lists_live_public_pages_of_every_language(client, site, admin_client):
    for reader in (client, admin_client):
        listing = api(reader, "/api/v2/pages/")
        titles = {item["title"] for item in listing["items"]}
        assert titles == {
            "Startsida",
            "Головна",
            "Home",
            "Nyheter",
            "Новини",
            "News",
            "Vattenverket invigt",
            "Водоканал відкрито",
        }
        assert listing["meta"]["total_count"] == len(titles)
        # Not for a signed-in editor either, nor by address.
        for page in site["hidden"]:
            api(reader, f"/api/v2/pages/{page.pk}/", status=404)


def test_the_api_filters_pages_by_language(client, site):
    listing = api(client, "/api/v2/pages/?locale=uk")
    assert {item["title"] for item in listing["items"]} == {
        "Головна",
        "Новини",
        "Водоканал відкрито",
    }
    assert {item["meta"]["locale"] for item in listing["items"]} == {"uk"}
    translations = api(client, f"/api/v2/pages/?translation_of={site['item'].pk}")
    assert [item["title"] for item in translations["items"]] == ["Водоканал відкрито"]


def test_the_api_serves_news_for_embedding(client, site):
    listing = api(
        client, "/api/v2/pages/?type=news.NewsPage&locale=sv&fields=date,intro,image&order=-date"
    )
    [item] = listing["items"]
    assert item["title"] == "Vattenverket invigt"
    assert item["date"] == "2025-05-01"
    assert item["intro"] == "Nytt från samarbetet."
    assert item["meta"]["html_url"] == site["item"].get_full_url()
    assert item["image"]["full_url"].startswith("http://")
    assert item["image"]["full_url"].endswith(".webp")
    assert item["image"]["width"] <= 1200

    detail = api(client, f"/api/v2/pages/{site['item'].pk}/")
    assert detail["title"] == "Vattenverket invigt"


def test_the_api_serves_images_and_public_documents_only(client, site):
    private = Collection.get_first_root_node().add_child(name="Styrelsen")
    inner = private.add_child(name="Protokoll")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.create(name="Styrelse")])
    public = DocumentFactory(title="Årsrapport")
    hidden = [
        DocumentFactory(title="Styrelseprotokoll", collection=private),
        DocumentFactory(title="Bilaga", collection=inner),
    ]

    documents = api(client, "/api/v2/documents/")
    assert [item["title"] for item in documents["items"]] == ["Årsrapport"]
    api(client, f"/api/v2/documents/{public.pk}/")
    for document in hidden:
        api(client, f"/api/v2/documents/{document.pk}/", status=404)

    images = api(client, "/api/v2/images/")
    assert [item["id"] for item in images["items"]] == [site["item"].image_id]


def test_the_api_is_read_only_and_rate_limited(client, site):
    with override_settings(API_RATE_LIMIT="3/minute"):
        for _ in range(3):
            api(client, "/api/v2/pages/")
        response = client.get("/api/v2/pages/")
        assert response.status_code == 429
        assert int(response["Retry-After"]) > 0
        # Another client still gets answers.
        api(client, "/api/v2/pages/", status=429)
        assert client.get("/api/v2/pages/", REMOTE_ADDR="192.0.2.7").status_code == 200
    assert client.post("/api/v2/pages/", {"title": "x"}, REMOTE_ADDR="192.0.2.8").status_code == 405


# Link previews and JSON-LD


class HeadParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta = {}
        self.links = []
        self.json_ld = []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            self.meta[attrs.get("property") or attrs["name"]] = attrs["content"]
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld.append(json.loads(data))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False


def head(client, url):
    response = client.get(url)
    assert response.status_code == 200
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def test_news_pages_have_a_large_preview_image_and_a_news_article(client, site):
    page = head(client, site["item"].url)
    address = site["item"].get_full_url()

    assert page.meta["og:type"] == "article"
    assert page.meta["og:title"] == page.meta["twitter:title"] == "Vattenverket invigt"
    assert page.meta["og:url"] == address
    assert page.meta["og:locale"] == "sv_SE"
    assert page.meta["og:description"] == "Nytt från samarbetet."
    assert page.meta["twitter:card"] == "summary_large_image"
    image = page.meta["og:image"]
    assert image == page.meta["twitter:image"]
    assert urlsplit(image).scheme == "http" and urlsplit(image).netloc == "testserver"
    assert client.get(urlsplit(image).path).status_code in (200, 404)  # media is not served
    assert 0 < int(page.meta["og:image:width"]) <= 1200
    assert 0 < int(page.meta["og:image:height"]) <= 630

    [article] = page.json_ld
    assert article["@type"] == "NewsArticle"
    assert article["headline"] == "Vattenverket invigt"
    assert article["datePublished"] == "2025-05-01"
    assert article["image"] == [image]
    assert article["url"] == address
    assert article["inLanguage"] == "sv"

    # The English translation is a draft: not offered as a language version.
    assert {link["hreflang"] for link in page.links if "hreflang" in link} == {"sv", "uk"}
    assert "Waterworks" not in client.get(site["item"].url).content.decode()


def test_json_ld_cannot_end_its_script_element(client, site):
    hostile = '</script><script>alert("x")</script><!--'
    item = NewsPageFactory(parent=site["news"], title=hostile, slug="fientlig")
    html = client.get(item.url).content.decode()

    assert "<script>alert" not in html
    [article] = head(client, item.url).json_ld
    assert article["headline"] == hostile


def test_events_say_when_in_their_own_time_zone_and_where(client, homes):
    events = EventIndexPageFactory(parent=homes["sv"])
    kyiv = ZoneInfo("Europe/Kyiv")
    event = EventPageFactory(
        parent=events,
        title="Workshop i Lviv",
        start=datetime.datetime(2030, 6, 3, 10, 0, tzinfo=kyiv),
        end=datetime.datetime(2030, 6, 3, 12, 30, tzinfo=kyiv),
        time_zone=EventTimeZone.KYIV,
        format=EventFormat.HYBRID,
        location="Lvivs rådhus",
        online_url="https://meet.example.org/workshop",
    )
    [data] = head(client, event.url).json_ld

    assert data["@type"] == "Event"
    assert data["name"] == "Workshop i Lviv"
    assert data["startDate"] == "2030-06-03T10:00:00+03:00"
    assert data["endDate"] == "2030-06-03T12:30:00+03:00"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["location"] == [
        {"@type": "Place", "name": "Lvivs rådhus"},
        {"@type": "VirtualLocation", "url": "https://meet.example.org/workshop"},
    ]


def test_partners_and_the_home_page_are_government_organisations(client, homes):
    partners = PartnerIndexPageFactory(parent=homes["sv"])
    partner = PartnerPageFactory(
        parent=partners,
        title="Lvivs stad",
        logo=ImageFactory(),
        website="https://city-adm.lviv.ua",
        latitude="49.84195",
        longitude="24.03159",
    )
    page = head(client, partner.url)
    [data] = page.json_ld
    assert data["@type"] == "GovernmentOrganization"
    assert data["name"] == "Lvivs stad"
    assert data["logo"] == page.meta["og:image"]
    assert data["sameAs"] == ["https://city-adm.lviv.ua"]
    assert data["address"]["addressCountry"] == "UA"
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 49.84195, "longitude": 24.03159}

    home = head(client, "/uk/")
    [data] = home.json_ld
    assert data["@type"] == "GovernmentOrganization"
    assert data["url"] == homes["uk"].get_full_url()
    assert home.meta["og:locale"] == "uk_UA"
    assert home.meta["twitter:card"] == "summary"
    assert "og:image" not in home.meta
