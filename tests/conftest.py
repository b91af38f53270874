import io

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from tests.factories import HomePageFactory

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def translate(page, language_code, publish=True, **fields):
    """The page's translation into `language_code`, as an editor would make it in the admin."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=language_code))
    for name, value in fields.items():
        setattr(translation, name, value)
    revision = translation.save_revision()
    if publish:
        revision.publish()
    translation.refresh_from_db()
    return translation


@pytest.fixture
def homes(db):
    """A home page per locale: the Swedish one is the site root, the others translate it."""
    sv_home = HomePageFactory(parent=Page.get_first_root_node(), title="Startsida", slug="hem")
    Site.objects.update(root_page=sv_home)
    return {
        "sv": sv_home,
        "uk": translate(sv_home, "uk", title="Головна"),
        "en": translate(sv_home, "en", title="Home"),
    }


@pytest.fixture
def demo_site(db):
    call_command("load_demo_content", stdout=io.StringIO())
    return Site.objects.get(is_default_site=True)
