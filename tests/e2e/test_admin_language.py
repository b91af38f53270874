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
    index, item = site_shell(
        "from news.models import NewsIndexPage, NewsPage;"
        f"i = NewsIndexPage.objects.get(locale__language_code={language!r});"
        "print(i.pk, NewsPage.objects.child_of(i).first().pk)"
    ).split()
    # An English page translated into the editor's tree with wagtail-localize, for its editor.
    translated = site_shell(
        "from home.models import ContentPage;"
        "from wagtail.models import Locale, Page;"
        "from wagtail_localize.models import TranslationSource;"
        "home = Page.objects.get(depth=2, locale__language_code='en');"
        "page = home.add_child(instance=ContentPage("
        f"title='Language check', slug='language-check-{language}', intro='To translate.'));"
        "page.save_revision().publish();"
        "source, _ = TranslationSource.get_or_create_from_instance(page);"
        f"locale = Locale.objects.get(language_code={language!r});"
        "translation = source.translations.create(target_locale=locale);"
        "translation.save_target();"
        "print(translation.get_target_instance().pk)"
    ).strip()
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
            words = words_on(page, foreign)
            page.keyboard.press("Escape")
            page.locator("button[data-chooser-action-choose]:visible").first.click()
            page.locator(".modal-content").wait_for()  # the image chooser
            if words:
                found["workflow dialog"] = words
        if words := words_on(page, foreign):
            found[name] = words
    context.close()

    assert found == {}
