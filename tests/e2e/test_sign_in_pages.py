"""The sign-in pages as an editor meets them under production settings (two-factor login on):
axe finds nothing on the login, the code step, the authenticator set-up, the recovery codes and
the lockout, in each language, and nothing breaks the public Content-Security-Policy.

The demo server of conftest.py runs without two-factor login (the admin tests log in with the
password alone), so these pages are served by a second server on the same database, with
PORTAL_REQUIRE_2FA set for it only. Screenshots of each page go to test-artifacts/.
"""

import re
import subprocess

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.e2e.conftest import DEMO_PASSWORD, MANAGE, free_port, wait_until_up
from tests.e2e.test_public_design import SCREENSHOTS
from tests.test_two_factor import totp_code

LANGUAGES = ["sv", "uk", "en"]
HEADINGS = {
    "login": {"sv": "Logga in", "uk": "Увійти", "en": "Sign In"},
    "code": {"sv": "Tvåfaktorsautentisering", "uk": "Двофакторна", "en": "Two-Factor"},
    "set-up": {"sv": "Aktivera autentiseringsapp", "uk": "Увімкнути", "en": "Activate"},
}

EDITORS = """
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import User
for language in ("sv", "uk", "en"):
    for name in (f"signin-new-{language}", f"signin-app-{language}"):
        User.objects.filter(username=name).delete()
        User.objects.create_superuser(name, f"{name}@example.org", "{password}")
    TOTP.activate(User.objects.get(username=f"signin-app-{language}"), "{secret}")
"""
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


@pytest.fixture(scope="module")
def sign_in_site(live_site, site_env, site_shell, tmp_path_factory):
    """The demo site with two-factor login required, and editors with and without an app."""
    site_shell(EDITORS.replace("{password}", DEMO_PASSWORD).replace("{secret}", SECRET))
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with open(tmp_path_factory.mktemp("sign-in") / "server.log", "w") as log:
        server = subprocess.Popen(
            [*MANAGE, "runserver", "--noreload", f"127.0.0.1:{port}"],
            # Two failures lock: the lockouts of all languages stay below allauth's own limit on
            # failed logins from one address (10 a minute), which answers differently.
            env={**site_env, "PORTAL_REQUIRE_2FA": "true", "AXES_FAILURE_LIMIT": "2"},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_up(f"{url}/accounts/login/", server)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=10)


@pytest.fixture
def visit(browser, sign_in_site):
    """A fresh browser whose preferred language is the given one; CSP violations are recorded."""
    contexts = []
    blocked = []

    def open_page(language):
        context = browser.new_context(base_url=sign_in_site, locale=language)
        contexts.append(context)
        page = context.new_page()
        page.on(
            "console",
            lambda message: (
                "Content Security Policy" in message.text and blocked.append(message.text)
            ),
        )
        return page

    yield open_page
    for context in contexts:
        context.close()
    assert not blocked, blocked


def check(page, name, language, problems):
    """axe on the page as shown, a screenshot, and the page's language."""
    assert page.get_attribute("html", "lang") == language
    assert page.locator(".site-header").is_visible()
    assert not page.get_by_text(re.compile("sign.?up", re.IGNORECASE)).count()
    results = Axe().run(page)
    if results.violations_count:
        problems.append(f"{name} ({language}, {page.url}):\n{results.generate_report()}")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"sign-in-{language}-{name}.png", full_page=True)


def submit_password(page, username, password=DEMO_PASSWORD):
    page.fill("#id_login", username)
    page.fill("#id_password", password)
    page.locator("main button[type=submit]").click()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sign_in_pages_pass_axe_in_each_language(visit, language):
    problems = []

    page = visit(language)
    page.goto("/accounts/login/")
    expect(page.locator("h1")).to_contain_text(HEADINGS["login"][language])
    check(page, "login", language, problems)
    submit_password(page, f"signin-app-{language}")
    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/$"))
    expect(page.locator("h1")).to_contain_text(HEADINGS["code"][language])
    check(page, "code", language, problems)

    # A new editor: from the password straight to the set-up, then the recovery codes.
    page = visit(language)
    page.goto("/accounts/login/")
    submit_password(page, f"signin-new-{language}")
    expect(page).to_have_url(re.compile(r"/accounts/2fa/totp/activate/$"))
    expect(page.locator("h1")).to_contain_text(HEADINGS["set-up"][language])
    expect(page.locator("img[src^='data:image/svg+xml']")).to_be_visible()
    check(page, "totp-set-up", language, problems)
    page.fill("#id_code", totp_code(page.input_value("#authenticator_secret")))
    page.locator("main button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/accounts/2fa/recovery-codes/$"))
    expect(page.locator(".sign-in__codes li")).to_have_count(10)
    check(page, "recovery-codes", language, problems)
    page.locator("main a[href='/admin/']").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page = visit(language)
    page.goto("/accounts/login/")
    submit_password(page, f"locked-out-{language}", "not-the-password")
    with page.expect_response(re.compile(r"/accounts/login/$")) as locked:
        submit_password(page, f"locked-out-{language}", "not-the-password")
    assert locked.value.status == 429
    expect(page.locator("h1")).not_to_contain_text(HEADINGS["login"][language])
    check(page, "lockout", language, problems)

    assert not problems, "\n\n".join(problems)


def test_the_language_chosen_holds_for_the_next_sign_in_page(visit):
    page = visit("sv")
    page.goto("/accounts/login/")
    expect(page.locator("h1")).to_contain_text("Logga in")
    page.locator(".language-switcher button[value=uk]").click()
    expect(page.locator("html")).to_have_attribute("lang", "uk")
    expect(page.locator("h1")).to_contain_text("Увійти")
    page.get_by_role("link", name="Забули пароль?").click()
    expect(page).to_have_url(re.compile(r"/accounts/password/reset/$"))
    expect(page.locator("html")).to_have_attribute("lang", "uk")
