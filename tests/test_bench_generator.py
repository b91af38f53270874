"""The benchmark's generated site (benchmarks/generator.py), built small: pages written in bulk
must be a site visitors can browse and search like one built by editors."""

import io
import math

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from wagtail.models import Locale, Page

from benchmarks import generator
from news.models import NewsIndexPage, NewsPage
from news.models.pages import PER_PAGE
from partnership.models import ProjectPage
from search.results import SearchTerms, search

NEWS, PROJECTS = 30, 4
LANGUAGES = [code for code, _name in settings.LANGUAGES]
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """Generated once for the module and rolled back after it, like the demo site fixture."""
    with django_db_blocker.unblock(), transaction.atomic():
        generator.generate(NEWS, PROJECTS, stdout=io.StringIO())
        yield
        transaction.set_rollback(True)
    cache.clear()


def generated(model, language):
    prefix = generator.SLUG_PREFIX["news" if model is NewsPage else "project"]
    return model.objects.filter(locale__language_code=language, slug__startswith=prefix)


def test_every_language_gets_the_news_and_projects_as_linked_translations(site):
    for language in LANGUAGES:
        assert generated(NewsPage, language).count() == NEWS
        assert generated(ProjectPage, language).count() == PROJECTS
    assert generator.generated_news_count() == NEWS

    swedish = generated(NewsPage, "sv").order_by("path").first()
    translations = {page.locale.language_code for page in swedish.get_translations()}
    assert translations == {"uk", "en"}


def test_the_bulk_written_tree_is_consistent(site):
    assert Page.find_problems() == ([], [], [], [], [])


def test_news_items_show_with_their_picture_topics_and_translations(site, client):
    page = generated(NewsPage, "uk").order_by("-date").first()
    response = client.get(page.url)

    assert response.status_code == 200
    assert page.image is not None
    assert ".webp" in response.text
    assert page.topics.count() == 2
    assert {topic.locale.language_code for topic in page.topics.all()} == {"uk"}
    assert 'hreflang="sv"' in response.text


def test_the_news_index_pages_through_every_item(site, client):
    index = NewsIndexPage.objects.get(locale__language_code="sv")
    last_page = math.ceil(index.get_children().live().count() / PER_PAGE)

    response = client.get(f"{index.url}?page={last_page}")

    assert response.status_code == 200
    assert client.get(f"{index.url}?page={last_page + 1}").status_code == 404


def test_projects_show_their_milestones_and_funding(site, client):
    project = generated(ProjectPage, "sv").order_by("path").first()
    response = client.get(project.url)

    assert response.status_code == 200
    assert project.milestones.count() == 3
    for milestone in project.milestones.all():
        assert milestone.title in response.text
    assert project.funding_lines.count() == 1


def test_search_finds_generated_words_in_their_inflected_forms(site):
    locale = Locale.objects.get(language_code="sv")
    results = search(locale, SearchTerms.parse("samarbetet", "sv"))

    generated_hits = [page for page in results if page.slug.startswith("bench-news")]
    assert generated_hits
    assert all(page.locale_id == locale.pk for page in results)
