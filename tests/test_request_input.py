"""Malformed input from anonymous visitors: NUL characters, which PostgreSQL cannot hold, and
numbers past the database's integers get a 400 or 404, never a 500, on every database."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def visitor():
    return Client(raise_request_exception=False)


@pytest.mark.parametrize(
    ("address", "status"),
    [
        ("/sitemap-sv-0.xml", 404),
        ("/sitemap-sv-99999999999999999999.xml", 404),
        ("/sitemap-%00-1.xml", 400),
        ("/api/v2/pages/?offset=99999999999999999999", 200),
        ("/api/v2/pages/?search=%00", 400),
        ("/api/v2/pages/?search_operator=xx&search=a", 400),
        ("/api/v2/pages/?locale=%00", 400),
        ("/api/v2/pages/find/?html_path=%00", 400),
        ("/api/v2/images/?search=%00", 400),
        ("/api/v2/pages/?%00=1", 400),
        ("/sv/%00/", 400),
        ("/sv/sok/?q=samarbete%00", 400),
        ("/sv/sok/?q=samarbete&page=%00", 400),
    ],
)
def test_malformed_addresses_are_refused_not_crashed_on(visitor, homes, address, status):
    response = visitor.get(address)
    assert response.status_code == status


def test_an_offset_past_the_last_page_gives_an_empty_listing(visitor, homes):
    response = visitor.get("/api/v2/pages/", {"offset": "9" * 20})
    assert response.json()["items"] == []
    assert response.json()["meta"]["total_count"] == 3


def test_the_search_operator_may_be_and_or_or(visitor, homes):
    for operator in ["and", "or", "OR"]:
        response = visitor.get(
            "/api/v2/pages/", {"search": "Startsida", "search_operator": operator}
        )
        assert response.status_code == 200
    response = visitor.get("/api/v2/pages/", {"search": "Startsida", "search_operator": "xx"})
    assert "search_operator" in response.json()["message"]


@pytest.mark.parametrize(
    "form",
    [
        {"login": "redaktor\x00", "password": "x" * 12},
        {"login": "redaktor", "password": "x" * 12, "next\x00": "/admin/"},
    ],
)
def test_a_form_field_with_a_nul_character_is_refused(visitor, homes, form):
    assert visitor.post("/accounts/login/", form).status_code == 400


@pytest.mark.parametrize("path", ["/sv/", "/admin/login/", "/accounts/login/"])
def test_a_session_cookie_with_a_nul_character_is_ignored(visitor, homes, path):
    # A quoted cookie may carry octal escapes; Django unquotes \000 to a NUL character.
    visitor.cookies.load('sessionid="abcdefgh\\000ijklmnop"')
    response = visitor.get(path, follow=True)
    assert response.status_code == 200
