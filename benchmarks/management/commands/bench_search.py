"""Search latency per query on the generated site: what the search page waits for the database
the first time a query is asked after a publish (repeats read the cached ranking)."""

import statistics
import time

from django.core.management.base import BaseCommand
from wagtail.models import Locale

from benchmarks.vocabulary import SEARCH_QUERIES
from search.results import MAX_RESULTS, SearchTerms, load_pages, ranked_matches
from search.views import PER_PAGE


class Command(BaseCommand):
    help = "Print p50 and p95 search latency for base forms, inflected forms and misses."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=5)

    def handle(self, *args, repeat, **options):
        lines = ["| lang | query | results | p50 ms | p95 ms |", "|---|---|---|---|---|"]
        for language, queries in SEARCH_QUERIES.items():
            locale = Locale.objects.get(language_code=language)
            for query in queries:
                terms = SearchTerms.parse(query, language)
                timings = []
                for _ in range(repeat):
                    started = time.perf_counter()
                    # As the search page does on a first asking: rank, then load the first page.
                    matches = ranked_matches(locale, terms)
                    load_pages(matches[:PER_PAGE])
                    timings.append((time.perf_counter() - started) * 1000)
                p95 = statistics.quantiles(timings, n=20)[-1]
                count = f"> {MAX_RESULTS}" if len(matches) > MAX_RESULTS else str(len(matches))
                lines.append(
                    f"| {language} | {query} | {count} | {statistics.median(timings):.1f} | "
                    f"{p95:.1f} |"
                )
        self.stdout.write("\n".join(lines))
