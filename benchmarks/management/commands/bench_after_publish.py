"""What a page view costs the first time after a publish, when nothing is cached yet.

Between publishes, pages read the lists they show (news cards, the navigation, a news item's
topics) from the content cache (home/content_cache.py), and the cold figures of `make bench`
measure that steady state. Every publish changes the content version, and the first view of each
page after it looks everything up again; this command measures that view against a repeated one.
"""

import statistics
import time

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from benchmarks.management.commands.bench_targets import LANGUAGES, targets
from home.content_cache import new_version

MEASURED = ("home", "news index", "news index, last page", "news page", "search")


class Command(BaseCommand):
    help = "Print in-process latency and queries of the first view after a publish and a repeat."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=7)

    def handle(self, *args, repeat, **options):
        client = Client()
        lines = [
            "| page | lang | after a publish: SQL | p50 ms | repeated: SQL | p50 ms |",
            "|---|---|---|---|---|---|",
        ]
        for language in LANGUAGES:
            for name, url, _status in targets(language):
                if name not in MEASURED:
                    continue
                client.get(url)  # renditions and Wagtail's own caches exist, as on a running site
                first, repeated = [], []
                for _ in range(repeat):
                    new_version()
                    first.append(self.view(client, url))
                    repeated.append(self.view(client, url))
                lines.append(
                    f"| {name} | {language} | {first[-1][1]} | "
                    f"{statistics.median(ms for ms, _ in first):.1f} | {repeated[-1][1]} | "
                    f"{statistics.median(ms for ms, _ in repeated):.1f} |"
                )
        self.stdout.write("\n".join(lines))

    @staticmethod
    def view(client, url):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            elapsed = (time.perf_counter() - started) * 1000
        assert response.status_code == 200, (url, response.status_code)
        return elapsed, len(queries)
