"""Browser tests: the real site, served by Django from a fresh demo database, driven in Chromium.

The server runs in its own process with its own SQLite file, so the browser sees exactly what a
visitor of `make run` would see.
"""

import email
import email.policy
import os
import pathlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from django.conf import settings

from tests.fake_libretranslate import running_libretranslate

DEMO_PASSWORD = "e2e-demo-password"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(config, items):
    if shutil.which(CHROMIUM) is None:
        reason = (
            f"Chromium not found at {CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)"
        )
        if os.environ.get("CI"):
            raise pytest.UsageError(reason)
        for item in items:
            item.add_marker(pytest.mark.skip(reason=reason))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url, server, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"The test server exited with code {server.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"The test server did not answer at {url} within {timeout} s")


MANAGE = [sys.executable, str(settings.BASE_DIR / "manage.py")]


@pytest.fixture(scope="session")
def site_env(tmp_path_factory):
    """Settings of the served site: its own database, and machine translation by a local fake."""
    database = tmp_path_factory.mktemp("e2e") / "db.sqlite3"
    with running_libretranslate() as libretranslate:
        yield {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
            "DATABASE_URL": f"sqlite:///{database}",
            "MEDIA_ROOT": str(database.parent / "media"),
            "LIBRETRANSLATE_URL": libretranslate.url,
            "DEMO_PASSWORD": DEMO_PASSWORD,
            "EMAIL_FILE_PATH": str(database.parent / "mail"),
        }


@pytest.fixture
def sent_mail(site_env):
    """The mail the served site has sent so far, as parsed messages."""

    def read():
        messages = []
        for path in sorted(pathlib.Path(site_env["EMAIL_FILE_PATH"]).glob("*.log")):
            for raw in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
                if raw.strip():
                    messages.append(email.message_from_bytes(raw, policy=email.policy.default))
        return messages

    return read


@pytest.fixture(scope="session")
def site_shell(site_env):
    """Runs Python in the served site's database (to look up ids the admin URLs need)."""

    def run(code):
        result = subprocess.run(
            [*MANAGE, "shell", "-v0", "-c", code],
            env=site_env,
            check=True,
            capture_output=True,
            text=True,
        )
        return result.stdout.strip()

    return run


@pytest.fixture(scope="session")
def live_site(site_env, tmp_path_factory):
    """The demo site with its demo accounts, served on a free local port for this test run."""
    for command in (["migrate", "--noinput", "-v0"], ["load_demo_content", "--with-users"]):
        subprocess.run([*MANAGE, *command], env=site_env, check=True, capture_output=True)

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with open(tmp_path_factory.mktemp("server") / "server.log", "w") as log:
        server = subprocess.Popen(
            [*MANAGE, "runserver", "--noreload", f"127.0.0.1:{port}"],
            env=site_env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_up(f"{url}/sv/", server)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=10)


@pytest.fixture(scope="session")
def base_url(live_site):
    return live_site


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_FLAGS}
