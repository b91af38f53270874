import datetime
import re

import pytest
from django.utils import translation
from django.utils.formats import date_format

from tests.conftest import translate
from tests.factories import ContentPageFactory


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([a-z]+)" href="([^"]+)">', html))


def switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return dict(re.findall(r'<a href="([^"]+)" lang="([a-z]+)"', nav))


@pytest.fixture
def page_in_sv_and_en(homes):
    """A page translated into English and Ukrainian, with the Ukrainian one still a draft."""
    sv_page = ContentPageFactory(parent=homes["sv"], title="Om partnerskapet", slug="om")
    en_page = translate(sv_page, "en", title="About the partnership", slug="about")
    uk_draft = translate(sv_page, "uk", title="Про партнерство", slug="pro", publish=False)
    return sv_page, en_page, uk_draft


def test_switcher_and_hreflang_point_to_each_live_translation(client, page_in_sv_and_en):
    sv_page, en_page, _uk_draft = page_in_sv_and_en

    html = client.get("/sv/om/").content.decode()

    assert alternates(html) == {
        "sv": "http://localhost/sv/om/",
        "en": "http://localhost/en/about/",
    }
    assert switcher_links(html) == {"/sv/om/": "sv", "/en/about/": "en"}


def test_languages_where_the_page_is_not_live_are_left_out(client, page_in_sv_and_en):
    html = client.get("/en/about/").content.decode()

    assert "uk" not in alternates(html)
    assert "Українська" not in html
    assert "/uk/pro/" not in html


def test_switcher_names_each_language_in_that_language(client, homes):
    html = client.get("/en/").content.decode()

    assert '<a href="/sv/" lang="sv" hreflang="sv">Svenska</a>' in html
    assert '<a href="/uk/" lang="uk" hreflang="uk">Українська</a>' in html
    assert '<a href="/en/" lang="en" hreflang="en" aria-current="page">English</a>' in html


@pytest.mark.parametrize(
    ("accept_language", "target"),
    [
        ("uk-UA,uk;q=0.9,en;q=0.8", "/uk/"),
        ("uk", "/uk/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("sv-SE,sv;q=0.9", "/sv/"),
        ("ru-RU,ru;q=0.9,en;q=0.5", "/en/"),
        ("de-DE,de;q=0.9", "/sv/"),
        ("*", "/sv/"),
        ("", "/sv/"),
        ("this is not a header;;q=x", "/sv/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept_language, target):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == target
    assert "Accept-Language" in response["Vary"]


def test_root_without_accept_language_goes_to_swedish(client):
    response = client.get("/")

    assert response["Location"] == "/sv/"


@pytest.mark.parametrize(
    ("language", "shown"),
    [("sv", "5 november 2026"), ("uk", "5 листопада 2026 р."), ("en", "5 November 2026")],
)
def test_dates_read_as_each_language_writes_them(language, shown):
    """Day, month, year in every language: no "Nov. 5, 2026", no "05 листопада"."""
    with translation.override(language):
        assert date_format(datetime.date(2026, 11, 5)) == shown
