"""News feeds: RSS 2.0 and Atom per language and per topic, read with a real feed parser.

Only live, public news of the feed's own language appears: never drafts, pages behind a view
restriction or translations that are not published.
"""

import datetime
import re

import feedparser
import pytest
from wagtail.models import PageViewRestriction

from tests.conftest import translate, translate_snippet
from tests.factories import (
    ContentPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OrganisationFactory,
    TopicFactory,
)


def parse(response):
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


def feed_titles(feed):
    return [entry.title for entry in feed.entries]


def feed_links(html):
    return re.findall(
        r'<link rel="alternate" type="application/(rss|atom)\+xml" title="([^"]+)" href="([^"]+)">',
        html,
    )


@pytest.fixture
def news(homes):
    """Swedish news in two topics, most of it translated into Ukrainian, and news never to show."""
    water = TopicFactory(name="Vatten", slug="vatten")
    school = TopicFactory(name="Skola", slug="skola")
    uk_water = translate_snippet(water, "uk", name="Вода")
    alingsas = OrganisationFactory(name="Alingsås kommun")
    translate_snippet(alingsas, "uk", name="Муніципалітет Алінгсос")

    sv_index = NewsIndexPageFactory(parent=homes["sv"], intro="Nytt från samarbetet.")
    uk_index = translate(sv_index, "uk", title="Новини", slug="novyny")
    waterworks = NewsPageFactory(
        parent=sv_index,
        title="Vattenverket invigt",
        slug="vattenverket",
        intro="Det nya vattenverket i Lviv är i drift.",
        date=datetime.date(2025, 5, 2),
        organisation=alingsas,
        topics=[water],
    )
    exchange = NewsPageFactory(
        parent=sv_index,
        title="Skolutbyte startar",
        slug="skolutbyte",
        date=datetime.date(2025, 3, 1),
        organisation=alingsas,
        topics=[school],
    )
    translate(waterworks, "uk", title="Водоканал відкрито", slug="vodokanal", topics=[uk_water])
    translate(exchange, "uk", title="Обмін школярами (чернетка)", slug="obmin", publish=False)

    NewsPageFactory(parent=sv_index, title="Utkast om vatten", topics=[water], live=False)
    private = NewsPageFactory(parent=sv_index, title="Internt om vatten", topics=[water])
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )
    return {"sv": sv_index, "uk": uk_index}


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_the_swedish_feed_lists_live_public_swedish_news_newest_first(client, news, kind):
    feed = parse(client.get(f"/sv/nyheter/feed/{kind}/"))

    assert feed_titles(feed) == ["Vattenverket invigt", "Skolutbyte startar"]
    assert feed.feed.title == "Nyheter – Partnerskapet Alingsås–Lviv"
    assert feed.feed.link == "http://localhost/sv/nyheter/"
    assert feed.feed.language == "sv"
    entry = feed.entries[0]
    assert entry.link == "http://localhost/sv/nyheter/vattenverket/"
    assert entry.summary == "Det nya vattenverket i Lviv är i drift."
    assert entry.author == "Alingsås kommun"
    assert [tag.term for tag in entry.tags] == ["Vatten"]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_the_ukrainian_feed_has_only_the_published_ukrainian_translations(client, news, kind):
    feed = parse(client.get(f"/uk/novyny/feed/{kind}/"))

    assert feed_titles(feed) == ["Водоканал відкрито"]
    assert feed.feed.language == "uk"
    assert feed.feed.title.startswith("Новини – ")
    entry = feed.entries[0]
    assert entry.link == "http://localhost/uk/novyny/vodokanal/"
    assert entry.author == "Муніципалітет Алінгсос"
    assert [tag.term for tag in entry.tags] == ["Вода"]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_a_news_date_is_the_start_of_that_day_in_swedish_time(client, news, kind):
    entries = parse(client.get(f"/sv/nyheter/feed/{kind}/")).entries

    # feedparser gives UTC: midnight in Stockholm is 22:00 the day before in summer (UTC+2),
    # 23:00 in winter (UTC+1).
    assert [entry.published_parsed[:4] for entry in entries] == [
        (2025, 5, 1, 22),
        (2025, 2, 28, 23),
    ]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_a_topic_feed_has_only_that_topics_news(client, news, kind):
    water = parse(client.get(f"/sv/nyheter/feed/{kind}/", {"topic": "vatten"}))
    school = parse(client.get(f"/sv/nyheter/feed/{kind}/", {"topic": "skola"}))

    assert feed_titles(water) == ["Vattenverket invigt"]
    assert water.feed.title == "Nyheter: Vatten – Partnerskapet Alingsås–Lviv"
    assert feed_titles(school) == ["Skolutbyte startar"]


def test_the_ukrainian_topic_feed_uses_the_same_slug(client, news):
    feed = parse(client.get("/uk/novyny/feed/rss/", {"topic": "vatten"}))

    assert feed_titles(feed) == ["Водоканал відкрито"]
    assert feed.feed.title.startswith("Новини: Вода – ")


def test_an_unknown_topic_is_not_found_rather_than_every_item(client, news):
    assert client.get("/sv/nyheter/feed/rss/", {"topic": "finns-inte"}).status_code == 404


def test_a_feed_behind_a_view_restriction_is_not_served(client, news):
    PageViewRestriction.objects.create(page=news["sv"], restriction_type=PageViewRestriction.LOGIN)

    response = client.get("/sv/nyheter/feed/rss/")

    assert response.status_code == 302
    assert b"Vattenverket" not in response.content


def test_every_page_of_a_language_announces_its_news_feeds(client, news):
    ContentPageFactory(parent=news["sv"].get_parent(), title="Om partnerskapet", slug="om")

    for url in ("/sv/", "/sv/om/", "/sv/nyheter/vattenverket/"):
        assert feed_links(client.get(url).content.decode()) == [
            ("rss", "Nyheter (RSS)", "/sv/nyheter/feed/rss/"),
            ("atom", "Nyheter (Atom)", "/sv/nyheter/feed/atom/"),
        ]
    assert feed_links(client.get("/uk/").content.decode())[0] == (
        "rss",
        "Новини (RSS)",
        "/uk/novyny/feed/rss/",
    )


def test_the_news_list_filtered_by_topic_announces_the_topic_feeds_too(client, news):
    html = client.get("/sv/nyheter/", {"topic": "vatten"}).content.decode()

    assert feed_links(html) == [
        ("rss", "Nyheter (RSS)", "/sv/nyheter/feed/rss/"),
        ("atom", "Nyheter (Atom)", "/sv/nyheter/feed/atom/"),
        ("rss", "Nyheter: Vatten (RSS)", "/sv/nyheter/feed/rss/?topic=vatten"),
        ("atom", "Nyheter: Vatten (Atom)", "/sv/nyheter/feed/atom/?topic=vatten"),
    ]
    assert '<a href="/sv/nyheter/feed/rss/?topic=vatten"' in html


def test_a_private_news_index_is_not_announced(client, news):
    PageViewRestriction.objects.create(page=news["sv"], restriction_type=PageViewRestriction.LOGIN)

    assert feed_links(client.get("/sv/").content.decode()) == []
