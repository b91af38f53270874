"""Listings – news, events, partners and the project dashboard – filter, paginate and shrug off
bad query parameters: a reader who edits the address gets a page, never a server error."""

import datetime

import pytest
from django.utils import timezone, translation
from django.utils.translation import ngettext

from news.models import EventPage
from partnership.choices import ProjectStatus
from partnership.models.pages import PROJECTS_PER_PAGE
from tests.conftest import translate_snippet
from tests.factories import (
    KYIV,
    STOCKHOLM,
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OrganisationFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    TopicFactory,
)


def titles(pages):
    return [page.title for page in pages]


def query(params, named):
    """The query string, with each organisation named in `named` replaced by its id."""
    return {key: named[value].pk if value in named else value for key, value in params.items()}


@pytest.fixture
def news_index(homes):
    return NewsIndexPageFactory(parent=homes["sv"])


@pytest.fixture
def thirteen_news(news_index):
    """One more than fits on a page, one a day from 1 to 13 March, added in random date order."""
    for day in (5, 1, 13, 2, 9, 3, 12, 4, 6, 11, 7, 10, 8):
        NewsPageFactory(parent=news_index, title=f"Nyhet {day}", date=datetime.date(2025, 3, day))
    return news_index


def test_news_are_listed_twelve_a_page_newest_first(client, thirteen_news):
    first = client.get(thirteen_news.url)
    second = client.get(thirteen_news.url, {"page": 2})

    assert first.status_code == second.status_code == 200
    assert titles(first.context["news_page"]) == [f"Nyhet {day}" for day in range(13, 1, -1)]
    assert titles(second.context["news_page"]) == ["Nyhet 1"]
    assert first.context["news_page"].paginator.num_pages == 2


@pytest.mark.parametrize("page", ["abc", "-1", "0", ""])
def test_a_nonsense_page_number_shows_the_first_page(client, thirteen_news, page):
    response = client.get(thirteen_news.url, {"page": page})

    assert response.status_code == 200
    assert response.context["news_page"].number == 1
    assert titles(response.context["news_page"])[0] == "Nyhet 13"


def test_a_page_number_past_the_end_is_not_found(client, thirteen_news):
    assert client.get(thirteen_news.url, {"page": 999999}).status_code == 404


@pytest.fixture
def filterable_news(news_index):
    """Three live news items by two publishers over two years, and a draft that is never listed."""
    water, school = TopicFactory(name="Vatten", slug="vatten"), TopicFactory(slug="skola")
    alingsas, lviv = OrganisationFactory(name="Alingsås kommun"), OrganisationFactory()
    NewsPageFactory(
        parent=news_index,
        title="Vattenverket invigt",
        date=datetime.date(2025, 5, 1),
        organisation=alingsas,
        topics=[water],
    )
    NewsPageFactory(
        parent=news_index,
        title="Skolsamarbete startar",
        date=datetime.date(2024, 10, 1),
        organisation=lviv,
        topics=[school],
    )
    NewsPageFactory(
        parent=news_index,
        title="Studiebesök planeras",
        date=datetime.date(2024, 3, 1),
        organisation=alingsas,
        topics=[water, school],
    )
    NewsPageFactory(
        parent=news_index,
        title="Utkast",
        date=datetime.date(2025, 6, 1),
        topics=[water],
        live=False,
    )
    return {"index": news_index, "organisations": {"alingsas": alingsas, "lviv": lviv}}


ALL_NEWS = ["Vattenverket invigt", "Skolsamarbete startar", "Studiebesök planeras"]


def get_news(client, news, **params):
    response = client.get(news["index"].url, query(params, news["organisations"]))
    assert response.status_code == 200
    return response


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"topic": "vatten"}, ["Vattenverket invigt", "Studiebesök planeras"]),
        ({"topic": "skola"}, ["Skolsamarbete startar", "Studiebesök planeras"]),
        ({"organisation": "alingsas"}, ["Vattenverket invigt", "Studiebesök planeras"]),
        ({"organisation": "lviv"}, ["Skolsamarbete startar"]),
        ({"year": "2024"}, ["Skolsamarbete startar", "Studiebesök planeras"]),
        ({"year": "2025"}, ["Vattenverket invigt"]),
        ({"topic": "vatten", "organisation": "alingsas", "year": "2024"}, ["Studiebesök planeras"]),
    ],
)
def test_news_filters_narrow_the_list(client, filterable_news, params, expected):
    response = get_news(client, filterable_news, **params)

    assert titles(response.context["news_page"]) == expected
    assert not response.context["filter_form"].errors


