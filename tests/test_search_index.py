"""A publish costs the search index the same however many pages it holds.

The database backends weigh each title against the average title length; a publish reads only
the published page's own entry and the most recent titles (search/backends/own_entries.py), and
`update_index` weighs the whole index.
"""

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.search.models import IndexEntry

from tests.factories import NewsIndexPageFactory, NewsPageFactory


def weighing_queries(queries):
    """The queries that read titles' lengths to weigh them."""
    return [query["sql"] for query in queries if "LENGTH(" in query["sql"].upper()]


def publish_queries(page):
    with CaptureQueriesContext(connection) as queries:
        page.save_revision().publish()
    return queries.captured_queries


def test_a_publish_weighs_only_its_own_index_entry(homes):
    index = NewsIndexPageFactory(parent=homes["sv"])
    for _ in range(5):
        NewsPageFactory(parent=index)
    page = NewsPageFactory(parent=index, title="Vattenverket invigt")
    page.title = "Vattenverket invigt i dag"

    weighing = weighing_queries(publish_queries(page))

    assert weighing
    # Each reads the page's own entry and a range of the most recent ones, never a whole scan.
    assert all('"object_id" IN' in sql and "LIMIT 1 OFFSET" in sql.upper() for sql in weighing)


def test_update_index_weighs_every_title_against_the_average(homes):
    index = NewsIndexPageFactory(parent=homes["sv"])
    NewsPageFactory(parent=index, title="Vatten")
    NewsPageFactory(parent=index, title="Nytt vattenverk invigt i Alingsås i dag")

    call_command("update_index", verbosity=0)

    assert IndexEntry.objects.exclude(title_norm=1.0).exists()
