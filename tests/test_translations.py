from pathlib import Path

import polib
import pytest
from django.conf import settings


@pytest.mark.parametrize("language", ["sv", "uk"])
def test_every_interface_string_is_translated(language):
    catalogue = polib.pofile(
        Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"
    )

    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]

    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize(
    ("language", "skip_link"),
    [
        ("sv", "Hoppa till huvudinnehållet"),
        ("uk", "Перейти до основного вмісту"),
        ("en", "Skip to main content"),
    ],
)
def test_interface_is_in_the_readers_language(client, homes, language, skip_link):
    html = client.get(f"/{language}/").content.decode()

    assert f'<a class="skip-link" href="#main-content">{skip_link}</a>' in html
