"""Every public page type, in every language, on a phone and a desktop screen, as visitors see it.

One live page of each page type per locale is looked up in the served database, so a new page
type is checked as soon as the demo content has one. Screenshots and print PDFs are written to
test-artifacts/ for a person to look at.
"""

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings

LANGUAGES = ["sv", "uk", "en"]
SEARCH = {"sv": "sok", "uk": "poshuk", "en": "search"}
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
# A4 is 210 mm wide; portal.css prints with 12 mm side margins: 186 mm at 96 CSS px per inch.
A4_PRINTABLE_WIDTH = round(186 / 25.4 * 96)

FIND_PAGES = """
import json
from wagtail.models import Page
found = {}
for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
    key = f"{page.locale.language_code} {page.specific_class._meta.label}"
    found.setdefault(key, page.url)
print(json.dumps(found))
"""

FOCUSABLE = """() => {
    const selector = 'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]),'
        + ' select:not([disabled]), textarea:not([disabled]), summary,'
        + ' [tabindex]:not([tabindex="-1"])';
    // Tab enters a radio group once, at its checked radio (or its first one).
    const tabStop = (el) => el.type !== 'radio' || el.checked || !document.querySelector(
        `input[type=radio][name="${el.name}"]:checked`
    ) && document.querySelector(`input[type=radio][name="${el.name}"]`) === el;
    window.focusables = Array.from(document.querySelectorAll(selector)).filter(
        (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
            && tabStop(el)
    );
    return window.focusables.length;
}"""

FOCUSED = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
        index: window.focusables.indexOf(el),
        html: el.outerHTML.slice(0, 120),
        indicator: outline || style.boxShadow !== 'none',
        // Chromium tabs through the day, month and year of a date field one by one.
        segmented: ['date', 'time', 'datetime-local', 'month', 'week'].includes(el.type),
    };
}"""


@pytest.fixture(scope="session")
def public_pages(live_site, site_shell):
    """{(language, page type): path} for every public page type, plus the search page."""
    pages = {}
    for key, url in json.loads(site_shell(FIND_PAGES)).items():
        language, page_type = key.split()
        pages[(language, page_type)] = urlsplit(url).path
    for language in LANGUAGES:
        pages[(language, "search")] = f"/{language}/{SEARCH[language]}/?q=lviv"
    return pages


@pytest.fixture
def local_only(page):
    """Records every request the page makes, so a test can check none left this machine."""
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    yield requests
    away = [url for url in requests if urlsplit(url).hostname not in {"127.0.0.1", None}]
    assert not [url for url in away if not url.startswith(("data:", "about:"))], away


def test_the_checks_cover_the_demo_page_types(public_pages):
    """The lookup finds the page types a visitor can reach; new ones join without listing them."""
    for language in LANGUAGES:
        found = {page_type for lang, page_type in public_pages if lang == language}
        assert {
            "home.HomePage",
            "home.ContentPage",
            "news.NewsPage",
            "news.EventPage",
            "partnership.PartnerIndexPage",
            "partnership.PartnerPage",
            "partnership.ProjectIndexPage",
            "partnership.ProjectPage",
            "search",
        } <= found, found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_passes_axe_fits_a_phone_and_stays_on_this_machine(
    page, local_only, public_pages, language
):
    axe = Axe()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems = []
    for (lang, page_type), path in sorted(public_pages.items()):
        if lang != language:
            continue
        name = f"{language}-{page_type.split('.')[-1]}"
        for width in (1280, 375):
            page.set_viewport_size({"width": width, "height": 900})
            if width == 1280:
                page.goto(path)
            results = axe.run(page)
            if results.violations_count:
                problems.append(f"{path} at {width}px:\n{results.generate_report()}")
            if width == 375:
                overflow = page.evaluate(
                    "document.scrollingElement.scrollWidth - window.innerWidth"
                )
                if overflow > 0:
                    problems.append(f"{path} scrolls sideways by {overflow}px at 375px")
            page.screenshot(path=SCREENSHOTS / f"{name}-{width}.png", full_page=True)
    print(f"Screenshots in {SCREENSHOTS}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_keyboard_reaches_every_control_in_order_with_a_visible_focus(page, public_pages, language):
    problems = []
    for (page_language, _page_type), path in sorted(public_pages.items()):
        if page_language != language:
            continue
        page.goto(path)
        count = page.evaluate(FOCUSABLE)
        expected = 0
        while expected < count:
            page.keyboard.press("Tab")
            focused = page.evaluate(FOCUSED)
            if focused["segmented"] and focused["index"] == expected - 1:
                continue
            if focused["index"] != expected:
                problems.append(f"{path}: Tab {expected + 1} reached {focused['html']}")
                break
            if not focused["indicator"]:
                problems.append(f"{path}: no visible focus on {focused['html']}")
            expected += 1
    assert not problems, "\n".join(problems)


def test_enter_on_a_focused_link_opens_it(page, public_pages):
    page.goto(public_pages[("sv", "partnership.PartnerIndexPage")])
    link = page.locator(".card-list a").first
    target = link.get_attribute("href")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{target}")
    assert urlsplit(page.url).path == target


@pytest.mark.parametrize("page_type", ["partnership.ProjectIndexPage", "partnership.ProjectPage"])
def test_printed_dashboard_and_project_fit_a4(page, public_pages, page_type):
    path = public_pages[("sv", page_type)]
    page.goto(path)
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = ARTIFACTS / f"print-{page_type.split('.')[-1]}.pdf"
    page.pdf(path=pdf, format="A4", print_background=True)
    print(f"Printed {path} to {pdf}")

    page.emulate_media(media="print")
    page.set_viewport_size({"width": A4_PRINTABLE_WIDTH, "height": 1123})
    too_wide = page.evaluate(
        """(width) => Array.from(document.querySelectorAll('table, svg, .table-scroll'))
            .filter((el) => el.getClientRects().length > 0)
            .filter((el) => el.getBoundingClientRect().right > width + 1
                || el.scrollWidth > el.clientWidth + 1)
            .map((el) => `${el.tagName} ${el.className.baseVal ?? el.className}`
                + ` ${Math.round(el.getBoundingClientRect().width)}/${el.scrollWidth}px`)""",
        A4_PRINTABLE_WIDTH,
    )
    assert page.locator("table, svg").count() > 0
    assert not too_wide, f"Cut off on A4 ({A4_PRINTABLE_WIDTH}px wide): {too_wide}"
