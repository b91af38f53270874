"""The admin stays usable as news piles up: the explorer lists a page of children at a time."""

from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import NewsIndexPageFactory, NewsPageFactory


def explorer(client, page):
    url = f"/admin/pages/{page.pk}/"
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), len(response.context["pages"])


def test_the_news_index_lists_one_page_of_children_whatever_their_number(client, homes):
    client.force_login(User.objects.create_superuser("admin", password="x" * 12))
    index = NewsIndexPageFactory(parent=homes["sv"])
    for _ in range(60):
        NewsPageFactory(parent=index)
    small_queries, small_shown = explorer(client, index)
    for _ in range(60):
        NewsPageFactory(parent=index)
    large_queries, large_shown = explorer(client, index)

    assert small_shown == large_shown == 50
    assert small_queries == large_queries
