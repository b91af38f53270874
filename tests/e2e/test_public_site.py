import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from home import demo_content

LANGUAGES = ["sv", "uk", "en"]
ABOUT = next(spec for spec in demo_content.CONTENT_PAGES if spec["key"] == "about")
SEARCH = {"sv": "sok", "uk": "poshuk", "en": "search"}
SUPPORT = next(spec for spec in demo_content.CONTENT_PAGES if spec["key"] == "support")
STATEMENT = demo_content.ACCESSIBILITY_STATEMENT


def about_url(language):
    return f"/{language}/{ABOUT[language]['slug']}/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_opens_in_each_language(page, language):
    page.goto(f"/{language}/")

    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.get_by_role("heading", level=1)).to_have_text(demo_content.HOME[language]["title"])
    expect(page.get_by_role("link", name=ABOUT[language]["title"])).to_be_visible()


def test_language_switcher_leads_to_the_same_page_in_each_language(page):
    page.goto(about_url("sv"))
    switcher = page.get_by_role("navigation", name="Språk")

    switcher.get_by_role("link", name="Українська").click()
    expect(page).to_have_url(re.compile(re.escape(about_url("uk")) + "$"))
    expect(page.locator("html")).to_have_attribute("lang", "uk")
    expect(page.get_by_role("heading", level=1)).to_have_text(ABOUT["uk"]["title"])

    page.get_by_role("navigation", name="Мова").get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page).to_have_url(re.compile(re.escape(about_url("en")) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(ABOUT["en"]["title"])


def test_skip_link_moves_focus_to_the_main_content(page):
    page.goto("/sv/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Hoppa till huvudinnehållet")
    expect(skip).to_be_focused()
    skip.press("Enter")
    expect(page.locator("#main-content")).to_be_focused()


def test_the_header_search_box_finds_inflected_words_and_filters_by_type(page):
    page.goto(about_url("uk"))
    page.get_by_role("search").get_by_label("Пошук на сайті").fill("Львова")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/uk/poshuk/\?q="))
    expect(page.get_by_role("heading", level=2, name=re.compile("результат"))).to_be_visible()
    expect(page.locator(".card__title mark").first).to_contain_text("Львів")

    page.get_by_label("Проєкти").check()
    page.get_by_role("button", name="Пошук").last.click()
    expect(page).to_have_url(re.compile("type=project"))
    expect(page.locator(".card__meta").first).to_have_text("Проєкт")


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_fit_a_small_phone_screen(page, language):
    page.set_viewport_size({"width": 320, "height": 640})
    for path in (f"/{language}/", about_url(language), f"/{language}/{SEARCH[language]}/?q=lviv"):
        page.goto(path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("which", ["home", "about", "support", "accessibility statement"])
def test_axe_finds_no_accessibility_violations(page, language, which):
    paths = {
        "home": f"/{language}/",
        "about": about_url(language),
        "support": f"/{language}/{SUPPORT[language]['slug']}/",
        "accessibility statement": f"/{language}/{STATEMENT[language]['slug']}/",
    }
    page.goto(paths[which])

    results = Axe().run(page)

    assert results.violations_count == 0, results.generate_report()
