"""The sign-in pages (allauth, django-axes) under production settings: in the portal's design, in
the editor's language, without a way to sign up, and an authenticator set up in one step."""

import re

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth.models import User
from django.test import Client
from django.utils import translation

from tests.test_two_factor import PASSWORD, totp_code

LANGUAGES = ["sv", "uk", "en"]
KEEP_CODES = (
    "Keep these codes somewhere safe, apart from your phone: printed, or in a password manager. "
    "If you lose your phone, each code signs you in once instead of a code from the app."
)
TRY_AGAIN = "Try again in an hour, or contact your administrator if you need to sign in sooner."


@pytest.fixture(autouse=True)
def require_2fa(settings, homes):
    settings.PORTAL_REQUIRE_2FA = True


@pytest.fixture
def editor(db):
    return User.objects.create_superuser("redaktor", "redaktor@example.org", PASSWORD)


@pytest.fixture
def secret(editor):
    value = generate_totp_secret()
    TOTP.activate(editor, value)
    return value


def browser(language):
    """A browser whose language preference is `language`, and nothing else chosen."""
    return Client(HTTP_ACCEPT_LANGUAGE=language)


def log_in(client):
    return client.post("/accounts/login/", {"login": "redaktor", "password": PASSWORD})


def enrol(client):
    """Logs in and sets up an authenticator app, as a new editor does; the app's secret."""
    log_in(client)
    page = client.get("/accounts/2fa/totp/activate/")
    secret = page.context["form"].secret
    client.post("/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    return secret


def signed_in(client, secret):
    log_in(client)
    client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})


def in_language(language, message):
    with translation.override(language):
        return translation.gettext(message)


def assert_portal_page(response, language, heading):
    """The portal's header, stylesheet and footer, in `language`, with no way to sign up."""
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert 'class="site-header"' in html
    assert "/static/css/portal.css" in html
    assert 'class="site-footer"' in html
    assert re.search(r"<h1[^>]*>\s*" + re.escape(in_language(language, heading)), html), heading
    assert not re.search(r"sign.?up|/signup/", html, re.IGNORECASE)
    # The public policy allows no inline style or script.
    assert "style=" not in html
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)


