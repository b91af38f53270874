"""The production image's files, checked without a Docker engine (`make check-deploy-files`).

The compose file is parsed and every service must name an image or a build, a health check and
its volumes; the Dockerfile is linted with hadolint and must build in stages, collect static
files and run as a non-root user; and the image's entry point and gunicorn config are run for
real, outside a container, against the PostgreSQL server.
"""

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent.parent
BIN = Path(sys.executable).parent
POSTGRES_URL = os.environ.get("POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
DATABASE = "deploy_check"


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_every_service_has_an_image_a_health_check_and_volumes(compose):
    declared = set(compose["volumes"])
    for name, service in compose["services"].items():
        assert "image" in service or "build" in service, name
        assert service["healthcheck"]["test"], name
        volumes = service.get("volumes", [])
        assert volumes or name == "redis", name
        named = {volume.split(":")[0] for volume in volumes if not volume.startswith(".")}
        assert named <= declared, f"{name} mounts undeclared volumes {named - declared}"
    # Data and uploads survive a rebuild.
    assert {"postgres_data", "media"} <= declared


def test_redis_runs_as_a_cache_with_no_persistence_and_a_memory_limit(compose):
    """A restart must not bring back pages cached before a publish, and eviction must apply."""
    redis = compose["services"]["redis"]
    command = redis["command"]
    assert "volumes" not in redis
    assert command[command.index("--save") + 1] == ""
    assert command[command.index("--appendonly") + 1] == "no"
    assert command[command.index("--maxmemory") + 1]
    assert command[command.index("--maxmemory-policy") + 1] == "allkeys-lru"


def test_the_portal_waits_for_its_services_and_reports_readiness(compose):
    portal = compose["services"]["portal"]
    assert "/readyz" in portal["healthcheck"]["test"]
    assert portal["volumes"] == ["media:/app/media"]
    for service in ("postgres", "redis"):
        assert portal["depends_on"][service]["condition"] == "service_healthy"
    # OpenSearch is optional: only under its profile, and the portal starts without it.
    assert compose["services"]["opensearch"]["profiles"] == ["search"]
    assert portal["depends_on"]["opensearch"]["required"] is False


def test_the_portal_counts_the_proxy_in_front_of_it(compose):
    """Caddy is the one proxy between visitors and the portal: the client is the address it adds
    to X-Forwarded-For, not Caddy's own (one visitor would lock everyone out)."""
    assert "reverse_proxy portal:8000" in (ROOT / "deploy" / "Caddyfile").read_text()
    environment = compose["services"]["portal"]["environment"]
    assert environment["TRUSTED_PROXY_COUNT"] == "${TRUSTED_PROXY_COUNT:-1}"


def test_dockerfile_builds_in_stages_collects_static_and_runs_unprivileged():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert len(re.findall(r"^FROM ", dockerfile, re.M)) == 2
    assert "manage.py collectstatic --noinput" in dockerfile
    last_stage = dockerfile.rsplit("\nFROM ", 1)[1]
    user = re.findall(r"^USER (\S+)", last_stage, re.M)
    assert user and user[-1].split(":")[0] not in {"root", "0"}
    assert 'ENTRYPOINT ["deploy/entrypoint.sh"]' in last_stage
    assert "deploy/healthcheck.py" in last_stage


def test_dockerfile_passes_hadolint():
    hadolint = shutil.which("hadolint", path=str(BIN)) or shutil.which("hadolint")
    if hadolint is None:
        pytest.skip("hadolint is not installed (it comes with the dev dependencies)")
    result = subprocess.run(
        [hadolint, "--no-color", "Dockerfile"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def gunicorn_settings(**env):
    """The values `deploy/gunicorn.conf.py` sets, read in a fresh Python under `env`."""
    code = "import json, runpy; s = runpy.run_path('deploy/gunicorn.conf.py'); " + (
        "print(json.dumps({k: v for k, v in s.items() if k.startswith('max_requests')}))"
    )
    environment = {"PATH": os.environ["PATH"], **env}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, check=True
    )
    return json.loads(result.stdout)


def test_workers_are_not_restarted_under_load_unless_asked():
    """Replacing a worker is a cold start; at 1,000 requests each, two busy workers spent a
    third of their time restarting. An operator may turn it on against a leak."""
    assert gunicorn_settings() == {"max_requests": 0, "max_requests_jitter": 0}
    asked = gunicorn_settings(GUNICORN_MAX_REQUESTS="200000")
    assert asked == {"max_requests": 200_000, "max_requests_jitter": 20_000}


def psql(command):
    subprocess.run(
        ["psql", POSTGRES_URL, "-v", "ON_ERROR_STOP=1", "-qc", command],
        check=True,
        capture_output=True,
    )


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def environment(tmp_path_factory):
    """A production environment on a fresh database of the PostgreSQL server."""
    if shutil.which("psql") is None:
        pytest.skip("psql is not installed, so no PostgreSQL server to run against")
    try:
        psql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        psql(f"CREATE DATABASE {DATABASE}")
    except subprocess.CalledProcessError as error:
        pytest.skip(f"PostgreSQL at {POSTGRES_URL} is not reachable: {error.stderr.decode()}")
    static_root = tmp_path_factory.mktemp("static")
    env = {
        "PATH": f"{BIN}:{os.environ['PATH']}",
        "PYTHON": sys.executable,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "deploy-check-not-secret",
        "ALLOWED_HOSTS": "portal.example.org",
        "DATABASE_URL": POSTGRES_URL.rsplit("/", 1)[0] + f"/{DATABASE}",
        "REDIS_URL": os.environ.get("DEPLOY_TEST_REDIS_URL", "redis://127.0.0.1:6379/7"),
        "STATIC_ROOT": str(static_root),
        "MEDIA_ROOT": str(tmp_path_factory.mktemp("media")),
        "GUNICORN_BIND": f"127.0.0.1:{free_port()}",
        "WEB_CONCURRENCY": "2",
    }
    # As the Dockerfile does at build time.
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    yield env
    psql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")


def test_release_then_serve_brings_up_a_ready_site(environment, tmp_path):
    release = subprocess.run(
        ["deploy/entrypoint.sh", "release"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert release.returncode == 0, release.stderr
    assert "on an empty database" in release.stdout

    log = tmp_path / "gunicorn.log"
    with log.open("w") as log_file:
        server = subprocess.Popen(
            ["deploy/entrypoint.sh"], cwd=ROOT, env=environment, stderr=log_file
        )
    try:
        healthcheck = [sys.executable, "deploy/healthcheck.py", "/readyz"]
        for _attempt in range(120):
            if subprocess.run(healthcheck, cwd=ROOT, env=environment).returncode == 0:
                break
            assert server.poll() is None, log.read_text()
            time.sleep(0.5)
        else:
            pytest.fail("gunicorn never became ready")
        request = urllib.request.Request(
            f"http://{environment['GUNICORN_BIND']}/admin/password_reset/",
            headers={"Host": "portal.example.org", "X-Forwarded-Proto": "https"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            page = response.read().decode()
        # An admin page renders with the collected, hashed static files (the password reset:
        # with two-factor login on, signing in goes through /accounts/login/ instead).
        assert response.status == 200
        assert re.search(r"/static/wagtailadmin/css/core\.[0-9a-f]{12}\.css", page)
    finally:
        server.terminate()
        server.wait(timeout=60)
    # gunicorn stopped cleanly and started the two workers WEB_CONCURRENCY asked for.
    assert server.returncode == 0
    assert log.read_text().count("Booting worker with pid") == 2
