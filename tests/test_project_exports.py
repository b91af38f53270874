"""The dashboard's projects as CSV and JSON (OC4IDS field names), read back with real parsers.

The exports show exactly what the dashboard shows for the same filters, in its language, and
never drafts, private projects or unpublished translations.
"""

import csv
import datetime
import io
import json
from decimal import Decimal

import pytest
from wagtail.models import PageViewRestriction

from partnership.choices import Currency, FundingStatus, MilestoneStatus, MotionPoint, ProjectStatus
from partnership.exports import CSV_COLUMNS, EXTENSIONS
from tests.conftest import translate, translate_snippet
from tests.factories import (
    FundingLineFactory,
    FundingProgrammeFactory,
    OrganisationFactory,
    ProjectMilestoneFactory,
    ProjectPageFactory,
    TopicFactory,
)

OC4IDS_PROJECT_FIELDS = {
    "id",
    "title",
    "description",
    "status",
    "period",
    "publicAuthority",
    "parties",
    "budget",
    "milestones",
    "locations",
}


def get_json(client, url, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)


def get_csv(client, url, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def by_title(records):
    return {record["title"]: record for record in records}


def extension_keys(value, path=""):
    """Every `x_` key in the JSON by its path without list positions ("projects.budget.x_totals"),
    not looking inside the extensions themselves."""
    keys = set()
    if isinstance(value, dict):
        for key, item in value.items():
            name = f"{path}.{key}" if path else key
            if key.startswith("x_"):
                keys.add(name)
            else:
                keys |= extension_keys(item, name)
    elif isinstance(value, list):
        for item in value:
            keys |= extension_keys(item, path)
    return keys


@pytest.fixture
def projects(dashboard, homes):
    """A funded water project with an activity, a project whose title is a spreadsheet formula,
    and projects no export may show: a draft, a private one and an unpublished translation."""
    water = TopicFactory(name="Vatten", slug="vatten")
    uk_water = translate_snippet(water, "uk", name="Вода")
    alingsas = OrganisationFactory(name="Alingsås kommun")
    lviv = OrganisationFactory(name="Lvivs regionförvaltning")
    translate_snippet(lviv, "uk", name="Львівська ОДА")
    icld = OrganisationFactory(name="ICLD")
    programme = FundingProgrammeFactory(name="Kommunala partnerskap", funder=icld)

    project = ProjectPageFactory(
        parent=dashboard,
        title="Rent vatten i Lviv",
        slug="rent-vatten",
        intro="Nytt vattenverk för 20 000 invånare.",
        status=ProjectStatus.IMPLEMENTATION,
        start_date=datetime.date(2025, 1, 1),
        end_date=datetime.date(2026, 12, 31),
        organisation=alingsas,
        partners=[lviv],
        topics=[water],
        motion_point=MotionPoint.PARTNER_HROMADA,
        decision_date=datetime.date(2024, 11, 20),
        diary_number="KS 2024/123",
        latitude=Decimal("49.83968"),
        longitude=Decimal("24.02972"),
    )
    ProjectMilestoneFactory(
        project=project,
        locale=project.locale,
        title="Upphandling klar",
        due_date=datetime.date(2025, 6, 30),
        status=MilestoneStatus.MET,
        date_met=datetime.date(2025, 6, 15),
    )
    ProjectMilestoneFactory(
        project=project,
        locale=project.locale,
        title="Vattenverket i drift",
        due_date=datetime.date(2026, 10, 1),
        status=MilestoneStatus.SCHEDULED,
    )
    FundingLineFactory(
        project=project,
        locale=project.locale,
        funder=icld,
        programme=programme,
        amount=Decimal("450000"),
        currency=Currency.SEK,
        status=FundingStatus.GRANTED,
    )
    FundingLineFactory(
        project=project,
        locale=project.locale,
        funder=icld,
        amount=Decimal("12500.50"),
        currency=Currency.EUR,
        status=FundingStatus.APPLIED,
    )
    activity = ProjectPageFactory(
        parent=project, title="Utbildning av driftpersonal", slug="utbildning", partners=[lviv]
    )
    FundingLineFactory(
        project=activity,
        locale=activity.locale,
        funder=icld,
        amount=Decimal("80000"),
        currency=Currency.UAH,
        status=FundingStatus.GRANTED,
    )
    ProjectPageFactory(
        parent=dashboard,
        title='=HYPERLINK("http://example.com","Klicka")',
        slug="formel",
        intro="-2+3",
        status=ProjectStatus.PREPARATION,
        organisation=OrganisationFactory(name="@Kommunen"),
    )

    ProjectPageFactory(parent=dashboard, title="Utkast till projekt", live=False)
    private = ProjectPageFactory(parent=dashboard, title="Internt projekt", partners=[lviv])
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )

    uk_dashboard = translate(dashboard, "uk", title="Проєкти", slug="proiekty")
    translate(
        project,
        "uk",
        title="Чиста вода у Львові",
        slug="chysta-voda",
        topics=[uk_water],
    )
    translate(private, "uk", title="Внутрішній проєкт", slug="vnutrishnii")
    formula = ProjectPageFactory._meta.model.objects.get(slug="formel")
    translate(formula, "uk", title="Чернетка перекладу", slug="chernetka", publish=False)
    return {"project": project, "activity": activity, "uk_dashboard": uk_dashboard}


