from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import AccessibilityStatementPage, ContentPage, HomePage
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from partnership.models import PartnerIndexPage, PartnerPage, ProjectIndexPage, ProjectPage
from tests.factories import ProjectIndexPageFactory, ProjectPageFactory

INDEX_PAGES = {
    NewsIndexPage: NewsPage,
    EventIndexPage: EventPage,
    PartnerIndexPage: PartnerPage,
    ProjectIndexPage: ProjectPage,
}


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_pages_sit_directly_under_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_content_pages_go_under_home_or_other_content_pages(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})
        self.assertAllowedSubpageTypes(ContentPage, {ContentPage})

    def test_a_home_page_cannot_be_nested_in_the_site(self):
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(ContentPage, HomePage)
        self.assertCanCreateAt(HomePage, ContentPage)

    def test_a_home_page_offers_content_pages_and_the_four_sections(self):
        self.assertAllowedSubpageTypes(
            HomePage, {ContentPage, AccessibilityStatementPage, *INDEX_PAGES}
        )

    def test_the_accessibility_statement_sits_under_a_home_page_without_children(self):
        self.assertAllowedParentPageTypes(AccessibilityStatementPage, {HomePage})
        self.assertAllowedSubpageTypes(AccessibilityStatementPage, set())

    def test_index_pages_go_only_directly_under_a_home_page(self):
        for index_page in INDEX_PAGES:
            with self.subTest(index_page.__name__):
                self.assertAllowedParentPageTypes(index_page, {HomePage})
                self.assertCanNotCreateAt(ContentPage, index_page)
                self.assertCanNotCreateAt(index_page, index_page)

    def test_each_index_page_holds_only_its_own_detail_pages(self):
        for index_page, detail_page in INDEX_PAGES.items():
            with self.subTest(index_page.__name__):
                self.assertAllowedSubpageTypes(index_page, {detail_page})

    def test_news_events_and_partners_have_no_subpages_and_stay_in_their_section(self):
        for detail_page in (NewsPage, EventPage, PartnerPage):
            with self.subTest(detail_page.__name__):
                self.assertAllowedSubpageTypes(detail_page, set())
                self.assertCanNotCreateAt(HomePage, detail_page)
                self.assertCanNotCreateAt(ContentPage, detail_page)
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedParentPageTypes(PartnerPage, {PartnerIndexPage})
        self.assertCanNotCreateAt(NewsIndexPage, EventPage)

    def test_projects_go_in_the_dashboard_and_activities_in_a_project(self):
        self.assertAllowedParentPageTypes(ProjectPage, {ProjectIndexPage, ProjectPage})
        self.assertAllowedSubpageTypes(ProjectPage, {ProjectPage})
        self.assertCanNotCreateAt(HomePage, ProjectPage)


def test_an_activity_can_be_added_to_a_project_but_not_to_another_activity(homes):
    dashboard = ProjectIndexPageFactory(parent=homes["sv"])
    project = ProjectPageFactory(parent=dashboard)
    activity = ProjectPageFactory(parent=project)

    assert ProjectPage.can_create_at(dashboard)
    assert ProjectPage.can_create_at(project)
    assert not ProjectPage.can_create_at(activity)


def test_each_language_has_at_most_one_index_page_of_each_kind(homes):
    for index_page in INDEX_PAGES:
        homes["sv"].add_child(instance=index_page(title=index_page.__name__))

        assert not index_page.can_create_at(homes["sv"]), index_page.__name__
        assert index_page.can_create_at(homes["uk"]), index_page.__name__
