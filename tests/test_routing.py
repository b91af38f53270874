"""Addresses lead to the same pages as with Wagtail's own routing, in one query for the path."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
)


@pytest.fixture
def news_index(homes):
    return NewsIndexPageFactory(parent=homes["sv"])


def test_a_page_at_any_depth_is_found_in_its_language(client, homes, news_index):
    NewsPageFactory(parent=news_index, title="Vattenprojektet startar", slug="vatten")
    project = ProjectPageFactory(parent=ProjectIndexPageFactory(parent=homes["sv"]), slug="skola")
    ProjectPageFactory(parent=project, title="Lärarutbyte", slug="larare")

    assert "Vattenprojektet startar" in client.get("/sv/nyheter/vatten/").text
    assert "Lärarutbyte" in client.get("/sv/projekt/skola/larare/").text
    assert client.get("/uk/nyheter/vatten/").status_code == 404


def test_missing_unpublished_and_too_deep_addresses_are_not_found(client, news_index):
    NewsPageFactory(parent=news_index, slug="utkast", live=False)
    NewsPageFactory(parent=news_index, slug="vatten")

    assert client.get("/sv/nyheter/utkast/").status_code == 404
    assert client.get("/sv/nyheter/saknas/").status_code == 404
    assert client.get("/sv/nyheter/vatten/mer/").status_code == 404


def test_a_feed_keeps_its_address_beside_a_news_item_named_feed(client, news_index):
    NewsPageFactory(parent=news_index, title="Om våra flöden", slug="feed")

    assert "Om våra flöden" in client.get("/sv/nyheter/feed/").text
    rss = client.get("/sv/nyheter/feed/rss/")
    assert rss.status_code == 200
    assert rss["Content-Type"].startswith("application/rss+xml")


def test_the_path_costs_one_query_however_deep(client, news_index):
    NewsPageFactory(parent=news_index, slug="vatten")
    client.get("/sv/nyheter/vatten/")

    with CaptureQueriesContext(connection) as queries:
        client.get("/sv/nyheter/vatten/")

    path_lookups = [q["sql"] for q in queries if '"url_path" IN' in q["sql"]]
    child_lookups = [q["sql"] for q in queries if '"slug" = ' in q["sql"]]
    assert len(path_lookups) == 1
    assert child_lookups == []


def test_an_unknown_address_costs_one_query_for_the_path(client, news_index):
    client.get("/sv/nyheter/saknas/")

    with CaptureQueriesContext(connection) as queries:
        assert client.get("/sv/nyheter/saknas/").status_code == 404
        assert client.get("/sv/saknas/").status_code == 404

    pages = [q["sql"] for q in queries if 'FROM "wagtailcore_page"' in q["sql"]]
    assert len(pages) == 2
    assert all('"url_path" IN' in sql for sql in pages)


def test_the_home_page_is_one_query_and_shows_what_was_last_published(client, homes):
    """Which page is the language's home is cached; the page itself is read as it is."""
    home = homes["sv"]
    client.get("/sv/")

    with CaptureQueriesContext(connection) as queries:
        first = client.get("/sv/").text
    assert len([q for q in queries if '"home_homepage"."page_ptr_id" =' in q["sql"]]) == 1

    home.title = "Välkommen till partnerskapet"
    home.save_revision()
    assert client.get("/sv/").text == first  # a draft changes nothing for visitors

    home.get_latest_revision().publish()
    assert "Välkommen till partnerskapet" in client.get("/sv/").text


def test_the_lookups_routing_makes_have_indexes(db):
    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(cursor, "wagtailcore_page")

    assert ["url_path"] in [index["columns"] for index in indexes.values()]
    assert ["depth", "path"] in [index["columns"] for index in indexes.values()]
