"""The public search: one language at a time, only what a visitor may read, never an error page.

Runs on SQLite and PostgreSQL (`make test`, `make test-postgres`); the relevance table for
inflected queries is in test_search_relevance.py.
"""

import html

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from home import editorial
from search.models import UnansweredQuery
from tests.conftest import translate
from tests.factories import (
    ContentPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)


def search_url(language_code):
    with translation.override(language_code):
        return reverse("search")


def search(client, language_code, status=200, **params):
    response = client.get(search_url(language_code), params)
    assert response.status_code == status, response.content[:2000]
    return response


def found(response):
    """Titles of the results, in order."""
    return [shown_title(result) for result in response.context.get("results") or []]


def shown_title(result):
    """A result's title as it reads, without the highlighting's markup and escapes."""
    return html.unescape(strip_tags(result.title))


@pytest.fixture
def news_index(homes):
    return NewsIndexPageFactory(
        parent=homes["sv"], title="Nyheter", slug="nyheter", show_in_menus=True
    )


def test_each_language_has_its_own_search_address(homes):
    assert search_url("sv") == "/sv/sok/"
    assert search_url("uk") == "/uk/poshuk/"
    assert search_url("en") == "/en/search/"


@pytest.mark.parametrize("language_code", ["sv", "uk", "en"])
def test_every_page_has_a_search_box_for_its_language(client, homes, language_code):
    page = ContentPageFactory(parent=homes[language_code], title="Om oss", slug="om")
    html = client.get(page.url).content.decode()
    assert f'<form class="site-search" method="get" action="{search_url(language_code)}"' in html
    assert 'role="search"' in html


def test_results_show_title_type_date_and_highlighted_summary(client, news_index):
    NewsPageFactory(
        parent=news_index,
        title="Samarbetet med Lviv fördjupas",
        intro="Kommunerna har kommit överens om samarbeten inom skola och vård.",
    )
    response = search(client, "sv", q="samarbete", type="news")
    [result] = response.context["results"]
    assert result.type_label == "Nyhet"
    html = response.content.decode()
    assert "<mark>Samarbetet</mark> med Lviv fördjupas" in html
    assert "överens om <mark>samarbeten</mark> inom" in html
    assert f'datetime="{result.date:%Y-%m-%d}"' in html
    assert "1 träff för ”samarbete”" in html


def test_an_excerpt_is_cut_from_the_body_where_the_word_is(client, homes):
    page = ContentPageFactory(
        parent=homes["sv"],
        title="Bakgrund",
        intro="",
        body=[("paragraph", "<p>" + "Inledande text. " * 40 + "Här nämns vänorten Lviv.</p>")],
    )
    response = search(client, "sv", q="vänort")
    [result] = response.context["results"]
    assert result.url == page.url
    assert "<mark>vänorten</mark> Lviv" in result.excerpt
    assert result.excerpt.startswith("… ")


def test_only_live_public_pages_of_the_current_language_are_found(client, homes, news_index):
    live = NewsPageFactory(parent=news_index, title="Vattenprojekt i Lviv startar")
    draft = NewsPageFactory(parent=news_index, title="Vattenprojekt utkast", live=False)
    private = NewsPageFactory(parent=news_index, title="Vattenprojekt internt")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )
    translate(news_index, "uk", title="Новини")
    ukrainian = translate(live, "uk", title="Водний проєкт у Львові (Vattenprojekt)")

    assert found(search(client, "sv", q="vattenprojekt")) == [live.title]
    assert found(search(client, "uk", q="vattenprojekt")) == [ukrainian.title]
    assert found(search(client, "en", q="vattenprojekt")) == []
    assert draft.title not in found(search(client, "sv", q="utkast"))


def test_results_filter_by_type(client, homes, news_index):
    NewsPageFactory(parent=news_index, title="Energi: nyhet")
    events = EventIndexPageFactory(parent=homes["sv"], title="Evenemang", slug="evenemang")
    EventPageFactory(parent=events, title="Energi: seminarium")
    ContentPageFactory(parent=homes["sv"], title="Energi: om arbetet")

    assert sorted(found(search(client, "sv", q="energi"))) == [
        "Energi: nyhet",
        "Energi: om arbetet",
        "Energi: seminarium",
    ]
    assert found(search(client, "sv", q="energi", type="news")) == ["Energi: nyhet"]
    assert found(search(client, "sv", q="energi", type="event")) == ["Energi: seminarium"]
    assert found(search(client, "sv", q="energi", type="page")) == ["Energi: om arbetet"]
    assert found(search(client, "sv", q="energi", type="project")) == []