SV_TITLES = [
    "Rent vatten i Lviv",
    "Utbildning av driftpersonal",
    '=HYPERLINK("http://example.com","Klicka")',
]


def test_json_is_an_oc4ids_project_package_of_the_dashboard(client, projects):
    package = get_json(client, "/sv/projekt/export/json/")

    assert package["version"] == "0.9"
    assert package["uri"] == "http://testserver/sv/projekt/export/json/"
    assert package["publisher"]["name"] == "Partnerskapet Alingsås–Lviv"
    assert package["x_language"] == "sv"
    assert [record["title"] for record in package["projects"]] == SV_TITLES


def test_json_names_each_project_field_as_oc4ids_does(client, projects):
    records = by_title(get_json(client, "/sv/projekt/export/json/")["projects"])
    water = records["Rent vatten i Lviv"]

    assert set(water) >= OC4IDS_PROJECT_FIELDS
    assert water["id"] == str(projects["project"].translation_key)
    assert water["description"] == "Nytt vattenverk för 20 000 invånare."
    assert water["status"] == "implementation"
    assert water["period"] == {"startDate": "2025-01-01", "endDate": "2026-12-31"}
    assert water["publicAuthority"]["name"] == "Alingsås kommun"
    assert {party["name"]: party["roles"] for party in water["parties"]} == {
        "Alingsås kommun": ["publicAuthority"],
        "Lvivs regionförvaltning": ["partner"],
        "ICLD": ["funder"],
    }
    assert [
        (milestone["title"], milestone["dueDate"], milestone["status"], milestone.get("dateMet"))
        for milestone in water["milestones"]
    ] == [
        ("Upphandling klar", "2025-06-30", "met", "2025-06-15"),
        ("Vattenverket i drift", "2026-10-01", "scheduled", None),
    ]
    assert water["locations"][0]["geometry"] == {
        "type": "Point",
        "coordinates": [24.02972, 49.83968],
    }
    assert water["x_councilDecision"] == {
        "motionPoint": 2,
        "decisionDate": "2024-11-20",
        "diaryNumber": "KS 2024/123",
    }
    assert water["x_progress"] == {"percent": 50, "basis": "milestones"}
    assert water["x_topics"] == [{"id": "vatten", "name": "Vatten"}]
    assert water["x_url"] == "http://localhost/sv/projekt/rent-vatten/"


def test_json_keeps_each_currency_apart_and_never_converts(client, projects):
    records = by_title(get_json(client, "/sv/projekt/export/json/")["projects"])
    budget = records["Rent vatten i Lviv"]["budget"]

    assert budget["amount"] == {"amount": 450000, "currency": "SEK"}
    assert budget["x_totals"] == [
        {"currency": "EUR", "granted": 0, "applied": 12500.5},
        {"currency": "SEK", "granted": 450000, "applied": 0},
    ]
    lines = [
        (line["amount"], line["sourceParty"]["name"], line.get("description"), line["x_status"])
        for line in budget["budgetBreakdown"]
    ]
    assert len(lines) == 2
    assert (
        {"amount": 450000, "currency": "SEK"},
        "ICLD",
        "Kommunala partnerskap",
        "granted",
    ) in lines
    assert ({"amount": 12500.5, "currency": "EUR"}, "ICLD", None, "applied") in lines


def test_an_activity_is_its_own_record_with_only_its_own_funding(client, projects):
    records = by_title(get_json(client, "/sv/projekt/export/json/")["projects"])
    activity = records["Utbildning av driftpersonal"]

    assert activity["x_parentId"] == records["Rent vatten i Lviv"]["id"]
    assert "x_parentId" not in records["Rent vatten i Lviv"]
    assert activity["budget"]["x_totals"] == [{"currency": "UAH", "granted": 80000, "applied": 0}]