def test_the_year_filter_offers_the_years_that_have_news_newest_first(client, filterable_news):
    form = get_news(client, filterable_news).context["filter_form"]

    assert [value for value, _label in form.fields["year"].choices] == ["", 2025, 2024]


@pytest.mark.parametrize(
    "params",
    [
        {"topic": "unknown"},
        {"organisation": "abc"},
        {"organisation": "999999"},
        {"year": "1800"},
        {"year": "abc"},
    ],
)
def test_an_unknown_news_filter_is_ignored_and_shown_as_an_error(client, filterable_news, params):
    response = get_news(client, filterable_news, **params)

    assert titles(response.context["news_page"]) == ALL_NEWS
    assert set(response.context["filter_form"].errors) == set(params)


def test_a_ukrainian_news_list_filters_by_the_same_topic_slug(client, homes):
    uk_water = translate_snippet(TopicFactory(name="Vatten", slug="vatten"), "uk", name="Вода")
    uk_news_index = NewsIndexPageFactory(parent=homes["uk"], title="Новини", slug="novyny")
    uk_organisation = translate_snippet(OrganisationFactory(), "uk")
    NewsPageFactory(
        parent=uk_news_index,
        title="Нова насосна станція",
        organisation=uk_organisation,
        topics=[uk_water],
    )
    NewsPageFactory(parent=uk_news_index, title="Обмін школярами", organisation=uk_organisation)

    response = client.get(uk_news_index.url, {"topic": "vatten"})

    assert response.status_code == 200
    assert titles(response.context["news_page"]) == ["Нова насосна станція"]


@pytest.fixture
def event_index(homes):
    return EventIndexPageFactory(parent=homes["sv"])


def event(parent, title, starts_in_days, hours=2, **fields):
    start = timezone.now() + datetime.timedelta(days=starts_in_days)
    return EventPageFactory(
        parent=parent,
        title=title,
        start=start,
        end=start + datetime.timedelta(hours=hours),
        **fields,
    )


def test_upcoming_events_come_soonest_first_and_past_ones_latest_first(client, event_index):
    event(event_index, "Om en månad", 30)
    event(event_index, "Förra året", -365)
    event(event_index, "Pågår nu", -1, hours=48)
    event(event_index, "Förra veckan", -7)
    event(event_index, "Nästa vecka", 7)
    event(event_index, "Inte publicerat", 3, live=False)

    response = client.get(event_index.url)

    assert response.status_code == 200
    assert titles(response.context["upcoming"]) == ["Pågår nu", "Nästa vecka", "Om en månad"]
    assert titles(response.context["past_page"]) == ["Förra veckan", "Förra året"]


@pytest.mark.parametrize(("page", "status"), [("abc", 200), ("-1", 200), ("2", 404)])
def test_past_events_survive_a_nonsense_page_number(client, event_index, page, status):
    event(event_index, "Förra veckan", -7)

    response = client.get(event_index.url, {"page": page})

    assert response.status_code == status
    if status == 200:
        assert titles(response.context["past_page"]) == ["Förra veckan"]


@pytest.mark.parametrize("month", [1, 7], ids=["winter", "summer"])
def test_an_event_in_kyiv_is_shown_in_kyiv_time(client, event_index, month):
    EventPageFactory(
        parent=event_index,
        title="Möte i Lviv",
        start=datetime.datetime(2030, month, 15, 18, 0, tzinfo=KYIV),
        end=datetime.datetime(2030, month, 15, 20, 0, tzinfo=KYIV),
        time_zone="Europe/Kyiv",
    )

    response = client.get(event_index.url)

    [listed] = response.context["upcoming"]
    assert listed.local_start.tzinfo == KYIV
    assert (listed.local_start.hour, listed.local_end.hour) == (18, 20)
    assert timezone.localtime(listed.start, STOCKHOLM).hour == 17


