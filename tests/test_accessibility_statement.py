"""The accessibility statement follows DIGG's template; content pages can open with easy reading."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from home.choices import ComplianceStatus
from home.models import AccessibilityStatementPage, ContentPage
from tests.conftest import LANGUAGE_CODES

DIGG_HEADINGS = [
    "How accessible is the website?",
    "What can you do if you cannot use parts of the website?",
    "Report shortcomings in the website’s accessibility",
    "Supervision",
    "Technical information about the website’s accessibility",
    "Content that is not accessible",
    "Non-compliance with the law",
    "Disproportionate burden",
    "Content outside the scope of the law",
    "How we tested the website",
]


def statement_html(client, language):
    page = AccessibilityStatementPage.objects.get(locale__language_code=language)
    response = client.get(page.url)
    assert response.status_code == 200
    return page, response.content.decode()


def test_statement_has_digg_sections_in_order_with_the_sites_facts(client, demo_site):
    page, html = statement_html(client, "en")

    positions = [html.index(heading) for heading in DIGG_HEADINGS]
    assert positions == sorted(positions)
    assert "Alingsås kommun is responsible for this website." in html
    assert "Partially compliant" in html
    assert "partially compliant with the Act on accessibility to digital public services" in html
    assert "WCAG 1.3.1" in html
    assert f'<a href="mailto:{page.feedback_email}">' in html
    assert "Expected response time: within five working days" in html
    assert '<a href="https://www.digg.se/tdosanmalan"' in html
    dates = html[html.index('<dl class="statement__dates">') :]
    assert dates.index("Date of assessment") < dates.index('<time datetime="2026-11-26">')


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_footer_links_to_the_statement_in_the_readers_language(client, demo_site, language):
    statement = AccessibilityStatementPage.objects.get(locale__language_code=language)
    for url in (f"/{language}/", ContentPage.objects.filter(locale=statement.locale)[0].url):
        html = client.get(url).content.decode()
        footer = html[html.index('<footer class="site-footer">') :]
        assert f'<a href="{statement.url}">{statement.title}</a>' in footer


def test_statement_translations_share_compliance_and_dates(demo_site):
    statements = AccessibilityStatementPage.objects.all()
    assert {page.locale.language_code for page in statements} == set(LANGUAGE_CODES)
    assert {(page.compliance, page.assessed_on, page.updated_on) for page in statements} == {
        (ComplianceStatus.PARTIAL, datetime.date(2026, 11, 26), datetime.date(2026, 11, 26))
    }
    assert len({page.organisation for page in statements}) > 1


def test_empty_known_issue_groups_say_so_instead_of_disappearing(client, demo_site):
    _page, html = statement_html(client, "en")
    burden = html[html.index("Disproportionate burden") :]
    assert "We do not invoke disproportionate burden for any content." in burden


def test_statement_needs_a_way_to_give_feedback_and_a_consistent_date(homes):
    statement = AccessibilityStatementPage(
        title="Tillgänglighetsredogörelse",
        organisation="Alingsås kommun",
        assessment_method="<p>Granskning med axe.</p>",
        assessed_on=datetime.date(2026, 11, 1),
        updated_on=datetime.date(2026, 10, 1),
        response_time="inom fem arbetsdagar",
    )
    with translation.override("en"), pytest.raises(ValidationError) as error:
        statement.clean()
    assert "feedback_email" in error.value.message_dict
    assert "updated_on" in error.value.message_dict


def test_easy_read_summary_comes_first_with_its_heading_and_language(client, demo_site):
    page = ContentPage.objects.get(locale__language_code="uk", slug="pidtrymka-ukraintsiv")
    html = client.get(page.url).content.decode()

    easy_read = html.index('<section class="easy-read" lang="uk"')
    assert html.index('<p class="lead">') < easy_read < html.index("<h2>Mötesplats Alingsås")
    assert "В Алінгсосі зараз живе багато людей з України." in html[easy_read:]


def test_content_page_without_easy_read_has_no_empty_section(client, demo_site):
    page = ContentPage.objects.get(locale__language_code="sv", slug="om-partnerskapet")
    assert 'class="easy-read"' not in client.get(page.url).content.decode()
