"""Local development and the demo (`make run`): debug on, SQLite unless DATABASE_URL is set."""

import os

from .base import *  # noqa: F403
from .base import LOGGING, STORAGES, env_bool, env_list

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret-alingsas-lviv")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Mail is printed to the console, or kept as one file per connection in EMAIL_FILE_PATH.
if os.environ.get("EMAIL_FILE_PATH"):
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Serve static files straight from the source folders, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Template and code changes show at once; PAGE_CACHE=true tries the page cache locally.
PAGE_CACHE = env_bool("PAGE_CACHE", False)

# `make run` prints what to open and how to log in, not every page the demo loader writes.
LOGGING = {**LOGGING, "loggers": {**LOGGING["loggers"], "wagtail": {"level": "WARNING"}}}