def test_a_stockholm_event_read_back_from_the_database_keeps_its_local_time(event_index):
    created = EventPageFactory(
        parent=event_index, start=datetime.datetime(2030, 3, 30, 9, 30, tzinfo=STOCKHOLM)
    )

    stored = EventPage.objects.get(pk=created.pk)

    assert stored.local_start == datetime.datetime(2030, 3, 30, 9, 30, tzinfo=STOCKHOLM)
    assert stored.local_start.tzinfo == STOCKHOLM


def test_partners_are_listed_alphabetically_without_drafts(client, homes):
    partner_index = PartnerIndexPageFactory(parent=homes["sv"])
    for title in ("Zjovkva", "Alingsås kommun", "Lviv oblast"):
        PartnerPageFactory(parent=partner_index, title=title)
    PartnerPageFactory(parent=partner_index, title="Bibrka", live=False)

    response = client.get(partner_index.url)

    assert response.status_code == 200
    assert titles(response.context["partners"]) == ["Alingsås kommun", "Lviv oblast", "Zjovkva"]


@pytest.fixture
def three_projects(dashboard):
    """Three projects by status, topic and partner; one has an activity of another status."""
    water, school = TopicFactory(slug="vatten"), TopicFactory(slug="skola")
    lviv, zhovkva = OrganisationFactory(name="Lviv oblast"), OrganisationFactory(name="Zjovkva")
    water_works = ProjectPageFactory(
        parent=dashboard,
        title="Vattenverk",
        status=ProjectStatus.IMPLEMENTATION,
        topics=[water],
        partners=[lviv],
    )
    ProjectPageFactory(
        parent=water_works, title="Pumpar", status=ProjectStatus.PREPARATION, topics=[school]
    )
    ProjectPageFactory(
        parent=dashboard,
        title="Lärarutbyte",
        status=ProjectStatus.PREPARATION,
        topics=[school],
        partners=[zhovkva],
    )
    ProjectPageFactory(
        parent=dashboard,
        title="Skolbygge",
        status=ProjectStatus.IMPLEMENTATION,
        topics=[school, water],
        partners=[lviv, zhovkva],
    )
    return {"index": dashboard, "organisations": {"lviv": lviv, "zhovkva": zhovkva}}


def get_dashboard(client, projects, **params):
    response = client.get(projects["index"].url, query(params, projects["organisations"]))
    assert response.status_code == 200
    return response


def test_the_dashboard_lists_projects_but_not_their_activities(client, three_projects):
    response = get_dashboard(client, three_projects)

    assert titles(response.context["projects"]) == ["Vattenverk", "Lärarutbyte", "Skolbygge"]
    [water_works, *_rest] = response.context["projects"]
    assert titles(water_works.activities) == ["Pumpar"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"status": "implementation"}, ["Vattenverk", "Skolbygge"]),
        ({"status": "preparation"}, ["Lärarutbyte"]),
        ({"topic": "skola"}, ["Lärarutbyte", "Skolbygge"]),
        ({"partner": "lviv"}, ["Vattenverk", "Skolbygge"]),
        ({"status": "implementation", "topic": "skola", "partner": "zhovkva"}, ["Skolbygge"]),
    ],
)
def test_dashboard_filters_narrow_the_projects(client, three_projects, params, expected):
    response = get_dashboard(client, three_projects, **params)

    assert titles(response.context["projects"]) == expected
    assert not response.context["filter_form"].errors


@pytest.mark.parametrize(
    "params", [{"status": "nonsense"}, {"topic": "unknown"}, {"partner": "abc"}]
)
def test_an_unknown_dashboard_filter_is_ignored_and_shown_as_an_error(
    client, three_projects, params
):
    response = get_dashboard(client, three_projects, **params)

    assert titles(response.context["projects"]) == ["Vattenverk", "Lärarutbyte", "Skolbygge"]
    assert set(response.context["filter_form"].errors) == set(params)


@pytest.fixture
def water_projects(dashboard):
    """One water project more than fits on a page, each with an activity, and a school project."""
    water = TopicFactory(slug="vatten")
    for number in range(1, PROJECTS_PER_PAGE + 2):
        project = ProjectPageFactory(parent=dashboard, title=f"Vatten {number}", topics=[water])
        ProjectPageFactory(parent=project, title=f"Aktivitet {number}")
    ProjectPageFactory(parent=dashboard, title="Skola")
    return dashboard


