import pytest
from wagtail.models import Locale

from home.models import AccessibilityStatementPage, ContentPage, HomePage, SiteSettings
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from partnership.models import PartnerIndexPage, PartnerPage, ProjectIndexPage, ProjectPage
from tests.conftest import LANGUAGE_CODES
from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    TopicFactory,
)


@pytest.mark.parametrize("language", LANGUAGE_CODES)
@pytest.mark.parametrize(
    "page_class",
    [
        HomePage,
        ContentPage,
        AccessibilityStatementPage,
        NewsIndexPage,
        NewsPage,
        EventIndexPage,
        EventPage,
        PartnerIndexPage,
        PartnerPage,
        ProjectIndexPage,
        ProjectPage,
    ],
)
def test_every_page_type_renders_in_every_language(client, demo_site, language, page_class):
    pages = page_class.objects.live().filter(locale__language_code=language)
    assert pages.exists()
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert f'<html lang="{language}">' in html
        assert f"<h1>{page.title}</h1>" in html


def test_language_homes_are_served_under_their_prefix(client, demo_site):
    for language in LANGUAGE_CODES:
        response = client.get(f"/{language}/")
        assert response.status_code == 200
        assert response.context["page"].locale.language_code == language


def test_footer_links_to_accessibility_statement_and_privacy_in_the_readers_language(
    client, demo_site
):
    ukrainian = Locale.objects.get(language_code="uk")
    site_settings = SiteSettings.for_site(demo_site)
    statement = site_settings.accessibility_page.get_translation(ukrainian)
    privacy = site_settings.privacy_page.get_translation(ukrainian)

    html = client.get("/uk/").content.decode()

    assert f'<a href="{statement.url}">{statement.title}</a>' in html
    assert f'<a href="{privacy.url}">{privacy.title}</a>' in html


def test_navigation_lists_the_top_level_pages_of_the_current_language(client, demo_site):
    html = client.get("/en/").content.decode()
    assert "About the partnership" in html
    assert "Om partnerskapet" not in html


def test_page_has_a_skip_link_to_the_main_content(client, demo_site):
    html = client.get("/sv/").content.decode()
    assert 'href="#main-content"' in html
    assert 'id="main-content"' in html


def test_unknown_page_gives_a_404_in_the_readers_language(client, demo_site):
    response = client.get("/uk/nemaie-takoi-storinky/")
    assert response.status_code == 404
    assert '<html lang="uk">' in response.content.decode()


def test_a_news_items_preview_shows_its_draft_links_and_visitors_the_published_ones(client, homes):
    """Topics and related projects are cached for visitors, never for a preview."""
    index = NewsIndexPageFactory(parent=homes["sv"])
    dashboard = ProjectIndexPageFactory(parent=homes["sv"])
    waterworks = ProjectPageFactory(parent=dashboard, title="Vattenverket")
    library = ProjectPageFactory(parent=dashboard, title="Biblioteket")
    item = NewsPageFactory(parent=index, related_projects=[waterworks])
    assert "Vattenverket" in client.get(item.url).content.decode()

    item.related_projects = [waterworks, library]  # an unsaved draft
    item.topics = [TopicFactory(name="Vatten och avlopp")]
    preview = item.make_preview_request().content.decode()
    assert "Biblioteket" in preview and "Vatten och avlopp" in preview

    published = client.get(item.url).content.decode()
    assert "Biblioteket" not in published and "Vatten och avlopp" not in published
