"""The content model's page types in a real browser, in all three languages."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from playwright.sync_api import expect

from home import demo_content, demo_partnership

LANGUAGES = ["sv", "uk", "en"]
SEARCHES = {"sv": ("sok", "samarbete"), "uk": ("poshuk", "Львів"), "en": ("search", "partners")}
INDEX_SLUGS = {spec["key"]: spec for spec in demo_content.INDEX_PAGES}
RESULTS = settings.BASE_DIR / "test-results"


def index_url(key, language):
    return f"/{language}/{INDEX_SLUGS[key][language]['slug']}/"


def child_url(index_key, spec, language):
    return f"{index_url(index_key, language)}{spec[language]['slug']}/"


def page_urls(language):
    project = demo_partnership.PROJECTS[0]
    return {
        "dashboard": index_url("projects", language),
        "dashboard since": f"{index_url('projects', language)}?since=2026-10-01",
        "project": child_url("projects", project, language),
        "activity": child_url("projects", project, language)
        + f"{project['activities'][0][language]['slug']}/",
        "partner index": index_url("partners", language),
        "partner": child_url("partners", demo_partnership.PARTNERS[1], language),
        "event index": index_url("events", language),
        "event": child_url("events", demo_partnership.EVENTS[0], language),
        "news index": index_url("news", language),
        "news": child_url("news", demo_partnership.NEWS[0], language),
        "search": "/{}/{}/?q={}".format(language, *SEARCHES[language]),
        "search without results": f"/{language}/{SEARCHES[language][0]}/?q=kvantfysikk",
    }


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("which", list(page_urls("sv")))
def test_axe_finds_no_accessibility_violations(page, language, which):
    response = page.goto(page_urls(language)[which])

    assert response.status == 200
    expect(page.locator("html")).to_have_attribute("lang", language)
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("language", LANGUAGES)
def test_dashboard_prints_as_an_a4_report(page, language):
    page.goto(page_urls(language)["dashboard since"])
    page.emulate_media(media="print")

    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator("table").first).to_be_visible()
    RESULTS.mkdir(exist_ok=True)
    pdf = RESULTS / f"dashboard-{language}.pdf"
    page.pdf(path=pdf, format="A4", print_background=True)

    content = pdf.read_bytes()
    assert content.startswith(b"%PDF-")
    assert re.search(rb"/Type\s*/Page\b", content), "the PDF has no pages"


def test_dashboard_filters_work_without_javascript(browser, base_url):
    context = browser.new_context(java_script_enabled=False, base_url=base_url)
    page = context.new_page()
    page.goto(page_urls("en")["dashboard"])

    page.get_by_role("combobox", name="Status", exact=True).select_option("preparation")
    page.get_by_role("button", name="Show").click()

    expect(page).to_have_url(re.compile(r"status=preparation"))
    rows = page.locator("tbody tr.dashboard__project")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(demo_partnership.PROJECTS[1]["en"]["title"])
    context.close()
