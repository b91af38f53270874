"""The admin in the editor's own language, wherever the project corrects the packages' strings."""

import json
import re

import polib
import pytest
from django.urls import reverse
from django.utils import translation

from home.editorial import LVIV_EDITORS
from home.management.commands import english_fallback
from home.models import Organisation
from tests.conftest import speaking, translate
from tests.factories import NewsIndexPageFactory, NewsPageFactory


@pytest.mark.parametrize(("language", "label"), [("sv", "Publicera på "), ("uk", "Опублікувати: ")])
def test_the_translation_editors_publish_button_keeps_a_space_before_the_language(
    client, django_user_model, language, label
):
    """wagtail-localize's button is "Publish in " and the language's name, and its Swedish and
    Ukrainian translations lost the space: "Publicera påSvenska"."""
    editor = django_user_model.objects.create_superuser("redaktor", "r@example.org", "x" * 12)
    client.force_login(speaking(editor, language))

    catalog = client.get(reverse("wagtail_localize:javascript_catalog"))

    assert catalog.status_code == 200
    entry = re.search(r'"Publish in ": ("(?:[^"\\]|\\.)*")', catalog.content.decode())
    assert json.loads(entry[1]) == label


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_string_the_packages_lack_in_ukrainian_has_a_fallback_that_is_not_swedish(domain):
    """Django falls back to the default language, Swedish, for a string a language lacks."""
    fallback = polib.pofile(str(english_fallback.fallback_path(domain)))
    covered = {(entry.msgctxt, entry.msgid) for entry in fallback.translated_entries()}

    uncovered = set(english_fallback.missing(domain)) - covered

    assert not uncovered, "run `manage.py english_fallback`: " + repr(sorted(uncovered)[:5])


SWEDISH_WORDS = [
    "Sidor", "Bilder", "Sök", "Kontroller", "Integritet", "Spara", "Publicera", "Avbryt",
    "Redigera", "Radera", "Översätt", "Nej, lämna", "Stoppa", "Inställningar", "Senaste",
    "Arbetsflöde", "Uppgift", "Rapporter", "Hjälp", "Användare", "Samling", "Utkast",
]  # fmt: skip


@pytest.fixture
def lviv_editor(members, homes):
    return speaking(members[LVIV_EDITORS], "uk")


def test_the_ukrainian_admin_shows_no_swedish(client, lviv_editor, homes):
    news = NewsIndexPageFactory(parent=homes["sv"], title="Nyheter", slug="nyheter")
    ukrainian_news = translate(news, "uk", title="Новини", slug="novyny")
    item = NewsPageFactory(parent=ukrainian_news, title="Зустріч у Львові", slug="zustrich")
    client.force_login(lviv_editor)

    pages = {
        "dashboard": reverse("wagtailadmin_home"),
        "explorer": reverse("wagtailadmin_explore", args=(ukrainian_news.pk,)),
        "page editor": reverse("wagtailadmin_pages:edit", args=(item.pk,)),
        "image chooser": reverse("wagtailimages_chooser:choose"),
        "document chooser": reverse("wagtaildocs_chooser:choose"),
        "images": reverse("wagtailimages:index"),
        "reports": reverse("stale_translations_report"),
        "workflow history": reverse("wagtailadmin_pages:workflow_history", args=(item.pk,)),
    }
    swedish = {}
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, name
        text = visible_text(response.content.decode())
        found = [word for word in SWEDISH_WORDS if re.search(rf"\b{word}\b", text)]
        if found:
            swedish[name] = found

    assert swedish == {}


def visible_text(html):
    """The page's text and the labels screen readers read, without scripts and styles."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    labels = " ".join(re.findall(r'(?:aria-label|title|placeholder|alt)="([^"]*)"', html))
    return re.sub(r"<[^>]+>", " ", html) + " " + labels


@pytest.mark.parametrize(
    ("language", "label"), [("sv", "Redigera"), ("uk", "Редагувати"), ("en", "Edit")]
)
def test_a_chooser_labels_its_edit_link_in_the_editors_language(language, label):
    """Wagtail took these labels in the language active when it started: Swedish for all."""
    chooser = Organisation.snippet_viewset.chooser_viewset

    with translation.override(language):
        assert str(chooser.edit_item_text) == label
        assert str(chooser.widget_class.link_to_chosen_text).startswith(label)
