from django.apps import AppConfig


class BenchmarksConfig(AppConfig):
    """The benchmark's management commands; installed only by benchmarks.settings."""

    name = "benchmarks"
