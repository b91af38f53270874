"""The translation hand-off in the real admin, as the demo accounts would play it.

The translation coordinator translates a live Ukrainian news item into Swedish (machine
translation by the local fake LibreTranslate) and submits it to "Alingsås review" from the
translation editor; the Alingsås moderator gets a Swedish e-mail, finds the translation on the
dashboard and approves it, which publishes it; the coordinator sees it published.
"""

import re

from playwright.sync_api import expect

from tests.e2e.test_editorial_flow import log_in  # noqa: F401 (a fixture)

TITLE = "Львівщина ділиться досвідом енергозбереження"


def test_a_translation_goes_from_the_translator_to_the_swedish_moderator(
    log_in,  # noqa: F811
    site_shell,
    sent_mail,
    page,
):
    news_id = site_shell(
        "from news.models import NewsPage;"
        "p = NewsPage.objects.live().filter(locale__language_code='uk').first();"
        f"c = p.copy(update_attrs={{'title': {TITLE!r}, 'slug': 'enerhozberezhennia'}},"
        " keep_live=True);"
        "print(c.pk)"
    )

    # The coordinator translates it into Swedish and submits the translation for review.
    translator = log_in("translator")
    translator.goto(f"/admin/localize/submit/page/{news_id}/")
    translator.get_by_label("Svenska").check()
    translator.locator("main form input[type=submit]").click()
    expect(translator).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    swedish_id = re.search(r"/admin/pages/(\d+)/edit/", translator.url).group(1)
    translator.get_by_role("button", name="Translate with LibreTranslate").click()
    swedish_title = f"[sv] {TITLE}"
    expect(translator.get_by_text(swedish_title).first).to_be_visible()
    expect(translator.locator("[data-translation-review]")).to_contain_text("Draft, not submitted")
    translator.get_by_role("button", name="Submit to Alingsås review").click()
    expect(translator.locator(".messages")).to_contain_text("submitted for moderation")
    expect(translator.locator("[data-translation-review]")).to_contain_text("In review")
    translator.goto("/admin/")
    expect(
        translator.locator("#objects-in-workflow-section", has_text=swedish_title)
    ).to_be_visible()

    # The Alingsås moderator is told in Swedish, and finds it on the dashboard.
    [notice] = [m for m in sent_mail() if m["To"] == "alingsas-moderator@example.org"]
    assert str(notice["Subject"]).strip().startswith(f'Sidan "{swedish_title}" har skickats in')
    assert "Hej alingsas-moderator" in notice.get_body(("plain",)).get_content()
    moderator = log_in("alingsas-moderator")
    review = moderator.locator("#awaiting-review-section tr", has_text=swedish_title)
    expect(review).to_be_visible()
    expect(
        moderator.locator("#translations-awaiting-publication-section", has_text=swedish_title)
    ).to_be_visible()

    # It approves the translation there, which publishes it.
    review.locator(".w-dropdown__toggle").click()
    review.locator('button[data-workflow-action-url*="/approve/"]:not([data-launch-modal])').click()
    expect(moderator.locator("#awaiting-review-section", has_text=swedish_title)).to_have_count(0)
    swedish_url = site_shell(
        f"from wagtail.models import Page; p = Page.objects.get(pk={swedish_id}); print(p.url)"
    )
    assert page.goto(swedish_url).status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text(swedish_title)

    # The coordinator sees it published.
    translator.goto(f"/admin/pages/{swedish_id}/edit/")
    expect(translator.locator("[data-translation-review]")).to_contain_text("Published.")
    translator.screenshot(path="test-artifacts/translation-handoff-published.png", full_page=False)
    translator.goto("/admin/")
    expect(translator.locator("#objects-in-workflow-section")).to_have_count(0)
    expect(translator.locator("#recent-edits-section tr", has_text=swedish_title)).to_be_visible()
