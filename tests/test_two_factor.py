"""Two-factor login for editors (home/two_factor.py), with PORTAL_REQUIRE_2FA on."""

import base64
import hashlib
import hmac
import re
import struct
import time

import pytest
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from django.test import Client

PASSWORD = "rätt-lösenord-12"


@pytest.fixture(autouse=True)
def require_2fa(settings):
    settings.PORTAL_REQUIRE_2FA = True


@pytest.fixture
def editor(db):
    return User.objects.create_superuser("redaktor", "redaktor@example.org", PASSWORD)


@pytest.fixture
def secret(editor):
    """The editor's activated TOTP authenticator, as an authenticator app would hold it."""
    value = generate_totp_secret()
    TOTP.activate(editor, value)
    return value


def totp_code(secret, at=None):
    """The six-digit code an authenticator app shows (RFC 6238: 30-second steps, SHA-1)."""
    counter = int((time.time() if at is None else at) // 30)
    digest = hmac.new(base64.b32decode(secret), struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def log_in(client, password=PASSWORD, next_url=None):
    url = "/accounts/login/" + (f"?next={next_url}" if next_url else "")
    return client.post(url, {"login": "redaktor", "password": password})


def is_logged_in(client):
    return "_auth_user_id" in client.session


def wrong_code(secret):
    return f"{(int(totp_code(secret)) + 1) % 1_000_000:06d}"


def enter_code(client, code):
    return client.post("/accounts/2fa/authenticate/", {"code": code})


def test_an_editor_without_an_authenticator_must_set_one_up_before_the_dashboard(client, editor):
    response = log_in(client)
    assert response.status_code == 302
    assert client.get("/admin/").url == "/accounts/2fa/totp/activate/"
    assert client.get("/admin/pages/").url == "/accounts/2fa/totp/activate/"
    # Straight after the password: the secret is shown without asking for the password again.
    setup = client.get("/admin/", follow=True)
    assert setup.redirect_chain[-1][0] == "/accounts/2fa/totp/activate/"
    assert setup.status_code == 200


def test_an_editor_sets_up_totp_and_then_reaches_the_dashboard(client, editor):
    log_in(client)
    page = client.get("/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    app_secret = page.context["form"].secret
    response = client.post("/accounts/2fa/totp/activate/", {"code": totp_code(app_secret)})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_an_editor_with_totp_logs_in_only_after_a_valid_code(client, secret):
    response = log_in(client)
    assert response.url == "/accounts/2fa/authenticate/"
    assert not is_logged_in(client)
    assert client.get("/admin/").status_code == 302

    response = client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert is_logged_in(client)
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_does_not_log_in(client, secret):
    log_in(client)
    wrong = wrong_code(secret)
    stale = totp_code(secret, at=time.time() - 3600)
    for code in (wrong, stale):
        response = client.post("/accounts/2fa/authenticate/", {"code": code})
        assert response.status_code == 200
        assert response.context["form"].errors["code"]
        assert 'class="errorlist' in response.content.decode()
    assert not is_logged_in(client)


def test_a_recovery_code_works_once(client, editor, secret):
    code = RecoveryCodes.activate(editor).get_unused_codes()[0]
    log_in(client)
    assert client.post("/accounts/2fa/authenticate/", {"code": code}).status_code == 302
    assert is_logged_in(client)

    client.logout()
    log_in(client)
    response = client.post("/accounts/2fa/authenticate/", {"code": code})
    assert response.status_code == 200
    assert not is_logged_in(client)


def test_wagtails_own_login_is_no_way_around_the_second_factor(client, secret):
    response = client.post("/admin/login/", {"username": "redaktor", "password": PASSWORD})
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")
    assert not is_logged_in(client)
    assert client.get("/admin/").status_code == 302
    # The admin's redirect for a signed-out visitor ends at the login with the second factor.
    assert client.get("/admin/", follow=True).redirect_chain[-1][0].startswith("/accounts/login/")


def test_the_admin_password_reset_does_not_log_in(client, secret):
    response = client.post("/admin/password_reset/", {"email": "redaktor@example.org"})
    assert response.status_code == 302
    assert not is_logged_in(client)


@pytest.mark.parametrize("next_url", ["https://evil.example/", "//evil.example/"])
def test_next_never_leads_off_the_site(client, secret, next_url):
    login_page = client.get(f"/admin/login/?next={next_url}")
    assert "evil" not in login_page.url
    log_in(client, next_url=next_url)
    response = client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert response.url.startswith("/")
    assert not response.url.startswith("//")


def test_next_within_the_site_is_kept(client, secret):
    assert client.get("/admin/login/?next=/admin/pages/").url == (
        "/accounts/login/?next=%2Fadmin%2Fpages%2F"
    )
    log_in(client, next_url="/admin/pages/")
    response = client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert response.url == "/admin/pages/"


def test_the_login_locks_after_five_failures_even_with_the_right_password(client, secret):
    for _attempt in range(4):
        assert log_in(client, password="fel-lösenord").status_code == 200
    assert log_in(client, password="fel-lösenord").status_code == 429  # the fifth locks
    assert AccessAttempt.objects.filter(username="redaktor").exists()
    locked = log_in(client)
    assert locked.status_code == 429
    assert not is_logged_in(client)
    assert client.get("/accounts/2fa/authenticate/").status_code != 200


def test_the_admin_login_path_locks_too_when_2fa_is_off(client, editor, settings):
    settings.PORTAL_REQUIRE_2FA = False
    for _attempt in range(5):
        client.post("/admin/login/", {"username": "redaktor", "password": "fel-lösenord"})
    locked = client.post("/admin/login/", {"username": "redaktor", "password": PASSWORD})
    assert locked.status_code == 429
    assert not is_logged_in(client)
    # The lockout counts for the other login as well: it is per user name and address.
    assert log_in(client).status_code == 429


@pytest.mark.parametrize("language", ["sv", "uk", "en"])
def test_wagtails_front_end_login_leads_to_the_login_with_the_second_factor(
    client, secret, language
):
    response = client.post(
        f"/{language}/_util/login/?next=/admin/",
        {"username": "redaktor", "password": PASSWORD},
    )
    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=%2Fadmin%2F"
    assert not is_logged_in(client)
    assert client.get("/admin/").status_code == 302


def test_a_session_without_the_second_factor_never_reaches_the_admin(client, editor, secret):
    """Whatever route logged the editor in with the password alone (an old login view, a
    password reset that logs in), the session has not passed the second factor: it is signed
    out and sent to the login with the code."""
    client.force_login(editor)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")
    assert not is_logged_in(client)
    assert client.get("/admin/").status_code == 302


def test_a_half_finished_login_is_not_an_admin_session(client, secret):
    """The password step alone records a password login in the session, not the second factor."""
    log_in(client)
    assert client.get("/admin/").status_code == 302
    assert not is_logged_in(client)


def test_the_second_factor_counts_for_the_session_it_was_given_in(client, editor, secret):
    log_in(client)
    client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert client.get("/admin/").status_code == 200
    other = type(client)()
    other.force_login(editor)
    assert other.get("/admin/").status_code == 302


def test_a_private_page_for_signed_in_users_needs_the_second_factor_too(
    client, editor, secret, homes
):
    from wagtail.models import PageViewRestriction

    from tests.factories import ContentPageFactory

    page = ContentPageFactory(parent=homes["sv"], title="Bara för inloggade", slug="intern")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(editor)
    response = client.get(page.url)
    assert response.status_code == 302
    assert response.url.startswith("/sv/_util/login/")
    assert not is_logged_in(client)

    client.logout()
    log_in(client)
    client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert client.get(page.url).status_code == 200


def test_a_password_reset_by_email_ends_at_the_login_with_the_second_factor(
    client, secret, mailoutbox
):
    client.post("/accounts/password/reset/", {"email": "redaktor@example.org"})
    link = re.search(r"https?://[^/\s]+(/accounts/password/reset/key/\S+/)", mailoutbox[0].body)
    form = client.get(link[1], follow=True)
    new_password = "ett-helt-nytt-lösenord"
    client.post(form.redirect_chain[-1][0], {"password1": new_password, "password2": new_password})
    assert not is_logged_in(client)
    assert client.get("/admin/").status_code == 302

    response = log_in(client, password=new_password)
    assert response.url == "/accounts/2fa/authenticate/"
    client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert client.get("/admin/").status_code == 200


def test_wrong_codes_count_as_failed_logins_for_the_lockout(client, secret):
    log_in(client)
    for _attempt in range(4):
        assert enter_code(client, wrong_code(secret)).status_code == 200
    assert enter_code(client, wrong_code(secret)).status_code == 429  # the fifth locks
    assert AccessAttempt.objects.get(username="redaktor").failures_since_start == 5
    # Locked for this user name and address: the right code no longer gets in, nor the password.
    assert enter_code(client, totp_code(secret)).status_code != 302
    assert not is_logged_in(client)
    assert log_in(Client()).status_code == 429


def test_guessing_codes_from_many_addresses_is_limited_per_user(secret, settings):
    """One wrong code from each of many addresses: no address reaches a limit of its own."""
    settings.TRUSTED_PROXY_COUNT = 1

    def past_the_password(address):
        browser = Client(REMOTE_ADDR="172.18.0.3", HTTP_X_FORWARDED_FOR=address)
        assert log_in(browser).url == "/accounts/2fa/authenticate/"
        return browser

    for number in range(10):
        browser = past_the_password(f"198.51.100.{number + 1}")
        assert enter_code(browser, wrong_code(secret)).context["form"].errors["code"]

    browser = past_the_password("203.0.113.1")
    refused = enter_code(browser, totp_code(secret))
    assert refused.status_code == 200
    assert refused.context["form"].errors["code"]
    assert not is_logged_in(browser)
