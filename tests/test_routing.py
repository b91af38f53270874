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