def test_results_are_paginated_and_keep_the_query(client, news_index):
    for number in range(23):
        NewsPageFactory(parent=news_index, title=f"Rapport nummer {number}")
    first = search(client, "sv", q="rapport")
    assert first.context["results_page"].paginator.count == 23
    assert len(found(first)) == 10
    assert "?q=rapport&amp;page=2" in first.content.decode()
    third = search(client, "sv", q="rapport", page=3)
    assert len(found(third)) == 3
    assert not set(found(first)) & set(found(third))


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"q": ""}, 200),
        ({"q": "   \t  "}, 200),
        ({"q": "x" * 10_000}, 400),
        ({"q": "' OR 1=1 --"}, 200),
        ({"q": "a & | !b"}, 200),
        ({"q": ":*"}, 200),
        ({"q": "'samarbete':* & !"}, 200),
        ({"q": "\\"}, 200),
        ({"q": 'samarbete" OR "x'}, 200),
        ({"q": "NEAR(a b)"}, 200),
        ({"q": "🇺🇦 😀"}, 200),
        ({"q": "\u202eetebramas"}, 200),
        ({"q": "samarbete", "page": "abc"}, 200),
        ({"q": "samarbete", "page": "-3"}, 200),
        ({"q": "samarbete", "page": "9" * 40}, 400),
        ({"q": "samarbete", "type": "<script>"}, 400),
        ({"q": ["samarbete", "lviv"]}, 200),
    ],
)
def test_bad_input_is_answered_not_crashed_on(client, news_index, params, status):
    NewsPageFactory(parent=news_index, title="Samarbete med Lviv")
    response = search(client, "sv", status=status, **params)
    html = response.content.decode()
    assert "\u202e" not in html
    if status == 400:
        assert 'class="error-summary"' in html


def test_a_search_that_finds_nothing_suggests_a_spelling_and_the_sections(client, news_index):
    NewsPageFactory(parent=news_index, title="Samarbete med skolor", intro="Om skolornas utbyte.")
    response = search(client, "sv", q="samarbte")
    html = response.content.decode()
    assert response.context["results_page"].paginator.count == 0
    assert response.context["suggestion"] == "samarbete"
    assert 'href="?q=samarbete"' in html
    assert "Samarbete med skolor" in [shown_title(r) for r in response.context["closest"]]
    assert f'href="{news_index.url}"' in html


def test_searches_are_logged_and_unanswered_ones_counted_per_language(client, news_index):
    NewsPageFactory(parent=news_index, title="Samarbete med Lviv")
    search(client, "sv", q="Samarbete")
    search(client, "sv", q="samarbete ")
    search(client, "sv", q="kvantfysik")
    search(client, "uk", q="kvantfysik")
    search(client, "uk", q="kvantfysik")

    assert Query.get("samarbete").hits == 2
    unanswered = {
        (row.query.query_string, row.locale.language_code): row.hits
        for row in UnansweredQuery.objects.select_related("query", "locale")
    }
    assert unanswered == {("kvantfysik", "sv"): 1, ("kvantfysik", "uk"): 2}


def test_recommended_results_come_first_and_only_in_their_language(client, homes, news_index):
    guide = ContentPageFactory(parent=homes["sv"], title="Guide för nyanlända")
    ukrainian_guide = translate(guide, "uk", title="Путівник для новоприбулих")
    NewsPageFactory(parent=news_index, title="Bostad i Alingsås")
    query = Query.get("bostad")
    SearchPromotion.objects.create(query=query, page=guide, sort_order=0)
    SearchPromotion.objects.create(query=query, page=ukrainian_guide, sort_order=1)

    response = search(client, "sv", q="Bostad")
    assert [promotion.page for promotion in response.context["promotions"]] == [guide.page_ptr]
    html = response.content.decode()
    assert html.index("Guide för nyanlända") < html.index("<mark>Bostad</mark> i Alingsås")


def moderator(name="moderator"):
    user = User.objects.create_user(name, password="x" * 12)
    user.groups.add(Group.objects.get(name=editorial.ALINGSAS_MODERATORS))
    return user