def password_reset_link(client, mailoutbox):
    client.post("/accounts/password/reset/", {"email": "redaktor@example.org"})
    return re.search(r"https?://[^/\s]+(/accounts/password/reset/key/\S+/)", mailoutbox[-1].body)[1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_login_is_a_portal_page_in_the_readers_language(language):
    response = browser(language).get("/accounts/login/")
    assert response.status_code == 200
    assert_portal_page(response, language, "Sign In")
    assert "<label" in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_code_step_is_a_portal_page(secret, language):
    client = browser(language)
    log_in(client)
    response = client.get("/accounts/2fa/authenticate/")
    assert response.status_code == 200
    assert_portal_page(response, language, "Two-Factor Authentication")


@pytest.mark.parametrize("language", LANGUAGES)
def test_confirm_access_is_a_portal_page(secret, language):
    client = browser(language)
    signed_in(client, secret)
    response = client.get("/accounts/reauthenticate/")
    assert response.status_code == 200
    assert_portal_page(response, language, "Confirm Access")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_authenticator_set_up_is_a_portal_page_with_the_qr_code_and_secret(editor, language):
    client = browser(language)
    log_in(client)
    response = client.get("/accounts/2fa/totp/activate/")
    assert response.status_code == 200
    assert_portal_page(response, language, "Activate Authenticator App")
    html = response.content.decode()
    assert 'src="data:image/svg+xml;base64,' in html
    assert response.context["form"].secret in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_recovery_codes_are_portal_pages(editor, language):
    client = browser(language)
    enrol(client)
    for path in ("/accounts/2fa/recovery-codes/", "/accounts/2fa/recovery-codes/generate/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert_portal_page(response, language, "Recovery Codes")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sign_out_confirmation_is_a_portal_page(secret, language):
    client = browser(language)
    signed_in(client, secret)
    response = client.get("/accounts/logout/")
    assert response.status_code == 200
    assert_portal_page(response, language, "Sign Out")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_password_reset_pages_are_portal_pages(editor, language, mailoutbox):
    client = browser(language)
    request = client.get("/accounts/password/reset/")
    assert_portal_page(request, language, "Password Reset")
    done = client.post("/accounts/password/reset/", {"email": "redaktor@example.org"}, follow=True)
    assert done.redirect_chain[-1][0] == "/accounts/password/reset/done/"
    assert_portal_page(done, language, "Password Reset")

    form = client.get(password_reset_link(client, mailoutbox), follow=True)
    assert form.status_code == 200
    assert_portal_page(form, language, "Change Password")
    new_password = "ett-helt-nytt-lösenord"
    changed = client.post(
        form.redirect_chain[-1][0],
        {"password1": new_password, "password2": new_password},
        follow=True,
    )
    assert changed.redirect_chain[-1][0] == "/accounts/password/reset/key/done/"
    assert_portal_page(changed, language, "Change Password")

    used = client.get("/accounts/password/reset/key/1-used-up/")
    assert used.status_code == 200
    assert_portal_page(used, language, "Bad Token")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_lockout_is_a_portal_page_that_says_when_to_try_again(secret, language):
    client = browser(language)
    for _attempt in range(5):
        locked = client.post("/accounts/login/", {"login": "redaktor", "password": "fel"})
    assert locked.status_code == 429
    assert_portal_page(locked, language, "Too many failed attempts to sign in")
    assert in_language(language, TRY_AGAIN) in locked.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_allauths_rate_limit_is_the_same_portal_page(editor, language, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login": "1/m/ip"}
    client = browser(language)
    client.post("/accounts/login/", {"login": "redaktor", "password": "fel"})
    limited = client.post("/accounts/login/", {"login": "redaktor", "password": PASSWORD})
    assert limited.status_code == 429
    assert_portal_page(limited, language, "Too many failed attempts to sign in")
    assert "_auth_user_id" not in client.session


def test_the_chosen_language_is_kept_for_the_next_sign_in_page():
    client = browser("sv")
    login = client.get("/accounts/login/?next=/admin/pages/")
    assert 'lang="sv"' in login.content.decode()
    # The switcher is a form of buttons, so it works without JavaScript.
    assert re.search(r'<button[^>]*name="language"[^>]*value="uk"', login.content.decode())
    chosen = client.post(
        "/accounts/language/", {"language": "uk", "next": "/accounts/login/?next=/admin/pages/"}
    )
    assert chosen.status_code == 302
    assert chosen.url == "/accounts/login/?next=/admin/pages/"
    assert_portal_page(client.get(chosen.url), "uk", "Sign In")
    assert_portal_page(client.get("/accounts/password/reset/"), "uk", "Password Reset")


def test_a_new_editor_sets_up_the_app_right_after_the_password_without_a_second_prompt(editor):
    client = browser("uk")
    assert log_in(client).url == "/admin/"
    # Straight from the login to the set-up page: no second password.
    setup = client.get("/admin/", follow=True)
    assert [url for url, _status in setup.redirect_chain] == ["/accounts/2fa/totp/activate/"]
    secret = setup.context["form"].secret

    activated = client.post(
        "/accounts/2fa/totp/activate/", {"code": totp_code(secret)}, follow=True
    )
    # Then the recovery codes, shown once and with the advice to keep them, and on to the admin.
    assert [url for url, _status in activated.redirect_chain] == ["/accounts/2fa/recovery-codes/"]
    html = activated.content.decode()
    codes = activated.context["unused_codes"]
    assert len(codes) == 10
    assert all(code in html for code in codes)
    assert in_language("uk", KEEP_CODES) in html
    assert 'href="/admin/"' in html
    assert client.get("/admin/").status_code == 200


def test_a_set_up_long_after_the_password_asks_for_it_again(editor, settings):
    """Only a session that has just proved the password skips the confirmation."""
    settings.ACCOUNT_REAUTHENTICATION_TIMEOUT = 0
    client = browser("en")
    log_in(client)
    setup = client.get("/admin/", follow=True)
    assert setup.redirect_chain[-1][0].startswith("/accounts/reauthenticate/")
    assert_portal_page(setup, "en", "Confirm Access")


def test_removing_the_authenticator_after_a_login_still_asks_for_the_password(secret):
    """The exception is for setting up the first authenticator, not for removing it."""
    client = browser("en")
    signed_in(client, secret)
    response = client.get("/accounts/2fa/totp/deactivate/")
    assert response.status_code == 302
    assert response.url.startswith("/accounts/reauthenticate/")