def test_json_documents_every_extension_it_uses(client, projects):
    package = get_json(client, "/sv/projekt/export/json/")

    assert package["x_extensions"] == EXTENSIONS
    assert extension_keys(package) <= set(EXTENSIONS)
    assert "projects.budget.x_totals" in extension_keys(package)


def test_the_ukrainian_export_is_in_ukrainian(client, projects):
    package = get_json(client, "/uk/proiekty/export/json/")

    assert package["x_language"] == "uk"
    assert [record["title"] for record in package["projects"]] == ["Чиста вода у Львові"]
    [water] = package["projects"]
    assert water["id"] == str(projects["project"].translation_key)
    assert "Львівська ОДА" in [party["name"] for party in water["parties"]]
    assert water["x_topics"] == [{"id": "vatten", "name": "Вода"}]
    assert water["x_url"] == "http://localhost/uk/proiekty/chysta-voda/"


def test_csv_opens_in_excel_with_one_row_per_project_and_activity(client, projects):
    rows = get_csv(client, "/sv/projekt/export/csv/")

    assert list(rows[0]) == CSV_COLUMNS
    water = rows[0]
    assert water["title"] == "Rent vatten i Lviv"
    assert water["status"] == "implementation"
    assert water["period.startDate"] == "2025-01-01"
    assert water["x_progress.percent"] == "50"
    assert water["parties.partner"] == "Lvivs regionförvaltning"
    assert water["budget.x_totals.granted.SEK"] == "450000"
    assert water["budget.x_totals.applied.EUR"] == "12500.5"
    assert water["budget.x_totals.granted.UAH"] == ""
    assert "ICLD / Kommunala partnerskap: 450000 SEK (granted)" in water["budget.budgetBreakdown"]
    assert water["milestones"].startswith("Upphandling klar (2025-06-30, met, 2025-06-15); ")
    assert water["x_councilDecision.diaryNumber"] == "KS 2024/123"
    assert (water["locations.latitude"], water["locations.longitude"]) == ("49.83968", "24.02972")
    assert water["x_url"] == "http://localhost/sv/projekt/rent-vatten/"
    assert rows[1]["x_parentId"] == water["id"]


def test_csv_neutralises_cells_a_spreadsheet_would_run_as_formulas(client, projects):
    rows = get_csv(client, "/sv/projekt/export/csv/")
    formula = rows[2]

    assert formula["title"] == '\'=HYPERLINK("http://example.com","Klicka")'
    assert formula["description"] == "'-2+3"
    assert formula["publicAuthority.name"] == "'@Kommunen"
    unsafe = ("=", "+", "-", "@", "\t", "\r")
    assert not [cell for row in rows for cell in row.values() if cell.startswith(unsafe)]


@pytest.mark.parametrize("export", ["csv", "json"])
def test_drafts_private_projects_and_unpublished_translations_are_never_exported(
    client, projects, export
):
    for url in (f"/sv/projekt/export/{export}/", f"/uk/proiekty/export/{export}/"):
        content = client.get(url).content.decode("utf-8-sig")
        for title in ("Utkast", "Internt", "Внутрішній", "Чернетка"):
            assert title not in content


def dashboard_titles(client, url, params):
    response = client.get(url, params)
    projects = response.context["projects"]
    return [page.title for project in projects for page in (project, *project.activities)]


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"status": "implementation"},
        {"status": "preparation"},
        {"status": "completion"},
        {"topic": "vatten"},
        {"topic": "finns-inte"},
        {"partner": "lviv"},
        {"status": "implementation", "topic": "vatten", "since": "2025-01-01"},
    ],
)
def test_exports_show_the_same_projects_as_the_dashboard_for_the_same_filters(
    client, projects, params
):
    if params.get("partner") == "lviv":
        params = {**params, "partner": projects["project"].partners.get().pk}
    expected = dashboard_titles(client, "/sv/projekt/", params)

    json_titles = [
        r["title"] for r in get_json(client, "/sv/projekt/export/json/", params)["projects"]
    ]
    csv_titles = [
        row["title"].lstrip("'") for row in get_csv(client, "/sv/projekt/export/csv/", params)
    ]

    assert json_titles == csv_titles == expected


def test_the_dashboard_links_to_the_exports_with_its_filters(client, projects):
    html = client.get(
        "/sv/projekt/", {"status": "implementation", "topic": "vatten"}
    ).content.decode()

    assert 'href="/sv/projekt/export/csv/?status=implementation&amp;topic=vatten"' in html
    assert 'href="/sv/projekt/export/json/?status=implementation&amp;topic=vatten"' in html
