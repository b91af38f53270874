"""Each production switch, given only its environment variables, configures the right backend.

Settings are read once per process, so each switch is tried in a fresh Python with production
settings and the variables a server operator would set; where the service runs here (Redis,
an S3-compatible server, an SMTP server, an HTTP purge endpoint) the switch is used for real.
"""

import json
import os
import socket
import subprocess
import sys
import threading
import time
from email.header import decode_header, make_header
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import migrations, models
from django.test import override_settings

from home.management.commands.check_migrations import unsafe_operations
from tests.factories import ContentPageFactory

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = os.environ.get("DEPLOY_TEST_REDIS_URL", "redis://127.0.0.1:6379/7")


def run_with(env, code):
    """Run `code` after django.setup() under production settings and `env`; return its JSON."""
    environment = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "switch-test",
        "ALLOWED_HOSTS": "portal.example.org",
        **env,
    }
    script = "import django, json\ndjango.setup()\n" + code
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_without_switches_media_is_local_search_is_the_database_and_mail_goes_to_the_log():
    configured = run_with(
        {},
        "from django.conf import settings\n"
        "from django.core.files.storage import storages\n"
        "print(json.dumps([type(storages['default']).__name__,"
        " settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND'],"
        " settings.EMAIL_BACKEND, settings.CACHES['default']['BACKEND'],"
        " settings.WAGTAILFRONTENDCACHE]))",
    )
    assert configured == [
        "MediaStorage",  # the file system, without half-written files (home/storage.py)
        "search.backends",
        "django.core.mail.backends.console.EmailBackend",
        "django.core.cache.backends.locmem.LocMemCache",
        {},
    ]


@pytest.fixture
def s3_server():
    """moto's S3-compatible server on a free local port, with an empty bucket."""
    port = free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("moto_server")), "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    boto3 = pytest.importorskip("boto3")
    client = boto3.client(
        "s3",
        endpoint_url=url,
        region_name="eu-north-1",
        aws_access_key_id="portal",
        aws_secret_access_key="portal-secret",
    )
    for _attempt in range(100):
        try:
            client.create_bucket(
                Bucket="portal-media",
                CreateBucketConfiguration={"LocationConstraint": "eu-north-1"},
            )
            break
        except Exception:
            time.sleep(0.1)
    yield url, client
    server.terminate()
    server.wait(timeout=10)


def test_s3_media_round_trip_through_django_storages(s3_server):
    url, client = s3_server
    env = {
        "MEDIA_S3_BUCKET": "portal-media",
        "MEDIA_S3_ENDPOINT_URL": url,
        "MEDIA_S3_REGION": "eu-north-1",
        "AWS_ACCESS_KEY_ID": "portal",
        "AWS_SECRET_ACCESS_KEY": "portal-secret",
    }
    stored = run_with(
        env,
        "from django.core.files.base import ContentFile\n"
        "from django.core.files.storage import default_storage, storages\n"
        "text = ContentFile('Партнерство 2026'.encode())\n"
        "name = default_storage.save('documents/plan.txt', text)\n"
        "print(json.dumps([type(storages['default']).__name__, name, default_storage.url(name),"
        " default_storage.open(name).read().decode()]))",
    )
    backend, name, address, read_back = stored
    assert backend == "S3Storage"
    assert read_back == "Партнерство 2026"
    # The file is really in the bucket, and its link is a signed one on the storage server.
    body = client.get_object(Bucket="portal-media", Key=name)["Body"].read()
    assert body.decode() == "Партнерство 2026"
    assert address.startswith(f"{url}/portal-media/documents/plan") and "Signature" in address


def test_s3_media_with_a_cdn_domain_links_plainly_to_it():
    address = run_with(
        {"MEDIA_S3_BUCKET": "portal-media", "MEDIA_S3_CUSTOM_DOMAIN": "media.example.org"},
        "from django.core.files.storage import default_storage, storages\n"
        "print(json.dumps(default_storage.url('images/lviv.jpg')))",
    )
    assert address == "https://media.example.org/images/lviv.jpg"


def test_redis_url_makes_redis_the_shared_cache():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        pytest.skip("no Redis at 127.0.0.1:6379 to share a cache through")
    stored = run_with(
        {"REDIS_URL": REDIS_URL},
        "from django.core.cache import caches\n"
        "cache = caches['default']\ncache.set('deploy-switch', 'lviv', 30)\n"
        "print(json.dumps([type(cache).__name__, cache.get('deploy-switch')]))",
    )
    # A second process sees what the first stored: every app server shares the cache.
    seen = run_with(
        {"REDIS_URL": REDIS_URL},
        "from django.core.cache import cache\nprint(json.dumps(cache.get('deploy-switch')))",
    )
    assert stored == ["RedisCache", "lviv"]
    assert seen == "lviv"


def test_search_url_switches_to_opensearch_with_the_index_prefix():
    configured = run_with(
        {"SEARCH_URL": "https://search.internal:9200", "SEARCH_INDEX_PREFIX": "alingsas_"},
        "from wagtail.models import Page\n"
        "from wagtail.search.backends import get_search_backend\n"
        "backend = get_search_backend()\n"
        "print(json.dumps([type(backend).__name__, backend.get_index_for_model(Page).name,"
        " backend.hosts[0]['host']]))",
    )
    assert configured == [
        "OpenSearch2SearchBackend",
        "alingsas_wagtailcore_page",
        "search.internal",
    ]


