"""The admin's Content Security Policy allows what Wagtail's page editor needs, and no more.

The editor is driven as an editor would: an inline panel item is added, the date picker opened
and the rich-text editor typed in. Chromium reports every blocked script, style or frame in the
console; there must be none.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import DEMO_PASSWORD


@pytest.fixture
def editor_page(browser, base_url):
    context = browser.new_context(base_url=base_url)
    page = context.new_page()
    blocked = []
    page.on(
        "console",
        lambda message: (
            blocked.append(message.text)
            if "Content Security Policy" in message.text or "Refused to" in message.text
            else None
        ),
    )
    page.goto("/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    yield page, blocked
    context.close()


def test_the_page_editor_works_under_the_admin_policy(editor_page, site_shell):
    page, blocked = editor_page
    project_id = site_shell(
        "from partnership.models import ProjectPage; "
        "print(ProjectPage.objects.filter(locale__language_code='sv', milestones__isnull=False)"
        ".first().pk)"
    )
    page.goto(f"/admin/pages/{project_id}/edit/")
    expect(page.locator("form#page-edit-form")).to_be_visible()

    # An inline panel item: a new milestone.
    total = page.locator("input[name='milestones-TOTAL_FORMS']")
    before = int(total.input_value())
    page.locator("#id_milestones-ADD").click()
    expect(total).to_have_value(str(before + 1))

    # The date picker of the new milestone's due date.
    due_date = page.locator("input[name$='-due_date']").last
    due_date.click()
    expect(page.locator(".xdsoft_datetimepicker:visible").first).to_be_visible()
    page.keyboard.press("Escape")

    # The rich-text editor: type into the first Draftail editor.
    editor = page.locator(".public-DraftEditor-content").first
    editor.click()
    page.keyboard.type(" Nytt stycke.")
    expect(editor).to_contain_text("Nytt stycke.")

    assert blocked == []
