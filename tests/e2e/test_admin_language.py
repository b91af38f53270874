"""Each editor's admin in their own language, in the browser: no Swedish in the Lviv editor's
admin and no Ukrainian in the Alingsås editor's, on the pages they work in every day."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import DEMO_PASSWORD

SWEDISH = [
    "Sidor", "Bilder", "Sök", "Kontroller", "Integritet", "Spara", "Publicera", "Avbryt",
    "Redigera", "Radera", "Översätt", "Stoppa", "Inställningar", "Utkast", "Rapporter", "Hjälp",
    "Användare", "Arbetsflöde", "Granskning",
]  # fmt: skip
UKRAINIAN = [
    "Сторінки", "Зображення", "Пошук", "Зберегти", "Опублікувати", "Редагувати", "Чернетка",
    "Звіти", "Допомога", "Налаштування", "Рецензування",
]  # fmt: skip
ADMIN = {"lviv-editor": ("uk", SWEDISH), "alingsas-editor": ("sv", UKRAINIAN)}


def words_on(page, words):
    """The words of the list that the page shows or reads out (labels, titles, placeholders)."""
    text = page.locator("body").inner_text()
    labels = page.eval_on_selector_all(
        "[aria-label], [title], [placeholder]",
        "nodes => nodes.map(n => [n.getAttribute('aria-label'), n.getAttribute('title'),"
        " n.getAttribute('placeholder')].join(' '))",
    )
    shown = text + " " + " ".join(labels)
    return [word for word in words if re.search(rf"(?<!\w){word}(?!\w)", shown)]


@pytest.mark.parametrize("username", ADMIN)
def test_the_everyday_admin_speaks_only_the_editors_language(
    browser, base_url, site_shell, username
):
    language, foreign = ADMIN[username]
    index, item, translated = site_shell(
        "from news.models import NewsIndexPage, NewsPage;"
        "from wagtail_localize.models import Translation;"
        f"i = NewsIndexPage.objects.get(locale__language_code={language!r});"
        "n = NewsPage.objects.child_of(i).first();"
        f"t = Translation.objects.filter(target_locale__language_code={language!r}, enabled=True)"
        ".first().get_target_instance();"
        "print(i.pk, n.pk, t.pk)"
    ).split()
    context = browser.new_context(base_url=base_url)
    page = context.new_page()
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))

    found = {}
    for name, path in {
        "dashboard": "/admin/",
        "explorer": f"/admin/pages/{index}/",
        "page editor": f"/admin/pages/{item}/edit/",
        "translation editor": f"/admin/pages/{translated}/edit/",
        "images": "/admin/images/",
        "stale translations report": "/admin/reports/stale-translations/",
        "editors' guide": "/admin/guide/",
    }.items():
        page.goto(path)
        page.wait_for_load_state("networkidle")
        expect(page.locator("html")).to_have_attribute("lang", language)
        if name == "page editor":
            # The workflow dialog: the footer's menu with "Submit to …".
            page.locator("footer .w-dropdown__toggle").click()
            page.locator("footer [name='action-submit']").wait_for()
            chooser = page.locator("button[data-chooser-action-choose]").first
            chooser.click()  # the image chooser
            page.locator(".modal-content").wait_for()
        if words := words_on(page, foreign):
            found[name] = words
    context.close()

    assert found == {}
