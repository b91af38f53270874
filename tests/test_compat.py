"""Each private API home/compat.py uses still works: an upgrade that changes one fails here.

The benchmark's bulk insert is tested by tests/test_bench_generator.py.
"""

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from home.compat import cached_site


def test_wagtail_takes_the_cached_site_and_asks_no_query(homes):
    first = RequestFactory().get("/sv/")
    with cached_site(first):
        Site.find_for_request(first)  # Wagtail looks the site up, and it is cached

    request = RequestFactory().get("/sv/")
    with CaptureQueriesContext(connection) as queries, cached_site(request):
        site = Site.find_for_request(request)
    assert len(queries) == 0
    expected = Site.objects.get(is_default_site=True)
    assert (site.pk, site.hostname, site.root_page_id) == (
        expected.pk,
        expected.hostname,
        expected.root_page_id,
    )
    assert site.root_page.specific == homes["sv"]


def test_a_request_that_needs_no_site_asks_no_query(db):
    request = RequestFactory().get("/")
    with CaptureQueriesContext(connection) as queries, cached_site(request):
        pass
    assert len(queries) == 0
