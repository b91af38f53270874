"""The pictures on project pages, the dashboard and the partner index, as a visitor gets them."""

import datetime
import re
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from partnership.charts import PARTNER_MAP_PROJECTION, MilestoneTimeline
from partnership.choices import Currency, FundingStatus, MilestoneStatus
from tests.factories import (
    FundingLineFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
    ProjectMilestoneFactory,
    ProjectPageFactory,
)

NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def soup_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def view_box(svg):
    _x, _y, width, height = (float(n) for n in svg["viewbox"].split())
    return width, height


def assert_inside(svg):
    """Every absolute coordinate of the picture lies within its viewBox."""
    width, height = view_box(svg)
    for element in svg.find_all(["circle", "rect", "text", "line"]):
        for x_name, y_name in (("cx", "cy"), ("x", "y"), ("x1", "y1"), ("x2", "y2")):
            if element.has_attr(x_name):
                assert 0 <= float(element[x_name]) <= width, element
                assert 0 <= float(element[y_name]) <= height, element
        if element.name == "rect":
            assert float(element["x"]) + float(element["width"]) <= width, element
    for path in svg.find_all("path"):
        if re.fullmatch(r"[-\d. MLZ]+", path["d"]):  # outlines: absolute points only
            numbers = [float(n) for n in NUMBER.findall(path["d"])]
            assert all(0 <= x <= width for x in numbers[0::2]), path["d"][:80]
            assert all(0 <= y <= height for y in numbers[1::2]), path["d"][:80]


def assert_labelled_picture(svg, page):
    assert svg["role"] == "img"
    ids = svg["aria-labelledby"].split()
    assert all(page.find(id=id_) and page.find(id=id_).get_text(strip=True) for id_ in ids)


@pytest.fixture
def project(dashboard):
    project = ProjectPageFactory(parent=dashboard, title="Vattenprojekt")
    for due, status, met in (
        (datetime.date(2025, 3, 1), MilestoneStatus.MET, datetime.date(2025, 3, 1)),
        (datetime.date(2025, 9, 1), MilestoneStatus.NOT_MET, None),
        (datetime.date(2026, 2, 1), MilestoneStatus.PARTIALLY_MET, datetime.date(2026, 2, 3)),
        (datetime.date(2027, 5, 1), MilestoneStatus.SCHEDULED, None),
    ):
        ProjectMilestoneFactory(project=project, due_date=due, status=status, date_met=met)
    for amount, currency, status in (
        ("450000", Currency.SEK, FundingStatus.GRANTED),
        ("150000", Currency.SEK, FundingStatus.APPLIED),
        ("900000", Currency.SEK, FundingStatus.REJECTED),
        ("12000", Currency.EUR, FundingStatus.APPLIED),
        ("2500000", Currency.UAH, FundingStatus.GRANTED),
    ):
        FundingLineFactory(
            project=project, amount=Decimal(amount), currency=currency, status=status
        )
    return project


def test_project_timeline_numbers_and_statuses_match_the_milestone_list(client, project):
    page = soup_of(client, project)
    svg = page.select_one(".chart--timeline svg")
    assert_labelled_picture(svg, page)

    drawn = [
        (marker["data-number"], re.search(r"chart__marker--(\w+)", " ".join(marker["class"]))[1])
        for marker in svg.select("path[data-number]")
    ]
    listed = [
        re.search(r"timeline__item--(\w+)", " ".join(item["class"]))[1]
        for item in page.select("ol.timeline > li")
    ]
    assert drawn == [(str(n), status) for n, status in enumerate(listed, start=1)]
    assert listed == ["met", "not_met", "partially_met", "scheduled"]
    # Each status has its own shape as well as colour: four statuses, four different paths.
    legend_shapes = {re.sub(NUMBER, "", p["d"]) for p in svg.select(".chart__legend path")}
    assert len(legend_shapes) == 4
    assert_inside(svg)


def test_project_funding_bars_state_the_totals_table_per_currency(client, project):
    page = soup_of(client, project)
    svg = page.select_one(".chart--funding svg")
    assert_labelled_picture(svg, page)

    table = {
        row.th.get_text(strip=True): [td.get_text(strip=True) for td in row.find_all("td")]
        for row in page.select(".totals-table tbody tr")
    }
    drawn = {}
    for label in svg.select(".chart__label--row"):
        amounts = label.find_next_siblings("text", class_="chart__amount", limit=2)
        drawn[label.get_text(strip=True)] = [text.get_text(strip=True) for text in amounts]
    assert drawn == table
    assert table["SEK"] == ["450\u00a0000\u00a0SEK", "150\u00a0000\u00a0SEK"]  # rejected left out
    # Each currency only ever shows its own code: nothing is converted or summed across them.
    for currency, amounts in drawn.items():
        assert all(amount.endswith(currency) for amount in amounts)
    assert_inside(svg)


