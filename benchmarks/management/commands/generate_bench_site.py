"""Generate the benchmark site into the configured database, or keep the one already there."""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection

from benchmarks import generator
from home.content_cache import new_version


class Command(BaseCommand):
    help = "Generate a large site for the benchmark (kept between runs; --force rebuilds it)."

    def add_arguments(self, parser):
        parser.add_argument("--news", type=int, default=10_000, help="News items per language.")
        parser.add_argument("--projects", type=int, default=300, help="Projects per language.")
        parser.add_argument(
            "--force", action="store_true", help="Empty the database and generate it afresh."
        )

    def handle(self, *args, news, projects, force, **options):
        call_command("migrate", verbosity=0)
        existing = generator.generated_news_count()
        if existing == news and not force:
            self.stdout.write(f"The site with {news} news items per language is already there.")
            generator.restore_image_files()
            analyze()
            return
        if existing or force:
            # Deleting 30,000 pages through the tree takes longer than building them again.
            with connection.cursor() as cursor:
                cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
            call_command("migrate", verbosity=0)
        generator.generate(news, projects, stdout=self.stdout)
        analyze()
        # Pages written in bulk send no publish signals: whatever was cached is out of date.
        new_version()
        self.stdout.write(self.style.SUCCESS("Benchmark site ready."))


def analyze():
    """Fresh planner statistics: a bulk load or a new index leaves PostgreSQL guessing."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
