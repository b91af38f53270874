import io
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Page

from home import demo_content, demo_partnership
from home.models import ContentPage, HomePage
from partnership.models import ProjectPage


def load(*args):
    call_command("load_demo_content", *args, stdout=io.StringIO())


@pytest.mark.django_db
def test_running_the_loader_twice_gives_the_same_site():
    load()
    first = sorted(Page.objects.values_list("url_path", flat=True))
    load()
    assert sorted(Page.objects.values_list("url_path", flat=True)) == first
    pages_per_language = (
        1  # home
        + len(demo_content.INDEX_PAGES)
        + len(demo_content.CONTENT_PAGES)
        + 1  # accessibility statement
        + sum(1 + len(project.get("activities", [])) for project in demo_partnership.PROJECTS)
        + len(demo_partnership.PARTNERS)
        + len(demo_partnership.EVENTS)
        + len(demo_partnership.NEWS)
    )
    assert len(first) == 1 + len(settings.LANGUAGES) * pages_per_language


@pytest.mark.django_db
def test_every_demo_page_is_live_in_all_three_languages():
    load()
    for page in Page.objects.filter(depth__gt=1, locale__language_code="sv"):
        translations = page.get_translations(inclusive=True).live()
        assert sorted(t.locale.language_code for t in translations) == ["en", "sv", "uk"]
    assert HomePage.objects.live().count() == len(settings.LANGUAGES)
    assert ContentPage.objects.live().count() == 3 * len(demo_content.CONTENT_PAGES)


@pytest.mark.django_db
def test_demo_replaces_wagtails_placeholder_page(client):
    load()
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()
    assert client.get("/sv/").context["page"].specific_class is HomePage


@pytest.mark.django_db
def test_demo_accounts_use_demo_password(client, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "ett-annat-demolosen")
    load("--with-users")
    User = get_user_model()
    assert User.objects.get(username="admin").is_superuser
    for username in ("alingsas-editor", "lviv-editor"):
        user = User.objects.get(username=username)
        assert not user.is_superuser
        assert user.check_password("ett-annat-demolosen")
        assert user.has_perm("wagtailadmin.access_admin")


@pytest.mark.django_db
@override_settings(DEMO_USERS_ALLOWED=False)
def test_demo_accounts_are_refused_under_production_settings():
    with pytest.raises(CommandError, match="production"):
        load("--with-users")
    assert not get_user_model().objects.exists()


def import_production_settings(**env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS"}
    }
    return subprocess.run(
        [sys.executable, "-c", "import portal.settings.production"],
        env={**environment, **env},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
    )


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = import_production_settings(ALLOWED_HOSTS="partnerskap.alingsas.se")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_settings_refuse_to_start_without_allowed_hosts():
    result = import_production_settings(SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_production_settings_start_when_configured():
    result = import_production_settings(
        SECRET_KEY="x" * 50, ALLOWED_HOSTS="partnerskap.alingsas.se"
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.django_db
def test_demo_projects_got_their_status_when_they_started():
    load()
    for project in ProjectPage.objects.exclude(start_date=None):
        assert [
            timezone.localdate(change.changed_at) for change in project.status_changes.all()
        ] == [project.start_date]
