"""The design as a visitor meets it: the portal's own font, a short header on phones, no calls
to other sites, and pages that work and print without JavaScript."""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from home import demo_content

SUPPORT = next(spec for spec in demo_content.CONTENT_PAGES if spec["key"] == "support")


def test_swedish_and_ukrainian_text_is_set_in_the_portals_own_font(page, base_url):
    fonts = []
    page.on(
        "response",
        lambda response: fonts.append(response.url) if ".woff2" in response.url else None,
    )
    page.goto("/uk/")
    page.evaluate("document.fonts.ready")

    used = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert used.startswith('"Source Sans 3"')
    assert page.evaluate("""document.fonts.check('16px "Source Sans 3"', 'Ґанок Їжак å ä ö')""")
    assert any("cyrillic" in url for url in fonts), fonts
    assert all(url.startswith(base_url) for url in fonts), fonts


@pytest.mark.parametrize("language", ["sv", "uk", "en"])
def test_a_page_makes_no_request_to_another_site(page, base_url, language):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"/{language}/")
    page.goto(f"/{language}/{SUPPORT[language]['slug']}/")

    origin = urlsplit(base_url).netloc
    assert requests
    assert [url for url in requests if urlsplit(url).netloc != origin] == []


def test_the_phone_header_is_short_and_every_menu_item_is_reachable(page):
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto("/sv/")

    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 240, f"the header takes {header['height']}px of a 740px screen"
    menu = page.get_by_role("navigation", name="Huvudmeny")
    last = menu.get_by_role("link").last
    last.focus()
    expect(last).to_be_in_viewport()


def test_pages_work_without_javascript(browser, base_url):
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"/en/{SUPPORT['en']['slug']}/")

    expect(page.get_by_role("heading", level=2, name="Easy to read")).to_be_visible()
    page.get_by_role("search").get_by_label("Search the site").fill("Lviv")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/search/\?q=Lviv"))
    context.close()


def test_print_leaves_out_the_site_chrome_and_shows_where_links_go(page):
    page.goto("/en/")
    page.emulate_media(media="print")

    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".site-footer")).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    statement = demo_content.ACCESSIBILITY_STATEMENT["en"]["slug"]
    page.goto(f"/en/{statement}/")
    page.emulate_media(media="print")
    after = page.evaluate(
        """getComputedStyle(document.querySelector('a[href^="https://www.digg.se"]'), '::after')"""
        """.content"""
    )
    assert "https://www.digg.se/tdosanmalan" in after
