"""Security headers, cookies, health checks, cache outages, login lockout and enumeration."""

import re

import pytest
from django.contrib.auth import password_validation
from django.contrib.auth.models import User
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import override_settings

# A port nothing listens on: a real Redis outage, as the site would see it.
DEAD_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/5",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
    },
    "content": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/5",
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
    },
}
PUBLIC_PATHS = ["/sv/", "/uk/", "/en/", "/sv/sok/?q=Lviv", "/sv/finns-inte/", "/"]


@pytest.fixture
def editor(db):
    return User.objects.create_superuser("redaktor", "redaktor@example.org", "rätt-lösenord-12")


def test_public_pages_send_the_security_headers(client, homes):
    response = client.get("/sv/")
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def directives(header):
    return dict(
        (part.split(" ", 1) + [""])[:2] for part in (p.strip() for p in header.split(";")) if part
    )


def test_only_the_admin_allows_inline_styles_and_scripts_and_never_eval(client, editor):
    public = directives(client.get("/sv/")["Content-Security-Policy"])
    assert public["script-src"] == "'self'"
    assert public["style-src"] == "'self'"

    client.force_login(editor)
    admin = directives(client.get("/admin/")["Content-Security-Policy"])
    assert admin["style-src"] == "'self' 'unsafe-inline'"
    assert admin["script-src"] == "'self' 'unsafe-inline'"  # Wagtail's date pickers
    assert admin["frame-ancestors"] == "'self'"
    assert "'unsafe-eval'" not in " ".join(admin.values())


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_anonymous_visitors_get_no_cookies(client, homes, path):
    response = client.get(path, follow=True)
    assert response.status_code in (200, 404)
    assert not response.cookies, f"{path} set {list(response.cookies)}"


def test_healthz_and_readyz_answer_when_all_is_well(client, db):
    assert client.get("/healthz").content == b"ok\n"
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert "no-cache" in ready["Cache-Control"]


@override_settings(CACHES=DEAD_REDIS, PAGE_CACHE=True)
def test_a_redis_outage_makes_readyz_fail_but_pages_still_render(client, homes):
    ready = client.get("/readyz")
    assert ready.status_code == 503
    assert b"cache" in ready.content
    page = client.get("/sv/")
    assert page.status_code == 200
    assert "Startsida" in page.content.decode()


def test_passwords_shorter_than_twelve_characters_are_refused():
    with pytest.raises(ValidationError):
        password_validation.validate_password("Kort-ord-11")
    password_validation.validate_password("en-lång-och-ovanlig-fras")


def login(client, username, password):
    return client.post("/admin/login/", {"username": username, "password": password})


def test_the_admin_login_locks_after_five_failures_even_with_the_right_password(client, editor):
    for _attempt in range(4):
        assert login(client, "redaktor", "fel-lösenord").status_code == 200
    assert login(client, "redaktor", "fel-lösenord").status_code == 429  # the fifth locks
    locked = login(client, "redaktor", "rätt-lösenord-12")
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # still sent to the login page


def test_a_lockout_is_per_user_and_address_so_others_can_still_log_in(client, editor):
    User.objects.create_superuser("annan", "annan@example.org", "annat-lösenord-12")
    for _attempt in range(5):
        login(client, "redaktor", "fel-lösenord")
    assert login(client, "annan", "annat-lösenord-12").status_code == 302


def test_a_wrong_password_and_an_unknown_user_look_the_same(client, editor):
    wrong_password = login(client, "redaktor", "fel-lösenord").content.decode()
    unknown_user = login(client, "finns-inte", "fel-lösenord").content.decode()

    # The same page apart from the name typed back into the form and the CSRF token.
    def page(html, name):
        return re.sub(r"[A-Za-z0-9]{64}", "TOKEN", html.replace(name, "NAME"))

    assert page(wrong_password, "redaktor") == page(unknown_user, "finns-inte")


def test_password_reset_does_not_reveal_which_addresses_have_accounts(client, editor):
    known = client.post("/admin/password_reset/", {"email": "redaktor@example.org"})
    unknown = client.post("/admin/password_reset/", {"email": "ingen@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("method", ["get", "head", "options"])
@pytest.mark.parametrize("path", ["/admin/logout/", "/accounts/logout/"])
def test_only_a_post_logs_out(client, editor, method, path):
    """A link or an image anywhere on the web that points at the logout must not sign editors
    out; the admin's logout answered 405 to a GET but deleted the session cookie anyway."""
    client.force_login(editor)
    getattr(client, method)(path)
    assert client.get("/admin/").status_code == 200
    client.post(path)
    assert client.get("/admin/").status_code == 302
