"""The addresses the benchmark loads, with the SQL queries each costs, as JSON for run.py."""

import json
import math
from urllib.parse import urlencode

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from benchmarks.generator import SLUG_PREFIX
from benchmarks.vocabulary import SEARCH_QUERIES
from news.models import NewsIndexPage, NewsPage
from news.models.pages import PER_PAGE
from partnership.models import PartnerPage, ProjectIndexPage, ProjectPage

LANGUAGES = ("sv", "uk")


def targets(language):
    """(name, address, expected status) of each page the issue asks to measure, in `language`."""
    locale = Locale.objects.get(language_code=language)
    news_index = NewsIndexPage.objects.get(locale=locale)
    news_count = news_index.news().count()
    news = NewsPage.objects.filter(locale=locale, slug__startswith=SLUG_PREFIX["news"])
    project = ProjectPage.objects.filter(locale=locale, slug__startswith=SLUG_PREFIX["project"])
    with translation.override(language):
        search_url = reverse("search")
    return [
        ("home", f"/{language}/", 200),
        ("news index", news_index.url, 200),
        ("news index, last page", f"{news_index.url}?page={math.ceil(news_count / PER_PAGE)}", 200),
        ("news page", news.order_by("-date").first().url, 200),
        ("progress dashboard", ProjectIndexPage.objects.get(locale=locale).url, 200),
        ("project page", project.order_by("path").first().url, 200),
        (
            "partner page",
            PartnerPage.objects.filter(locale=locale).order_by("path").first().url,
            200,
        ),
        ("search", f"{search_url}?{urlencode({'q': SEARCH_QUERIES[language][0]})}", 200),
        ("404", f"/{language}/{SLUG_PREFIX['news']}-missing/", 404),
    ]


class Command(BaseCommand):
    help = "Print the benchmark's addresses with their SQL query counts as JSON."

    def handle(self, *args, **options):
        client = Client()
        rows = [{"name": "floor", "language": "", "url": "/bench/floor/", "status": 200}]
        rows += [
            {"name": name, "language": language, "url": url, "status": status}
            for language in LANGUAGES
            for name, url, status in targets(language)
        ]
        for row in rows:
            # The second request, as on a running site whose caches and renditions exist.
            client.get(row["url"])
            with CaptureQueriesContext(connection) as queries:
                response = client.get(row["url"])
            if response.status_code != row["status"]:
                raise SystemExit(f"{row['url']} answered {response.status_code}")
            row["queries"] = len(queries)
        self.stdout.write(json.dumps(rows))
