from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import ContentPage, HomePage


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
