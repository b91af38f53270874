"""The editors' guide in the admin, in each editor's admin language, with the screens' own names."""

import re
from itertools import pairwise

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.translation import gettext, override

from home.management.commands.load_demo_content import DEMO_USERS
from tests.conftest import speaking

GUIDE_URL = reverse("editors_guide")
# What the editor clicks, as Wagtail, wagtail-localize and the portal name it on their screens.
SCREEN_NAMES = [
    "Pages",
    "Add child page",
    "Save draft",
    "Awaiting your review",
    "Approve",
    "Request changes",
    "Publish",
    "Translate this page",
    "Sync translated pages",
    "Stale translations",
    "Directory",
]
HEADINGS = {
    "sv": ["Redigera portalen", "Vem äger vad", "Skriva och publicera", "Översätta", "Registret"],
    "uk": ["Редагування порталу", "Хто чим опікується", "Написати й опублікувати", "Довідник"],
    "en": [
        "Editing the portal",
        "Who owns what",
        "Write and publish",
        "Translate",
        "The directory",
    ],
}


@pytest.fixture
def demo_users(db, django_user_model, homes):
    users = []
    for username, is_superuser, group_name, _language in DEMO_USERS:
        user = django_user_model.objects.create_user(username=username, is_superuser=is_superuser)
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        users.append(user)
    return users


def headings(html):
    return [
        (int(level), " ".join(re.sub(r"<[^>]+>", " ", text).split()))
        for level, text in re.findall(r"<h([1-6])\b[^>]*>(.*?)</h\1>", html, re.S)
    ]


@pytest.mark.parametrize("language", ["sv", "uk", "en"])
def test_every_role_reads_the_guide_in_its_admin_language(client, demo_users, language):
    for user in demo_users:
        client.force_login(speaking(user, language))

        response = client.get(GUIDE_URL)

        assert response.status_code == 200, user.username
        html = response.content.decode()
        assert f'<html lang="{language}"' in html
        guide = html[html.index('<article class="editors-guide">') :]
        with override(language):
            for name in SCREEN_NAMES:
                assert gettext(name) in guide, (user.username, name)
            submit = gettext("Submit to %(workflow_name)s") % {
                "workflow_name": gettext("Lviv review")
            }
        assert submit in guide
        found = [text for _level, text in headings(html)]
        assert all(heading in found for heading in HEADINGS[language]), found


def test_the_swedish_and_ukrainian_guides_use_their_own_screen_names(client, demo_users):
    names = {"sv": ["Spara utkast", "Översätt den här sidan"], "uk": ["Зберегти чернетку"]}
    client.force_login(demo_users[0])
    for language, expected in names.items():
        speaking(demo_users[0], language)

        guide = client.get(GUIDE_URL).content.decode()

        assert all(name in guide for name in expected)
        assert "Save draft" not in guide


def test_the_guide_has_one_title_and_its_sections_below_it(admin_client):
    levels = [level for level, _text in headings(admin_client.get(GUIDE_URL).content.decode())]

    assert levels.count(1) == 1
    after_title = levels[levels.index(1) + 1 :]
    assert after_title.count(2) == 5
    assert all(later - earlier <= 1 for earlier, later in pairwise(levels))


def test_the_help_menu_leads_to_the_guide(client, demo_users):
    for user in demo_users:
        client.force_login(user)

        dashboard = client.get(reverse("wagtailadmin_home")).content.decode()

        assert GUIDE_URL in dashboard, user.username
