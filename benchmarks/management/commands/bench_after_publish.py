"""What a publish costs, and the first view of a page after it, on the generated site (JSON).

A publish here is what the editor's "Publish" does to the data: a new revision of one news page,
saved and published. It is timed with its SQL queries. Everything a page caches between
publishes (news cards, the site's navigation, a news item's topics) is looked up again after
one (home/content_cache.py), so the first view of each measured page after a publish is timed
against a repeated view, which is what the cold figures of `make bench` measure in steady state.
"""

import functools
import json
import statistics
import time

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from benchmarks.generator import SLUG_PREFIX
from benchmarks.management.commands.bench_targets import LANGUAGES, targets
from news.models import NewsPage

MEASURED = ("home", "news index", "news index, last page", "news page", "search")


def counted(work):
    """(milliseconds, SQL queries) of calling `work`."""
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        work()
        elapsed = (time.perf_counter() - started) * 1000
    return elapsed, len(queries)


def publish(page_id):
    """As the editor's "Publish" does to the data: load the page, save a revision, publish it."""
    NewsPage.objects.get(pk=page_id).save_revision().publish()


def view(client, url):
    def work():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)

    return counted(work)


def summary(samples):
    return {"p50": statistics.median(ms for ms, _ in samples), "queries": samples[-1][1]}


class Command(BaseCommand):
    help = "Print, as JSON, the time and queries of a publish and of the first view after it."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=7)

    def handle(self, *args, repeat, **options):
        client = Client()
        publishes, views = {}, []
        for language in LANGUAGES:
            page = (
                NewsPage.objects.filter(
                    locale=Locale.objects.get(language_code=language),
                    slug__startswith=SLUG_PREFIX["news"],
                )
                .order_by("-date")
                .first()
            )
            published = []
            for name, url, _status in targets(language):
                if name not in MEASURED:
                    continue
                client.get(url)  # renditions and Wagtail's own caches exist, as on a running site
                first, repeated = [], []
                for _ in range(repeat):
                    published.append(counted(functools.partial(publish, page.pk)))
                    first.append(view(client, url))
                    repeated.append(view(client, url))
                views.append(
                    {
                        "name": name,
                        "language": language,
                        "first": summary(first),
                        "repeated": summary(repeated),
                    }
                )
            publishes[language] = summary(published)
        self.stdout.write(json.dumps({"publish": publishes, "views": views}))