def test_each_currency_has_its_own_scale(client, project):
    svg = soup_of(client, project).select_one(".chart--funding svg")
    widths = {}
    for label in svg.select(".chart__label--row"):
        bars = label.find_next_siblings("rect", limit=2)
        widths[label.get_text(strip=True)] = [float(bar["width"]) for bar in bars]
    full = max(max(pair) for pair in widths.values())
    # The largest amount of every currency fills the bar, whatever its size in another currency.
    assert {currency: max(pair) for currency, pair in widths.items()} == {
        "EUR": full,
        "SEK": full,
        "UAH": full,
    }
    assert widths["SEK"][1] == pytest.approx(full / 3, abs=0.1)
    assert widths["EUR"][0] == 0  # nothing granted in EUR


def test_dashboard_timeline_lists_the_same_milestones_as_its_text(client, dashboard, project):
    other = ProjectPageFactory(parent=dashboard, title="Skolprojekt")
    ProjectMilestoneFactory(project=other, due_date=datetime.date(2026, 6, 1))
    page = soup_of(client, dashboard)
    svg = page.select_one(".chart--timeline svg")
    assert_labelled_picture(svg, page)

    numbers = [marker["data-number"] for marker in svg.select("path[data-number]")]
    items = page.select(".chart__details li")
    assert numbers == [str(n) for n in range(1, 6)]
    assert len(items) == 5
    assert [h.get_text() for h in page.select(".chart__details h3")] == [
        "Vattenprojekt",
        "Skolprojekt",
    ]
    assert page.select(".chart__details ol")[1]["start"] == "5"
    assert_inside(svg)


def test_dashboard_funding_bars_state_the_table_totals(client, dashboard, project):
    page = soup_of(client, dashboard)
    svg = page.select_one(".chart--funding svg")
    footer = {
        row.th.get_text(" ", strip=True).split()[-1]: [
            td.get_text(strip=True) for td in row.find_all("td")
        ]
        for row in page.select(".dashboard__table tfoot tr")
    }
    drawn = {
        label.get_text(strip=True): [
            text.get_text(strip=True)
            for text in label.find_next_siblings("text", class_="chart__amount", limit=2)
        ]
        for label in svg.select(".chart__label--row")
    }
    assert drawn == footer
    assert set(drawn) == {"EUR", "SEK", "UAH"}


def test_pictures_work_without_javascript(client, project):
    for target in (project, project.get_parent()):
        page = soup_of(client, target)
        assert page.find("script") is None
        for svg in page.find_all("svg"):
            assert not [a for tag in svg.find_all(True) for a in tag.attrs if a.startswith("on")]


def test_partner_map_draws_located_partners_and_lists_them_all(client, homes):
    index = PartnerIndexPageFactory(parent=homes["sv"])
    PartnerPageFactory(
        parent=index,
        title="Alingsås kommun",
        region="Västra Götalands län",
        latitude=Decimal("57.93036"),
        longitude=Decimal("12.53287"),
    )
    PartnerPageFactory(
        parent=index,
        title="Lviv-regionen",
        region="Lviv oblast",
        latitude=Decimal("49.83968"),
        longitude=Decimal("24.02972"),
    )
    PartnerPageFactory(parent=index, title="Hromada utan plats", region="Lviv oblast")
    page = soup_of(client, index)
    svg = page.select_one(".chart--map svg")

    drawn = {link.get_text(strip=True): link["href"] for link in svg.find_all("a")}
    assert drawn == {
        "Alingsås kommun": "/sv/partner/alingsas-kommun/",
        "Lviv-regionen": "/sv/partner/lviv-regionen/",
    }
    listed = [card.get_text(" ", strip=True) for card in page.select(".card-list li")]
    assert len(listed) == 3
    assert any("Hromada utan plats" in text and "Lviv oblast" in text for text in listed)
    assert any("Alingsås kommun" in text and "Västra Götalands län" in text for text in listed)
    assert_inside(svg)
    # Alingsås lies north-west of Lviv, so its marker is above and to the left.
    alingsas, lviv = (svg.select_one(f'a[href="{href}"] circle') for href in drawn.values())
    assert float(alingsas["cx"]) < float(lviv["cx"])
    assert float(alingsas["cy"]) < float(lviv["cy"])


def test_partner_map_leaves_out_a_place_outside_the_drawn_area(client, homes):
    index = PartnerIndexPageFactory(parent=homes["sv"])
    PartnerPageFactory(
        parent=index, title="Långt bort", latitude=Decimal("10"), longitude=Decimal("10")
    )
    page = soup_of(client, index)
    assert page.select_one(".chart--map") is None
    assert "Långt bort" in page.select_one(".card-list").get_text()
    assert not PARTNER_MAP_PROJECTION.contains(10, 10)


def test_timeline_puts_today_and_every_milestone_between_its_ends():
    milestone = ProjectMilestoneFactory.build(due_date=datetime.date(2025, 6, 30))
    timeline = MilestoneTimeline([("", [milestone])], today=datetime.date(2026, 11, 26))
    assert (timeline.start, timeline.end) == (datetime.date(2025, 1, 1), datetime.date(2027, 1, 1))
    assert timeline.margin < timeline.markers[0].x < timeline.today_x < timeline.width - 24
    assert not MilestoneTimeline([("Tomt", [])], today=datetime.date(2026, 11, 26))
