"""Settings for the test suite: fast hashing, in-process cache, plain static files."""

import os
import tempfile

from .base import *  # noqa: F403
from .base import STORAGES

SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "content": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "content"},
}
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = os.path.join(tempfile.gettempdir(), "portal-test-media")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"

if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    # TEST_DATABASE_NAME lets two checkouts run the PostgreSQL suite side by side.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.environ.get("TEST_DATABASE_NAME", "test_portal")
    }

LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}

# Serve static files straight from the source folders, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Offline, so the suite never calls DeepL or LibreTranslate; a test that needs HTTP overrides it.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
}

# Off, so tests see each change at once; test_content_cache.py turns it on.
PAGE_CACHE = False
