"""The sitemap and the content API cost the same number of queries with 5 pages as with 50.

Counted as in test_query_counts.py: on the second request, once Wagtail has cached the site's
root paths and the renditions exist. An API listing shows at most 20 items (Wagtail's limit).
"""

import pytest
from django.core.cache import cache
from wagtail_factories import ImageFactory

from tests.conftest import translate
from tests.factories import NewsIndexPageFactory, NewsPageFactory
from tests.test_query_counts import LARGE, SMALL, query_count


@pytest.fixture
def add_news(homes):
    """Adds Swedish news with a picture, each translated into Ukrainian."""
    index = NewsIndexPageFactory(parent=homes["sv"])
    translate(index, "uk", slug="novyny")

    def add(count):
        for _ in range(count):
            translate(NewsPageFactory(parent=index, image=ImageFactory()), "uk")

    return add


def counts(client, add_news, url):
    cache.clear()
    add_news(SMALL)
    small = query_count(client, url)
    add_news(LARGE - SMALL)
    large = query_count(client, url)
    return small, large


def test_sitemap_index(client, add_news):
    assert counts(client, add_news, "/sitemap.xml") == (1, 1)


def test_sitemap_section(client, add_news):
    assert counts(client, add_news, "/sitemap-sv-1.xml") == (2, 2)


def test_api_page_listing(client, add_news):
    assert counts(client, add_news, "/api/v2/pages/") == (9, 9)


def test_api_news_listing_with_pictures(client, add_news):
    url = "/api/v2/pages/?type=news.NewsPage&fields=date,intro,image&locale=uk"
    assert counts(client, add_news, url) == (12, 12)
