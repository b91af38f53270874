"""Settings shared by every environment; all configuration comes from environment variables.

Every variable read here is listed in the README's environment table.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

# Only the demo loader reads this; production settings turn it off.
DEMO_USERS_ALLOWED = True

INSTALLED_APPS = [
    "home",
    "news",
    "partnership",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "allauth",
    "allauth.account",
    "allauth.mfa",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "home.security.NulCharacterMiddleware",
    "home.content_cache.ContentCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Security (home/security.py, README "Security"): CSP, Permissions-Policy, login lockout.
    "home.security.ContentSecurityPolicyMiddleware",
    "home.security.PermissionsPolicyMiddleware",
    "axes.middleware.AxesMiddleware",
    "home.two_factor.TwoFactorMiddleware",
    "home.uploads.FullDiskMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]


def embedded_database(path):
    """SQLite for `make run`: one editor and a few readers at once. In WAL mode readers go on
    while someone writes; a transaction takes the write lock when it begins, and waits up to
    20 s for another, so a publish that meets an autosave queues instead of failing with
    "database is locked"."""
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "OPTIONS": {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        },
    }


DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"] = {
        **DATABASES["default"],
        **embedded_database(DATABASES["default"]["NAME"]),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if os.environ.get("REDIS_URL"):
    REDIS_OPTIONS = {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1}
    CACHES = {
        # Sessions' neighbours: rate limits, Wagtail's own caches. An outage degrades to no
        # cache (logged), not to errors; /readyz reports it.
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "portal",
            "OPTIONS": {**REDIS_OPTIONS, "IGNORE_EXCEPTIONS": True},
        },
        # The content cache (home/content_cache.py), which handles an outage itself: a publish
        # it cannot record is retried and reported, never dropped.
        "content": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "portal-content",
            "OPTIONS": REDIS_OPTIONS,
        },
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "content": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "content",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
    }

# The content cache (docs/architecture.md, "The content cache"): whole pages for anonymous
# visitors and the values they are built from, until published content changes. Without Redis
# each worker process has its own cache and learns of another's publish only when what it keeps
# expires, so it keeps things briefly.
PAGE_CACHE = env_bool("PAGE_CACHE", True)
PAGE_CACHE_TIMEOUT = int(
    os.environ.get("PAGE_CACHE_TIMEOUT", "86400" if os.environ.get("REDIS_URL") else "30")
)
# Each worker's own copies of cached values, in bytes.
CONTENT_CACHE_WORKER_BYTES = int(os.environ.get("CONTENT_CACHE_WORKER_BYTES", str(32 * 2**20)))
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))
PAGE_CACHE_EXCLUDED_PATHS = ("/admin/", "/documents/", "/api/", "/accounts/")
# The query parameters public pages read: pagination, search, and the news, event and dashboard
# filters. A request with any other is made afresh and not kept (home/content_cache.py).
PAGE_CACHE_QUERY_PARAMETERS = (
    "page",
    "q",
    "type",
    "topic",
    "organisation",
    "year",
    "status",
    "partner",
    "since",
)

# Reverse proxies every request passes through (Caddy in compose.yaml): the client address the
# API's rate limit, django-axes and allauth count is the one they add to X-Forwarded-For
# (home/client_address.py). API_NUM_PROXIES is its former, API-only name.
TRUSTED_PROXY_COUNT = int(
    os.environ.get("TRUSTED_PROXY_COUNT", os.environ.get("API_NUM_PROXIES", "0"))
)

# The public content API (portal/api.py): requests per client address (or signed-in user).
API_RATE_LIMIT = os.environ.get("API_RATE_LIMIT", "120/minute")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Swedish is the default; Ukrainian and English are full peers.
LANGUAGE_CODE = "sv"
LANGUAGES = [
    ("sv", "Svenska"),
    ("uk", "Українська"),
    ("en", "English"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# The second: the Ukrainian admin's English for what the packages have only in Swedish
# (home/management/commands/english_fallback.py).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "english-fallback"]
FORMAT_MODULE_PATH = ["portal.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Stockholm"

# Translations are drafts until the owning partner publishes them (DESIGN.md §4).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "portal" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "home.storage.MediaStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Uploads in S3-compatible object storage, so that any number of app servers share them.
# Credentials come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, read by boto3 itself.
if os.environ.get("MEDIA_S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["MEDIA_S3_BUCKET"],
            "endpoint_url": os.environ.get("MEDIA_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("MEDIA_S3_REGION") or None,
            # A public domain (CDN) serves plain URLs; without one, links are signed and expire.
            "custom_domain": os.environ.get("MEDIA_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": not os.environ.get("MEDIA_S3_CUSTOM_DOMAIN"),
            "file_overwrite": False,
        },
    }

WAGTAIL_SITE_NAME = _("Alingsås–Lviv partnership")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The database backend, words kept as written and query words matched by their stems (README,
# "Search"); SEARCH_URL switches to OpenSearch, whose per-language analyzers know inflection.
if os.environ.get("SEARCH_URL"):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch2",
            "URLS": [os.environ["SEARCH_URL"]],
            # One index per model family, named prefix + "wagtailcore_page" and so on.
            "INDEX_PREFIX": os.environ.get("SEARCH_INDEX_PREFIX", "portal_"),
            "TIMEOUT": 5,
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "search.backends", "SEARCH_CONFIG": "simple"},
    }
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]  # no SVG: it can carry script
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# The admin is offered in the portal's languages; each editor picks theirs in their account.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Security settings for every environment; production.py adds the HTTPS-only ones.
# Uploads (home/uploads.py): at most 10 MB per image and 40 megapixels (decompression bombs),
# documents of the listed types up to DOCUMENT_MAX_UPLOAD_MB.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.uploads.ImageForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "txt", "csv"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "home.uploads.DocumentForm"
DOCUMENT_MAX_UPLOAD_MB = int(os.environ.get("DOCUMENT_MAX_UPLOAD_MB", "25"))
# Avatars from a third party would leak editors' addresses and break the admin's CSP.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Login lockout on every login path: django-axes counts failures per username and address.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False  # not "AXES: BEGIN" on every manage.py command
AXES_CLIENT_IP_CALLABLE = "home.client_address.client_address"
AXES_LOCKOUT_TEMPLATE = "429.html"  # the same page as allauth's rate limits, status 429
# Two-factor login for editors (home/two_factor.py): allauth's login at /accounts/login/ with a
# TOTP app and recovery codes. With PORTAL_REQUIRE_2FA on, a session counts as signed in only
# after the second factor, and Wagtail's own login forms are replaced by allauth's.
PORTAL_REQUIRE_2FA = env_bool("PORTAL_REQUIRE_2FA", False)
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/admin/"
ACCOUNT_ADAPTER = "home.two_factor.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"username"}
ACCOUNT_EMAIL_VERIFICATION = "none"
# django-axes alone locks a user name (one lockout to reset with `manage.py axes_reset`);
# allauth keeps only its per-address limit on failed logins. Wrong second-factor codes are also
# limited per user from all addresses together (home.two_factor.CodeForm): only someone who
# knows the password gets that far.
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip", "wrong_code": "10/h/user"}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_FORMS = {"authenticate": "home.two_factor.CodeForm"}
MFA_TOTP_ISSUER = "Alingsås–Lviv"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# The public site runs no inline script or style and loads nothing from other origins.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Wagtail runs its background work as tasks; their start and end are not news, failures are.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}

# A CDN or caching proxy in front of the site: Wagtail purges a page's URLs when it is published.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["purge_url"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN", ""),
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }

# Workflow notifications and password resets: SMTP when EMAIL_HOST is set, else the log.
if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", EMAIL_PORT == 587)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", EMAIL_PORT == 465)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Machine translation is pluggable (DESIGN.md §4): DeepL, else LibreTranslate; never in tests.
if os.environ.get("DEEPL_AUTH_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_AUTH_KEY"]},
    }
elif os.environ.get("LIBRETRANSLATE_URL"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"].rstrip("/"),
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
        },
    }