def test_cdn_switches_configure_wagtails_frontend_cache_backends():
    configured = run_with(
        {
            "FRONTEND_CACHE_PURGE_URL": "http://varnish.internal:6081",
            "CLOUDFLARE_ZONE_ID": "zone-1",
            "CLOUDFLARE_API_TOKEN": "token-1",
            "CLOUDFRONT_DISTRIBUTION_ID": "E2EXAMPLE",
        },
        "from wagtail.contrib.frontend_cache.utils import get_backends\n"
        "print(json.dumps({k: type(v).__name__ for k, v in get_backends().items()}))",
    )
    assert configured == {
        "purge_url": "HTTPBackend",
        "cloudflare": "CloudflareBackend",
        "cloudfront": "CloudfrontBackend",
    }


class PurgeRecorder(BaseHTTPRequestHandler):
    received = []

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_publishing_a_page_purges_it_from_the_proxy(homes):
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    PurgeRecorder.received.clear()
    backend = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": f"http://127.0.0.1:{server.server_port}",
    }
    try:
        with override_settings(WAGTAILFRONTENDCACHE={"purge_url": backend}):
            page = ContentPageFactory(parent=homes["sv"], title="Om oss", slug="om-oss")
            page.save_revision().publish()
    finally:
        server.shutdown()
        server.server_close()
    assert any(path.endswith("/om-oss/") for _host, path in PurgeRecorder.received)


def test_email_host_sends_mail_through_that_smtp_server():
    controller_module = pytest.importorskip("aiosmtpd.controller")
    handler_module = pytest.importorskip("aiosmtpd.handlers")
    inbox = []

    class Inbox(handler_module.Message):
        def handle_message(self, message):
            inbox.append(message)

    port = free_port()
    controller = controller_module.Controller(Inbox(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        backend = run_with(
            {
                "EMAIL_HOST": "127.0.0.1",
                "EMAIL_PORT": str(port),
                "DEFAULT_FROM_EMAIL": "portal@alingsas.se",
            },
            "from django.conf import settings\n"
            "from django.core.mail import send_mail\n"
            "send_mail('Granskning väntar', 'En sida väntar på granskning.', None,"
            " ['moderator@lviv.ua'])\n"
            "print(json.dumps(settings.EMAIL_BACKEND))",
        )
    finally:
        controller.stop()
    assert backend == "django.core.mail.backends.smtp.EmailBackend"
    assert [(m["From"], m["To"], str(make_header(decode_header(m["Subject"])))) for m in inbox] == [
        ("portal@alingsas.se", "moderator@lviv.ua", "Granskning väntar")
    ]


@pytest.mark.parametrize(
    ("env", "translator"),
    [
        ({"DEEPL_AUTH_KEY": "key:fx"}, "DeepLTranslator"),
        ({"LIBRETRANSLATE_URL": "https://translate.example.org/"}, "LibreTranslator"),
    ],
)
def test_machine_translation_switches(env, translator):
    configured = run_with(
        env,
        "from wagtail_localize.machine_translators import get_machine_translator\n"
        "print(json.dumps(type(get_machine_translator()).__name__))",
    )
    assert configured == translator


def test_health_probes_answer(client, db):
    assert client.get("/healthz").content.strip() == b"ok"
    ready = client.get("/readyz")
    assert (ready.status_code, ready.content.strip()) == (200, b"ok")
    assert "no-store" in ready["Cache-Control"]


def test_readyz_fails_while_the_cache_is_down(client, db):
    unreachable = f"redis://127.0.0.1:{free_port()}/0"
    caches = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": unreachable}}
    # Middleware that reads the cache may fail before the view does: either way not 200.
    client.raise_request_exception = False
    with override_settings(CACHES=caches):
        ready = client.get("/readyz")
    assert ready.status_code in (500, 503)
    assert ready.status_code == 500 or b"cache" in ready.content


def test_check_migrations_flags_what_the_running_release_cannot_survive():
    class Migration(migrations.Migration):
        operations = [
            migrations.RemoveField("newspage", "intro"),
            migrations.AddField("newspage", "summary", models.TextField(default="")),
            migrations.AddField("newspage", "note", models.TextField(null=True)),
            migrations.AddField("newspage", "flag", models.BooleanField(db_default=False)),
        ]

    found = unsafe_operations(Migration("0099_example", "news"))
    assert found == [
        "Remove field intro from newspage",
        "Add field summary to newspage (NOT NULL without db_default)",
    ]
    Migration.deploy_safe = True
    assert unsafe_operations(Migration("0099_example", "news")) == []


def test_check_migrations_passes_when_everything_is_applied(db, capsys):
    call_command("check_migrations")
    assert "0 unapplied migration(s), none destructive." in capsys.readouterr().out


def test_check_migrations_refuses_a_destructive_unapplied_migration(db, monkeypatch):
    from django.db.migrations.executor import MigrationExecutor

    class Migration(migrations.Migration):
        operations = [migrations.DeleteModel("newspage")]

    monkeypatch.setattr(
        MigrationExecutor,
        "migration_plan",
        lambda self, targets: [(Migration("0099_drop", "news"), False)],
    )
    with pytest.raises(CommandError, match="news.0099_drop: Delete model newspage"):
        call_command("check_migrations")