def test_moderators_see_the_searches_with_no_results(client, news_index):
    search(client, "sv", q="kvantfysik")
    search(client, "sv", q="kvantfysik")
    client.force_login(moderator())
    response = client.get(reverse("unanswered_queries_report"))
    assert response.status_code == 200
    rows = list(response.context["object_list"])
    assert [(row["query__query_string"], row["searches"]) for row in rows] == [("kvantfysik", 2)]
    assert client.get(reverse("wagtailsearchpromotions:add")).status_code == 200


def test_editors_do_not_manage_recommended_results(client, homes):
    editor = User.objects.create_user("editor", password="x" * 12)
    editor.groups.add(Group.objects.get(name=editorial.ALINGSAS_EDITORS))
    client.force_login(editor)
    assert client.get(reverse("unanswered_queries_report")).status_code == 302
    assert client.get(reverse("wagtailsearchpromotions:add")).status_code == 302


def test_the_index_follows_publish_unpublish_move_and_delete(client, homes, news_index):
    page = NewsPageFactory(parent=news_index, title="Solpaneler på skolan", live=False)
    assert found(search(client, "sv", q="solpaneler")) == []

    page.save_revision().publish()
    assert found(search(client, "sv", q="solpaneler")) == [page.title]

    page.title = "Solceller på skolan"
    page.save_revision().publish()
    assert found(search(client, "sv", q="solpaneler")) == []
    assert found(search(client, "sv", q="solceller")) == [page.title]

    archive = ContentPageFactory(parent=homes["sv"], title="Arkiv", slug="arkiv")
    page.move(archive, pos="last-child")
    [moved] = search(client, "sv", q="solceller").context["results"]
    assert moved.url == "/sv/arkiv/" + page.slug + "/"

    translate(news_index, "uk", title="Новини")
    translate(archive, "uk", title="Архів")
    translation_uk = translate(page, "uk", title="Сонячні батареї у школі", publish=False)
    assert found(search(client, "uk", q="сонячні")) == []
    translation_uk.get_latest_revision().publish()
    translation_uk.refresh_from_db()
    assert found(search(client, "uk", q="сонячні")) == [translation_uk.title]

    page.refresh_from_db()
    page.unpublish()
    assert found(search(client, "sv", q="solceller")) == []
    assert found(search(client, "uk", q="сонячні")) == [translation_uk.title]

    translation_uk.delete()
    assert found(search(client, "uk", q="сонячні")) == []


@pytest.mark.parametrize("count", [3, 30])
def test_a_page_of_results_costs_the_same_queries_whatever_the_content(client, news_index, count):
    for number in range(count):
        NewsPageFactory(parent=news_index, title=f"Rapport {number}", intro="Om rapporten.")
    url = search_url("sv")
    client.get(url, {"q": "rapport"})
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"q": "rapport"})
    assert len(found(response)) == min(count, 10)
    # The ranking and the page of results as it shows are cached from the first request; then
    # only the search log (Wagtail's Query.get and add_hit: 3). The site, the language, the
    # private sections and which queries have recommended pages are cached too.
    assert len(queries) == 3, "\n".join(query["sql"][:150] for query in queries)


def test_a_repeated_search_reads_the_cached_ranking_until_something_is_published(
    client, news_index
):
    NewsPageFactory(parent=news_index, title="Vattenverket i Zjovkva")
    assert found(search(client, "sv", q="vattenverket")) == ["Vattenverket i Zjovkva"]

    with CaptureQueriesContext(connection) as queries:
        again = search(client, "sv", q="vattenverket")
    assert found(again) == ["Vattenverket i Zjovkva"]
    assert not [q for q in queries if "wagtailsearch_indexentry" in q["sql"]], "ranked again"

    NewsPageFactory(parent=news_index, title="Vattenverket i Busk")
    assert sorted(found(search(client, "sv", q="vattenverket"))) == [
        "Vattenverket i Busk",
        "Vattenverket i Zjovkva",
    ]


def test_a_word_on_too_many_pages_lists_the_most_relevant_and_says_there_are_more(
    client, news_index, monkeypatch
):
    monkeypatch.setattr("search.results.MAX_RESULTS", 4)
    monkeypatch.setattr("search.views.MAX_RESULTS", 4)
    for number in range(6):
        NewsPageFactory(parent=news_index, title=f"Rapport nummer {number}")
    response = search(client, "sv", q="rapport")
    html = response.content.decode()
    assert "Fler än 4 träffar för ”rapport”" in html
    assert len(found(response)) == 4
    search(client, "sv", status=400, q="rapport", page=2)
