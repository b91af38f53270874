"""wagtail/bakerydemo, set up beside the portal for `make bench` by its own README's steps.

The checkout named by BAKERYDEMO_DIR is kept outside this repository. Its virtual environment
lives in the benchmark's ignored work folder and holds bakerydemo's requirements with Django and
Wagtail pinned to the versions the portal runs on, plus the PostgreSQL driver and WhiteNoise its
production settings use and gunicorn at the portal's version. It runs on its own PostgreSQL
database with its production settings: DEBUG off, no Redis (no cache but Django's in-memory one).
A second database may hold it with thousands of pages more, made by its create_random_data.
"""

import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

REQUIREMENTS = "requirements/base.txt"
# bakerydemo's production settings need these; its production.txt names the versions.
PRODUCTION_PACKAGES = ("psycopg", "whitenoise")
PINNED = ("django", "wagtail")


def requirement_name(line):
    for separator in "[<>=!~ ;":
        line = line.split(separator, 1)[0]
    return line.strip().lower()


def requirements(checkout):
    """bakerydemo's base requirements with Django and Wagtail at the portal's versions."""
    base = (checkout / REQUIREMENTS).read_text().splitlines()
    production = (checkout / "requirements/production.txt").read_text().splitlines()
    lines = [line for line in base if line.strip() and not line.startswith(("#", "-r"))]
    lines = [line for line in lines if requirement_name(line) not in PINNED]
    lines += [line for line in production if requirement_name(line) in PRODUCTION_PACKAGES]
    lines += [f"{name}=={version(name)}" for name in (*PINNED, "gunicorn")]
    return "\n".join(lines) + "\n"


class Bakerydemo:
    def __init__(self, checkout, work, database_url, python):
        self.checkout = Path(checkout).resolve()
        self.venv = work / "bakerydemo-venv"
        self.database_url = database_url
        self.python = python

    @property
    def bin(self):
        return self.venv / "bin"

    def environment(self):
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "REDIS_URL")
        }
        return {
            **env,
            "DJANGO_SETTINGS_MODULE": "bakerydemo.settings.production",
            "DATABASE_URL": self.database_url,
            "DJANGO_SECRET_KEY": "benchmark-only-not-secret",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "PRIMARY_HOST": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "DJANGO_LOG_LEVEL": "WARNING",
        }

    def run(self, *command, capture=False):
        result = subprocess.run(
            command,
            cwd=self.checkout,
            env=self.environment(),
            check=True,
            stdout=subprocess.PIPE if capture else sys.stderr,
            text=True,
        )
        return result.stdout if capture else ""

    def manage(self, *args, capture=False):
        return self.run(str(self.bin / "python"), "manage.py", *args, capture=capture)

    def install(self):
        """A venv with the pinned requirements; kept while they stay the same."""
        wanted = requirements(self.checkout)
        recorded = self.venv / "bench-requirements.txt"
        if recorded.exists() and recorded.read_text() == wanted:
            return
        subprocess.run([self.python, "-m", "venv", "--clear", str(self.venv)], check=True)
        recorded.write_text(wanted)
        subprocess.run(
            [str(self.bin / "pip"), "install", "--quiet", "-r", str(recorded)], check=True
        )

    def copy_examples(self):
        """The README's `cp` of the example local settings, where they are missing."""
        for example, target in (
            ("bakerydemo/settings/local.py.example", "bakerydemo/settings/local.py"),
            (".env.example", ".env"),
        ):
            if (self.checkout / example).exists() and not (self.checkout / target).exists():
                (self.checkout / target).write_text((self.checkout / example).read_text())

    def count(self, model):
        output = self.manage(
            "shell",
            "-c",
            f"from django.apps import apps; print(apps.get_model('{model}').objects.count())",
            capture=True,
        )
        return int(output.strip().splitlines()[-1])

    def set_up(self, random_pages=0):
        """Install, migrate, load the initial data once, collect the static files.

        With `random_pages`, bakerydemo's own create_random_data adds that many pages of each
        kind (blog posts among them) once, for an admin with as many pages as a busy site.
        """
        self.install()
        self.copy_examples()
        self.manage("migrate", "--verbosity=0")
        if self.count("wagtailcore.Page") <= 2:  # Wagtail's root and welcome page only
            self.manage("load_initial_data")
        if random_pages and self.count("blog.BlogPage") < random_pages:
            self.manage("create_random_data", str(random_pages), "0", "0")
        self.manage("collectstatic", "--noinput", "--verbosity=0")

    def probe(self, script):
        return self.run(str(self.bin / "python"), str(script), "bakerydemo", capture=True)

    def server_command(self, gunicorn_args):
        return [str(self.bin / "gunicorn"), *gunicorn_args, "bakerydemo.wsgi:application"]
