"""Each public page costs the same number of database queries with 5 items as with 50.

The counts are stated so that a change which adds a query shows up here, on purpose or not.
Counts are taken on the second request, once Wagtail has cached the site's root paths and image
renditions exist, as for a visitor on a running site. Pages that cache lists until the next
publish are also counted on the first request after one, when everything is looked up afresh.
Every page view starts with two: the route down the tree, and the page's own row with what its
template shows from other tables (`served_with`). The site, where the language's home page is and
which sections are private are cached (home/compat.py, home/views.py,
home.models.pages.private_sections), so finding them and leaving out private pages cost none.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_factories import ImageFactory

from home.content_cache import new_version
from news.choices import EventTimeZone
from news.models import EventAgendaItem
from partnership.choices import MilestoneStatus
from partnership.models import PartnerNeed
from partnership.models.pages import PROJECTS_PER_PAGE
from tests.factories import (
    ContentPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    FundingLineFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OrganisationFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
    ProgressUpdateFactory,
    ProjectIndexPageFactory,
    ProjectMilestoneFactory,
    ProjectPageFactory,
    TopicFactory,
)

SMALL, LARGE = 5, 50


def query_count(client, url):
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def query_count_after_publish(client, url):
    """The queries of the first request after a publish, when nothing is cached."""
    assert client.get(url).status_code == 200
    new_version()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def topics(homes):
    return [TopicFactory(slug="utbildning"), TopicFactory(slug="demokrati")]


def add_news(index, count, topics):
    for _ in range(count):
        NewsPageFactory(parent=index, image=ImageFactory(), topics=topics)
    new_version()  # as publishing them would: listings cached until then are redone


def add_projects(dashboard, count, topics):
    partner = OrganisationFactory()
    for _ in range(count):
        project = ProjectPageFactory(parent=dashboard, topics=topics, partners=[partner])
        add_project_parts(project, 2)
        activity = ProjectPageFactory(parent=project, topics=topics)
        add_project_parts(activity, 1)


def add_project_parts(project, count):
    for number in range(count):
        ProjectMilestoneFactory(
            project=project,
            locale=project.locale,
            status=MilestoneStatus.MET if number % 2 else MilestoneStatus.SCHEDULED,
            date_met=datetime.date(2025, 6, 1) if number % 2 else None,
        )
        ProgressUpdateFactory(project=project, locale=project.locale)
        FundingLineFactory(project=project, locale=project.locale)


def test_home_page(client, homes, topics):
    news_index = NewsIndexPageFactory(parent=homes["sv"])
    event_index = EventIndexPageFactory(parent=homes["sv"])
    dashboard = ProjectIndexPageFactory(parent=homes["sv"])
    partner_index = PartnerIndexPageFactory(parent=homes["sv"])

    def add(count):
        add_news(news_index, count, topics)
        add_projects(dashboard, count, topics)
        for _ in range(count):
            EventPageFactory(parent=event_index)
            PartnerPageFactory(parent=partner_index)

    add(SMALL)
    small = query_count(client, "/sv/"), query_count_after_publish(client, "/sv/")
    add(LARGE - SMALL)
    large = query_count(client, "/sv/"), query_count_after_publish(client, "/sv/")

    # The events, milestones and partners cost a query each, the first six projects with their
    # activities one; which sections, news and projects to show, the news cards and the private
    # sections are cached. After a publish they, the home page and the navigation are looked up
    # afresh.
    assert (small, large) == ((5, 21), (5, 21))


def test_news_index(client, homes, topics):
    news_index = NewsIndexPageFactory(parent=homes["sv"])
    url = "/sv/nyheter/?topic=utbildning"

    unfiltered = "/sv/nyheter/"

    def counts():
        return (
            query_count(client, url),
            query_count_after_publish(client, url),
            query_count_after_publish(client, unfiltered),
        )

    add_news(news_index, SMALL, topics)
    small = counts()
    add_news(news_index, LARGE - SMALL, topics)
    large = counts()
    last_page = query_count(client, url + "&page=5")

    # The filter's topics and publishers, the order of the news and their cards are cached
    # until the next publish; the chosen topic is still looked up. After a publish, the cards
    # cost two queries (the news, their pictures' renditions), whatever their number, and the
    # unfiltered list gets its order and the filter's years from one.
    assert (small, large, last_page) == ((3, 20, 18), (3, 20, 18), 3)


def test_project_dashboard(client, dashboard, topics):
    url = "/sv/projekt/?since=2025-01-01"

    add_projects(dashboard, SMALL, topics)
    small = query_count(client, url)
    add_projects(dashboard, LARGE - SMALL, topics)
    assert LARGE > PROJECTS_PER_PAGE
    large = query_count(client, url + "&page=2")

    # Counting the projects, the page's projects with their activities, five relations of those,
    # the funding totals, three kinds of change and the pages they happened in; the private
    # sections are cached.
    assert (small, large) == (14, 14)


def test_project_page(client, dashboard, topics):
    project = ProjectPageFactory(parent=dashboard, slug="vattenprojekt", topics=topics)
    news_index = NewsIndexPageFactory(parent=dashboard.get_parent())

    def add(count):
        add_project_parts(project, count)
        for _ in range(count):
            activity = ProjectPageFactory(parent=project)
            add_project_parts(activity, 1)
            NewsPageFactory(parent=news_index, related_projects=[project])

    add(SMALL)
    small = query_count(client, project.url)
    add(LARGE - SMALL)
    large = query_count(client, project.url)

    assert (small, large) == (19, 19)


@pytest.mark.parametrize(
    ("url", "expected"),
    [("/sv/nyheter/feed/rss/", 5), ("/sv/nyheter/feed/atom/?topic=utbildning", 6)],
)
def test_news_feeds(client, homes, topics, url, expected):
    news_index = NewsIndexPageFactory(parent=homes["sv"])

    add_news(news_index, SMALL, topics)
    small = query_count(client, url)
    add_news(news_index, LARGE - SMALL, topics)
    large = query_count(client, url)

    assert (small, large) == (expected, expected)


def test_event_calendar(client, homes):
    event_index = EventIndexPageFactory(parent=homes["sv"])
    url = "/sv/evenemang/calendar/"

    def add(count):
        for number in range(count):
            EventPageFactory(
                parent=event_index,
                time_zone=EventTimeZone.KYIV if number % 2 else EventTimeZone.STOCKHOLM,
            )

    add(SMALL)
    small = query_count(client, url)
    add(LARGE - SMALL)
    large = query_count(client, url)

    assert (small, large) == (3, 3)


@pytest.mark.parametrize("export", ["csv", "json"])
def test_project_exports(client, dashboard, topics, export):
    url = f"/sv/projekt/export/{export}/?status=implementation&topic=utbildning"

    add_projects(dashboard, SMALL, topics)
    small = query_count(client, url)
    add_projects(dashboard, LARGE - SMALL, topics)
    large = query_count(client, url)

    assert (small, large) == (11, 11)


def body_with_images(count):
    """A page body with `count` pictures, each rendered through its own rendition."""
    return [
        ("image", {"image": {"image": ImageFactory(), "alt_text": "Bild", "decorative": False}})
        for _ in range(count)
    ]


def test_news_page(client, homes, topics):
    news_index = NewsIndexPageFactory(parent=homes["sv"])
    dashboard = ProjectIndexPageFactory(parent=homes["sv"])

    def news_item(count):
        projects = [ProjectPageFactory(parent=dashboard) for _ in range(count)]
        return NewsPageFactory(
            parent=news_index,
            image=ImageFactory(),
            topics=[*topics, *(TopicFactory() for _ in range(count))],
            related_projects=projects,
            body=body_with_images(count),
        )

    small_item, large_item = news_item(SMALL), news_item(LARGE)
    small = query_count(client, small_item.url), query_count_after_publish(client, small_item.url)
    large = query_count(client, large_item.url), query_count_after_publish(client, large_item.url)

    # The topics and related projects are cached until the next publish.
    assert (small, large) == ((3, 16), (3, 16))


def test_event_index_and_event_page(client, homes):
    event_index = EventIndexPageFactory(parent=homes["sv"])

    def event(count):
        page = EventPageFactory(parent=event_index)
        for number in range(count):
            EventAgendaItem.objects.create(event=page, locale=page.locale, title=f"Punkt {number}")
        for _ in range(count):
            EventPageFactory(parent=event_index)
        return page

    small = (query_count(client, event_index.url), query_count(client, event(SMALL).url))
    large = (query_count(client, event_index.url), query_count(client, event(LARGE).url))

    assert small == large == (EXPECTED["event index"], EXPECTED["event page"])


def test_partner_index_and_partner_page(client, homes, dashboard):
    partner_index = PartnerIndexPageFactory(parent=homes["sv"])

    def partner(count):
        page = PartnerPageFactory(parent=partner_index)
        for number in range(count):
            PartnerNeed.objects.create(
                partner=page, locale=page.locale, sector=f"Sektor {number}", description="…"
            )
            ProjectPageFactory(parent=dashboard, partners=[page.organisation])
            PartnerPageFactory(parent=partner_index)
        return page

    small = (query_count(client, partner_index.url), query_count(client, partner(SMALL).url))
    large = (query_count(client, partner_index.url), query_count(client, partner(LARGE).url))

    assert small == large == (EXPECTED["partner index"], EXPECTED["partner page"])


def test_content_page(client, homes):
    def page(count):
        return ContentPageFactory(parent=homes["sv"], body=body_with_images(count))

    small = query_count(client, page(SMALL).url)
    large = query_count(client, page(LARGE).url)

    assert (small, large) == (EXPECTED["content page"], EXPECTED["content page"])


EXPECTED = {
    "event index": 4,
    "event page": 4,
    "partner index": 3,
    "partner page": 5,
    "content page": 3,
}
