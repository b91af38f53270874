"""The admin costs the same number of database queries however much content there is.

Like the public pages (test_query_counts.py), each admin view an editor works in every day is
counted with a few items and with many: the dashboard, the explorer of the news index and of the
project dashboard (more children than one page of its listing), the edit view of one news item
among many news and projects, and a search that matches every news item. Counts are taken on
the second request, as on a running site.
"""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import translate_object

from home.editorial import ALINGSAS_EDITORS
from tests.conftest import member, translate
from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    TopicFactory,
)
from tests.test_query_counts import query_count

# The explorer lists 50 children a page: the larger site has more than one page of them.
SMALL, LARGE = 5, 55


@pytest.fixture
def admin(client, db):
    client.force_login(User.objects.create_superuser("admin", password="x" * 12))
    return client


@pytest.fixture(params=["administrator", "editor"])
def anyone(request, client, db):
    """An administrator, or an editor whose rights are checked page by page.

    In listings, Wagtail itself asks for each row whether an editor without the right to publish
    may delete it (a query per row), so those are counted for administrators only.
    """
    if request.param == "administrator":
        user = User.objects.create_superuser("admin", password="x" * 12)
    else:
        user = member(ALINGSAS_EDITORS, "redaktor")
    client.force_login(user)
    return client


@pytest.fixture
def site(homes):
    """A news index and a project dashboard, in Swedish with Ukrainian translations."""
    news_index = NewsIndexPageFactory(parent=homes["sv"])
    dashboard = ProjectIndexPageFactory(parent=homes["sv"])
    translate(news_index, "uk")
    translate(dashboard, "uk")
    return {"news_index": news_index, "dashboard": dashboard, "topic": TopicFactory()}


def add_content(site, count):
    """`count` news items and projects, every other item translated into Ukrainian."""
    existing = site["news_index"].get_children().count()
    for number in range(existing, count):
        project = ProjectPageFactory(parent=site["dashboard"], title=f"Vattenverket nr {number}")
        item = NewsPageFactory(
            parent=site["news_index"],
            title=f"Nytt om vattenverket {number}",
            topics=[site["topic"]],
            related_projects=[project],
        )
        if number % 2:
            translate(item, "uk")


def counts(admin, site, url):
    add_content(site, SMALL)
    small = query_count(admin, url(site))
    add_content(site, LARGE)
    large = query_count(admin, url(site))
    return small, large


def first_news_item(site):
    return site["news_index"].get_children().order_by("path").first()


def test_dashboard(anyone, site):
    small, large = counts(anyone, site, lambda site: reverse("wagtailadmin_home"))
    assert small == large


def test_explorer_of_the_news_index(admin, site):
    small, large = counts(
        admin, site, lambda site: reverse("wagtailadmin_explore", args=[site["news_index"].pk])
    )
    assert small == large


def test_explorer_of_the_project_dashboard(admin, site):
    """Each project may get activities; asking costs no query per row."""
    small, large = counts(
        admin, site, lambda site: reverse("wagtailadmin_explore", args=[site["dashboard"].pk])
    )
    assert small == large


def test_edit_view_of_a_news_item(anyone, site):
    small, large = counts(
        anyone,
        site,
        lambda site: reverse("wagtailadmin_pages:edit", args=[first_news_item(site).pk]),
    )
    assert small == large


def test_admin_search(admin, site):
    """The search finds every news item: more than one page of results."""
    small, large = counts(
        admin, site, lambda site: reverse("wagtailadmin_pages:search") + "?q=nytt"
    )
    assert small == large


def test_the_explorer_offers_translating_and_syncing_each_row_once(admin, site):
    """wagtail-localize's row actions, drawn for the whole listing at once
    (home/localize_listing_buttons.py), are still there, each once and only where they apply."""
    untranslated = NewsPageFactory(parent=site["news_index"])
    translated = NewsPageFactory(parent=site["news_index"])
    translate_object(translated, list(Locale.objects.exclude(pk=translated.locale_id)))
    source = TranslationSource.objects.get(object_id=translated.translation_key)
    explorer_url = reverse("wagtailadmin_explore", args=[site["news_index"].pk])

    html = admin.get(explorer_url).content.decode()

    def translate_link(page):
        return f'href="{reverse("wagtail_localize:submit_page_translation", args=[page.pk])}"'

    sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert html.count(translate_link(untranslated)) == 1
    assert translate_link(translated) not in html  # it is in every language already
    assert html.count(f'href="{sync_url}?next=') == 1
