"""The two-publisher flow in the real admin, as the demo accounts would play it.

A Lviv editor writes a news item in Ukrainian and submits it; the Lviv moderator approves it;
a translation coordinator translates it into Swedish with wagtail-localize (machine translation
by the local fake LibreTranslate); an Alingsås moderator publishes the Swedish page, which
names the Lviv publisher; the Lviv editor cannot open the Swedish page in the admin.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import DEMO_PASSWORD

TITLE = "Громади Львівщини запрошують до співпраці"


@pytest.fixture
def log_in(browser, base_url):
    contexts = []

    def as_user(username):
        context = browser.new_context(base_url=base_url)
        contexts.append(context)
        page = context.new_page()
        page.goto("/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", DEMO_PASSWORD)
        page.click("button[type=submit]")
        expect(page).to_have_url(re.compile(r"/admin/$"))
        return page

    yield as_user
    for context in contexts:
        context.close()


def test_news_from_lviv_reaches_the_swedish_site_through_both_partners(log_in, site_shell, page):
    uk_news_index = site_shell(
        "from news.models import NewsIndexPage;"
        "print(NewsIndexPage.objects.get(locale__language_code='uk').pk)"
    )

    # The Lviv editor writes in Ukrainian, in a Ukrainian admin, and submits for review.
    editor = log_in("lviv-editor")
    editor.goto(f"/admin/pages/add/news/newspage/{uk_news_index}/")
    expect(editor.locator("html")).to_have_attribute("lang", "uk")
    editor.fill("#id_title", TITLE)
    editor.keyboard.press("Tab")
    editor.fill("#id_intro", "Запрошуємо муніципалітети Швеції до обміну досвідом.")
    editor.locator("footer .w-dropdown__toggle").click()
    editor.locator('footer button[name="action-submit"]').click()
    expect(editor).to_have_url(re.compile(rf"/admin/pages/{uk_news_index}/$"))

    news_id, public_url = site_shell(
        "from news.models import NewsPage;"
        f"p = NewsPage.objects.get(title={TITLE!r}); print(p.pk, p.url, p.live)"
    ).split()[:2]
    assert page.goto(public_url).status == 404  # not live before review

    # The Lviv moderator approves; the page goes live in the Ukrainian tree.
    moderator = log_in("lviv-moderator")
    moderator.goto(f"/admin/pages/{news_id}/edit/")
    moderator.locator("footer .w-dropdown__toggle").click()
    moderator.locator('footer [data-workflow-action-name="approve"]').first.click()
    expect(moderator.locator(".messages")).to_be_visible()
    assert page.goto(public_url).status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.locator(".badge")).to_contain_text("Львівська обласна військова адміністрація")

    # The translation coordinator translates it into Swedish by machine translation.
    translator = log_in("translator")
    translator.goto(f"/admin/localize/submit/page/{news_id}/")
    translator.get_by_label("Svenska").check()
    translator.locator("main form input[type=submit]").click()
    expect(translator).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    swedish_id = re.search(r"/admin/pages/(\d+)/edit/", translator.url).group(1)
    translator.get_by_role("button", name="Translate with LibreTranslate").click()
    expect(translator.get_by_text(f"[sv] {TITLE}").first).to_be_visible()

    # An Alingsås moderator publishes the Swedish page.
    alingsas = log_in("alingsas-moderator")
    alingsas.goto(f"/admin/pages/{swedish_id}/edit/")
    alingsas.locator('footer button[name="action"][value="publish"]').click()
    expect(alingsas.locator(".messages")).to_be_visible()
    swedish_url = site_shell(
        f"from wagtail.models import Page; p = Page.objects.get(pk={swedish_id}); print(p.url)"
    )
    assert swedish_url.startswith("/sv/")
    assert page.goto(swedish_url).status == 200
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    expect(page.locator(".badge")).to_have_text(re.compile(r"Publicerad av .*Lviv", re.IGNORECASE))

    # The Lviv editor cannot open the Swedish page in the admin.
    editor.goto(f"/admin/pages/{swedish_id}/edit/")
    expect(editor).not_to_have_url(re.compile(rf"/admin/pages/{swedish_id}/edit/"))
