"""Production settings, served locally for the benchmark (`make bench`, benchmarks/run.py).

Everything a visitor's request goes through in production stays: DEBUG off, the same middleware,
the manifest static files storage. Only what a local run cannot have is relaxed (HTTPS, a real
secret), and one bare view is added as the floor that every page is compared with.
"""

import os

os.environ.setdefault("SECRET_KEY", "benchmark-only-not-secret")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

from portal.settings.production import *  # noqa: E402, F403
from portal.settings.production import INSTALLED_APPS, PAGE_CACHE_EXCLUDED_PATHS  # noqa: E402

INSTALLED_APPS = ["benchmarks", *INSTALLED_APPS]
ROOT_URLCONF = "benchmarks.urls"
# The floor is measured through the whole stack on every request, never from the page cache.
PAGE_CACHE_EXCLUDED_PATHS = (*PAGE_CACHE_EXCLUDED_PATHS, "/bench/")
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
