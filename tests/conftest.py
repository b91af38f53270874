import io

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache, caches
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page, Site
from wagtail.users.models import UserProfile

from home import content_cache
from home.editorial import (
    ALINGSAS_EDITORS,
    ALINGSAS_MODERATORS,
    ALL_GROUPS,
    LVIV_EDITORS,
    LVIV_MODERATORS,
)
from tests.factories import HomePageFactory, OrganisationFactory, ProjectIndexPageFactory

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with empty caches: what one test cached (navigation, news order) names
    rows that its rollback removed, and the next test's rows may reuse their ids."""
    for alias in caches:
        caches[alias].clear()
    content_cache.worker_memory.clear()


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


def translate_snippet(snippet, language_code, **fields):
    """The snippet's translation into `language_code`, saved as an editor would in the admin."""
    translation = snippet.copy_for_translation(Locale.objects.get(language_code=language_code))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
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


@pytest.fixture(scope="module")
def demo_site_data(django_db_setup, django_db_blocker):
    """The demo site, built once per test module and rolled back after it (it takes seconds)."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)
    # Wagtail caches the site's root paths; they must not outlive the rolled-back pages.
    cache.clear()


@pytest.fixture
def demo_site(demo_site_data, db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def dashboard(homes):
    """The Swedish project dashboard, empty."""
    return ProjectIndexPageFactory(parent=homes["sv"])


def is_refused(response):
    """Sent to the dashboard with "Sorry, you do not have permission", or a plain 403."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def speaking(user, language):
    """`user`, with `language` as their admin language ("" for the browser's)."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def member(group_name, username, language=""):
    """A user of an editorial group, with an e-mail address for notifications."""
    user = get_user_model().objects.create_user(username=username, email=f"{username}@example.org")
    user.groups.add(Group.objects.get(name=group_name))
    return speaking(user, language)


@pytest.fixture
def members(db, django_user_model):
    """One user per editorial group, keyed by the group's name."""
    users = {}
    for name in ALL_GROUPS:
        user = django_user_model.objects.create_user(username=name.lower().replace(" ", "-"))
        user.groups.add(Group.objects.get(name=name))
        users[name] = user
    return users


def organisation_in_every_language(group_names, names, **fields):
    """An organisation (Swedish original, Ukrainian and English translations) that the groups
    publish for."""
    source = OrganisationFactory(name=names["sv"], **fields)
    source.publisher_groups.set(Group.objects.filter(name__in=group_names))
    return {
        "sv": source,
        **{code: translate_snippet(source, code, name=names[code]) for code in ("uk", "en")},
    }


@pytest.fixture
def alingsas_kommun(db):
    return organisation_in_every_language(
        [ALINGSAS_EDITORS, ALINGSAS_MODERATORS],
        {"sv": "Alingsås kommun", "uk": "Алінгсоська комуна", "en": "Alingsås Municipality"},
        kind="municipality",
        country="SE",
    )


@pytest.fixture
def lviv_region(db):
    return organisation_in_every_language(
        [LVIV_EDITORS, LVIV_MODERATORS],
        {
            "sv": "Lvivs regionala militärförvaltning",
            "uk": "Львівська ОВА",
            "en": "Lviv Regional Military Administration",
        },
        kind="region",
        country="UA",
    )
