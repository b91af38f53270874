"""Small wording faults seen in the Swedish admin: counts over empty listings, English words,
and the project's own translation of a word landing on one of Wagtail's."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Collection

from home.editorial import ALINGSAS_EDITORS
from tests.conftest import speaking
from tests.factories import NewsIndexPageFactory, NewsPageFactory
from tests.test_translation_freshness import swedish_page, translate_with_localize, update
from tests.test_uploads import png


# Until the lead adds the msgids of this branch's report to locale/ (then remove the marker).
def text(response):
    assert response.status_code == 200
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", response.content.decode(), flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.fixture
def swedish_editor(client, members):
    client.force_login(speaking(members[ALINGSAS_EDITORS], "sv"))
    return client


@pytest.fixture
def news(homes):
    index = NewsIndexPageFactory(parent=homes["sv"], title="Nyheter", slug="nyheter")
    return NewsPageFactory(parent=index, title="Möte i Alingsås", slug="mote")


def test_a_page_without_subpages_is_not_counted_as_one_to_zero_of_zero(swedish_editor, news):
    explorer = text(swedish_editor.get(reverse("wagtailadmin_explore", args=(news.pk,))))

    assert "1-0" not in explorer
    assert "of 0" not in explorer


def test_the_explorer_counts_its_pages_in_swedish(swedish_editor, news):
    explorer = text(
        swedish_editor.get(reverse("wagtailadmin_explore", args=(news.get_parent().pk,)))
    )

    assert "1-1 av 1 sida" in explorer


def test_the_page_editor_says_saved_in_swedish(swedish_editor, news):
    editor = text(swedish_editor.get(reverse("wagtailadmin_pages:edit", args=(news.pk,))))

    assert "Sparat" in editor
    assert not re.search(r"\b(Saved|Autosave)\b", editor)


def test_the_stale_translations_report_heads_its_buttons_as_actions(swedish_editor, homes):
    original = swedish_page(homes, title="Om samarbetet", slug="om-samarbetet")
    translate_with_localize(original, "en", title="About the partnership")
    update(original)

    report = swedish_editor.get(reverse("stale_translations_report")).content.decode()
    headings = [
        " ".join(re.sub(r"<[^>]+>", "", cell).split())
        for cell in re.findall(r"<th\b[^>]*>(.*?)</th>", report, re.S)
    ]

    assert "Handlingar" in headings
    assert "Lägesrapport" not in headings


def test_wagtails_update_button_is_not_a_progress_update(swedish_editor):
    """The project translated its "Update" (a project's progress update) as "Lägesrapport", and
    Django's catalogues are one namespace: Wagtail's "Update" button said "Lägesrapport" too.
    The progress update now has its own context; the plain msgid leaves the catalogue with
    `make messages`."""
    response = swedish_editor.post(
        reverse("wagtailimages:add_multiple"),
        {
            "files[]": SimpleUploadedFile("mote.png", png(64, 64)),
            "collection": Collection.objects.get(name="Alingsås kommun").pk,
        },
    )

    form = response.json()["form"]
    assert "Uppdatera" in form
    assert "Lägesrapport" not in form