def test_the_dashboard_lists_twenty_projects_a_page_and_counts_them_all(client, water_projects):
    first = client.get(water_projects.url, {"topic": "vatten"})
    second = client.get(water_projects.url, {"topic": "vatten", "page": 2})

    assert first.status_code == second.status_code == 200
    expected = [f"Vatten {number}" for number in range(1, PROJECTS_PER_PAGE + 1)]
    assert titles(first.context["projects"]) == expected
    assert titles(second.context["projects"]) == [f"Vatten {PROJECTS_PER_PAGE + 1}"]
    assert titles(second.context["projects"][0].activities) == [
        f"Aktivitet {PROJECTS_PER_PAGE + 1}"
    ]
    with translation.override("sv"):
        heading = ngettext("%(counter)s project", "%(counter)s projects", 21) % {"counter": 21}
    for response in (first, second):
        assert f'<h2 id="dashboard-heading">{heading}</h2>' in response.content.decode()


def test_the_dashboards_page_links_keep_the_filter_and_the_exports_take_every_page(
    client, water_projects
):
    first = client.get(water_projects.url, {"topic": "vatten"}).content.decode()
    second = client.get(water_projects.url, {"topic": "vatten", "page": 2}).content.decode()

    assert 'href="?topic=vatten&amp;page=2" rel="next"' in first
    assert 'href="?topic=vatten&amp;page=1" rel="prev"' in second
    assert 'href="/sv/projekt/export/csv/?topic=vatten"' in second


@pytest.mark.parametrize(("page", "status"), [("abc", 200), ("-1", 200), ("3", 404)])
def test_the_dashboard_survives_a_nonsense_page_number(client, water_projects, page, status):
    response = client.get(water_projects.url, {"topic": "vatten", "page": page})

    assert response.status_code == status
    if status == 200:
        assert titles(response.context["projects"])[0] == "Vatten 1"


def test_a_ukrainian_dashboard_filters_projects_that_link_swedish_topics_and_partners(
    client, homes
):
    """A project copied from Swedish may still link the Swedish snippets."""
    water = TopicFactory(name="Vatten", slug="vatten")
    translate_snippet(water, "uk", name="Вода")
    lviv = OrganisationFactory(name="Lvivs regionförvaltning")
    uk_lviv = translate_snippet(lviv, "uk", name="Львівська ОДА")
    uk_dashboard = ProjectIndexPageFactory(parent=homes["uk"], title="Проєкти", slug="proiekty")
    ProjectPageFactory(parent=uk_dashboard, title="Чиста вода", topics=[water], partners=[lviv])
    ProjectPageFactory(parent=uk_dashboard, title="Обмін вчителями")

    by_topic = client.get(uk_dashboard.url, {"topic": "vatten"})
    by_partner = client.get(uk_dashboard.url, {"partner": uk_lviv.pk})

    assert titles(by_topic.context["projects"]) == ["Чиста вода"]
    assert titles(by_partner.context["projects"]) == ["Чиста вода"]


def test_the_home_page_shows_the_first_six_projects_and_links_each_section(client, homes):
    news_index = NewsIndexPageFactory(parent=homes["sv"])
    NewsPageFactory(parent=news_index)
    dashboard = ProjectIndexPageFactory(parent=homes["sv"])
    projects = [ProjectPageFactory(parent=dashboard, title=f"Projekt {n}") for n in range(1, 8)]

    html = client.get("/sv/").content.decode()
    assert [f"Projekt {n}" in html for n in range(1, 8)] == [True] * 6 + [False]
    assert f'<a href="{news_index.url}">Alla nyheter</a>' in html
    assert f'<a href="{dashboard.url}">' in html
    assert "Alla evenemang" not in html  # no events section

    # Editors arrange the projects in the tree; moving one up shows at once.
    projects[6].move(projects[0], pos="left")
    html = client.get("/sv/").content.decode()
    assert "Projekt 7" in html
    assert "Projekt 6" not in html
