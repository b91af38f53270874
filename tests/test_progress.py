"""How far a project has come, what it has been granted, and what changed since a date."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone, translation
from django.utils.translation import ngettext

from partnership.choices import Currency, FundingStatus, MilestoneStatus, ProjectStatus
from partnership.models import (
    FundingLine,
    ProgressUpdate,
    ProjectMilestone,
    ProjectPage,
    ProjectStatusChange,
)
from partnership.models.pages import PROJECTS_PER_PAGE
from partnership.progress import (
    CHANGES_SHOWN,
    Progress,
    changes_since,
    funding_by_currency,
    project_progress,
)
from tests.factories import (
    STOCKHOLM,
    FundingLineFactory,
    ProgressUpdateFactory,
    ProjectMilestoneFactory,
    ProjectPageFactory,
    TopicFactory,
)

MET = MilestoneStatus.MET
PARTLY = MilestoneStatus.PARTIALLY_MET
NOT_MET = MilestoneStatus.NOT_MET
SCHEDULED = MilestoneStatus.SCHEDULED


def milestones(*statuses):
    return [ProjectMilestone(title=str(status), status=status) for status in statuses]


def activity(percent, weight):
    return (Progress(percent, "milestones"), weight)


def test_a_project_without_milestones_or_activities_has_unknown_progress():
    progress = project_progress(None, [], [])

    assert progress == Progress(None, "none")
    assert not progress.known


def test_a_project_with_every_milestone_met_is_done():
    assert project_progress(None, [], milestones(MET, MET, MET)) == Progress(100, "milestones")


@pytest.mark.parametrize(
    ("statuses", "percent"),
    [
        ((MET, SCHEDULED), 50),
        ((MET, PARTLY, NOT_MET, SCHEDULED), 38),
        ((PARTLY, PARTLY), 50),
        ((NOT_MET, SCHEDULED), 0),
    ],
)
def test_milestones_count_met_as_done_partly_met_as_half_and_the_rest_as_not_done(
    statuses, percent
):
    assert project_progress(None, [], milestones(*statuses)) == Progress(percent, "milestones")


def test_an_entered_figure_wins_over_milestones():
    assert project_progress(20, [], milestones(MET, MET)) == Progress(20, "manual")


def test_an_entered_figure_wins_over_activities():
    assert project_progress(20, [activity(80, 1)], milestones(MET)) == Progress(20, "manual")


def test_an_entered_zero_is_a_figure_not_a_blank():
    assert project_progress(0, [activity(100, 1)], milestones(MET)) == Progress(0, "manual")


def test_activities_roll_up_by_weight_and_win_over_the_projects_own_milestones():
    progress = project_progress(None, [activity(90, 2), activity(30, 1)], milestones(SCHEDULED))

    assert progress == Progress(70, "activities")


def test_an_activity_weighted_zero_is_left_out():
    progress = project_progress(None, [activity(100, 0), activity(40, 1)], [])

    assert progress == Progress(40, "activities")


def test_when_every_activity_weighs_zero_the_projects_own_milestones_count():
    progress = project_progress(None, [activity(100, 0), activity(0, 0)], milestones(MET, PARTLY))

    assert progress == Progress(75, "milestones")


def test_an_activity_of_unknown_progress_is_left_out():
    progress = project_progress(None, [(Progress(None, "none"), 3), activity(60, 1)], [])

    assert progress == Progress(60, "activities")


def funding_line(amount, currency, status):
    return FundingLine(amount=Decimal(amount), currency=currency, status=status)


def test_funding_is_totalled_per_currency_and_rejected_applications_are_left_out():
    totals = funding_by_currency(
        [
            funding_line("100000", Currency.SEK, FundingStatus.GRANTED),
            funding_line("50000", Currency.SEK, FundingStatus.APPLIED),
            funding_line("25000", Currency.SEK, FundingStatus.GRANTED),
            funding_line("400000", Currency.UAH, FundingStatus.APPLIED),
            funding_line("9000", Currency.EUR, FundingStatus.REJECTED),
            funding_line("7000", Currency.SEK, FundingStatus.REJECTED),
        ]
    )

    assert totals == {
        "SEK": {"granted": Decimal("125000"), "applied": Decimal("50000")},
        "UAH": {"granted": Decimal(0), "applied": Decimal("400000")},
    }


def met_milestone(project, on=datetime.date(2025, 2, 1), **fields):
    return ProjectMilestoneFactory(project=project, status=MET, date_met=on, **fields)


def test_a_projects_progress_is_the_weighted_average_of_its_published_activities(dashboard):
    project = ProjectPageFactory(parent=dashboard, title="Vattenförsörjning")
    ProjectMilestoneFactory(project=project)
    done = ProjectPageFactory(parent=project, title="Pumpstation", weight=2)
    met_milestone(done)
    half = ProjectPageFactory(parent=project, title="Ledningsnät", weight=1)
    met_milestone(half)
    ProjectMilestoneFactory(project=half)
    draft = ProjectPageFactory(parent=project, title="Utkast", live=False)
    ProjectMilestoneFactory(project=draft)

    # (100 × 2 + 50 × 1) / 3; the draft activity, at 0 %, does not count yet.
    assert ProjectPage.objects.get(pk=project.pk).progress == Progress(83, "activities")
    assert ProjectPage.objects.get(pk=half.pk).progress == Progress(50, "milestones")


def test_the_dashboard_shows_the_same_rolled_up_progress_as_the_project_page(client, dashboard):
    project = ProjectPageFactory(parent=dashboard)
    met_milestone(ProjectPageFactory(parent=project, weight=2))
    ProjectMilestoneFactory(project=ProjectPageFactory(parent=project, weight=1))

    response = client.get(dashboard.url)

    assert response.status_code == 200
    [listed] = response.context["projects"]
    assert listed.pk == project.pk
    assert listed.progress == Progress(67, "activities")
    assert ProjectPage.objects.get(pk=project.pk).progress == listed.progress


def test_a_projects_funding_includes_its_activities_and_never_mixes_currencies(dashboard):
    project = ProjectPageFactory(parent=dashboard)
    FundingLineFactory(project=project, amount=Decimal("200000"), currency=Currency.SEK)
    FundingLineFactory(
        project=project,
        amount=Decimal("30000"),
        currency=Currency.SEK,
        status=FundingStatus.REJECTED,
    )
    activity_page = ProjectPageFactory(parent=project)
    FundingLineFactory(project=activity_page, amount=Decimal("50000"), currency=Currency.SEK)
    FundingLineFactory(
        project=activity_page,
        amount=Decimal("1500000"),
        currency=Currency.UAH,
        status=FundingStatus.APPLIED,
    )

    assert ProjectPage.objects.get(pk=project.pk).funding == {
        "SEK": {"granted": Decimal("250000"), "applied": Decimal(0)},
        "UAH": {"granted": Decimal(0), "applied": Decimal("1500000")},
    }


def test_the_dashboard_totals_funding_per_currency_over_all_projects(client, dashboard):
    for currency, amount in [("SEK", "100000"), ("SEK", "40000"), ("EUR", "12000")]:
        FundingLineFactory(
            project=ProjectPageFactory(parent=dashboard), amount=Decimal(amount), currency=currency
        )

    response = client.get(dashboard.url)

    assert response.status_code == 200
    assert response.context["funding_totals"] == {
        "EUR": {"granted": Decimal("12000"), "applied": Decimal(0)},
        "SEK": {"granted": Decimal("140000"), "applied": Decimal(0)},
    }


def statuses_recorded(project):
    return list(
        project.status_changes.order_by("changed_at", "pk").values_list("status", flat=True)
    )


def test_publishing_records_a_status_only_when_it_changes(dashboard):
    project = ProjectPageFactory(parent=dashboard, live=False, status=ProjectStatus.PREPARATION)

    project.save_revision().publish()
    project.title = "Nytt namn, samma status"
    project.save_revision().publish()
    assert statuses_recorded(project) == [ProjectStatus.PREPARATION]

    project.status = ProjectStatus.IMPLEMENTATION
    project.save_revision().publish()
    assert statuses_recorded(project) == [ProjectStatus.PREPARATION, ProjectStatus.IMPLEMENTATION]


def test_a_status_saved_as_a_draft_is_not_recorded_until_published(dashboard):
    project = ProjectPageFactory(parent=dashboard, live=False, status=ProjectStatus.PREPARATION)
    project.save_revision().publish()

    project.status = ProjectStatus.PAUSED
    draft = project.save_revision()
    assert statuses_recorded(project) == [ProjectStatus.PREPARATION]

    draft.publish()
    assert statuses_recorded(project) == [ProjectStatus.PREPARATION, ProjectStatus.PAUSED]


SINCE = datetime.date(2025, 3, 1)


@pytest.fixture
def project_with_history(dashboard):
    """A project and an activity, each with something before and something after SINCE."""
    project = ProjectPageFactory(parent=dashboard, title="Skolbyggnad")
    ProgressUpdateFactory(project=project, date=datetime.date(2025, 3, 5), text="Bygglov klart")
    ProgressUpdateFactory(project=project, date=datetime.date(2025, 2, 1), text="Gammal nyhet")
    met_milestone(project, on=datetime.date(2025, 3, 10), title="Ritningar godkända")
    met_milestone(project, on=datetime.date(2025, 1, 15), title="Förstudie klar")
    ProjectMilestoneFactory(
        project=project, status=NOT_MET, due_date=datetime.date(2025, 3, 20), title="Upphandling"
    )
    ProjectMilestoneFactory(
        project=project, status=NOT_MET, due_date=datetime.date(2025, 1, 20), title="Budget"
    )
    ProjectMilestoneFactory(
        project=project, status=SCHEDULED, due_date=datetime.date(2025, 3, 25), title="Grund"
    )
    activity_page = ProjectPageFactory(parent=project, title="Möbler")
    ProgressUpdateFactory(project=activity_page, date=datetime.date(2025, 4, 2), text="Beställt")
    ProjectMilestoneFactory(
        project=activity_page,
        status=PARTLY,
        due_date=datetime.date(2025, 3, 1),
        date_met=datetime.date(2025, 3, 3),
        title="Halva leveransen",
    )
    return project


def test_changes_since_a_date_list_what_happened_after_it_newest_first(
    client, project_with_history
):
    response = client.get(project_with_history.get_parent().url, {"since": SINCE.isoformat()})

    assert response.status_code == 200
    assert response.context["since"] == SINCE
    assert [
        (change.date, change.kind, change.text, change.project.title)
        for change in response.context["changes"]
    ] == [
        (datetime.date(2025, 4, 2), "update", "Beställt", "Möbler"),
        (datetime.date(2025, 3, 20), "milestone_missed", "Upphandling", "Skolbyggnad"),
        (datetime.date(2025, 3, 10), "milestone_met", "Ritningar godkända", "Skolbyggnad"),
        (datetime.date(2025, 3, 5), "update", "Bygglov klart", "Skolbyggnad"),
        (datetime.date(2025, 3, 3), "milestone_partially_met", "Halva leveransen", "Möbler"),
    ]


def test_a_published_status_change_shows_among_the_changes(client, dashboard):
    project = ProjectPageFactory(parent=dashboard, live=False, status=ProjectStatus.COMPLETION)
    project.save_revision().publish()

    response = client.get(dashboard.url, {"since": SINCE.isoformat()})

    assert response.status_code == 200
    [change] = response.context["changes"]
    with translation.override("sv"):
        completed = str(ProjectStatus.COMPLETION.label)
    assert (change.date, change.kind, change.text) == (timezone.localdate(), "status", completed)
    assert change.project.pk == project.pk


def test_a_status_change_just_after_midnight_swedish_time_counts_for_that_swedish_day(
    client, dashboard
):
    """Published at 00:30 in Alingsås on 10 March – still 9 March in UTC – it is a change since
    10 March."""
    project = ProjectPageFactory(parent=dashboard)
    ProjectStatusChange.objects.create(
        project=project,
        status=ProjectStatus.IMPLEMENTATION,
        changed_at=datetime.datetime(2025, 3, 10, 0, 30, tzinfo=STOCKHOLM),
    )

    response = client.get(dashboard.url, {"since": "2025-03-10"})

    assert [(c.date, c.kind) for c in response.context["changes"]] == [
        (datetime.date(2025, 3, 10), "status")
    ]


def test_an_invalid_since_date_is_ignored_and_shown_as_a_form_error(client, project_with_history):
    response = client.get(project_with_history.get_parent().url, {"since": "notadate"})

    assert response.status_code == 200
    assert "since" in response.context["filter_form"].errors
    assert response.context["since"] is None
    assert "changes" not in response.context
    assert [p.pk for p in response.context["projects"]] == [project_with_history.pk]


def test_without_since_the_dashboard_lists_no_changes(client, project_with_history):
    response = client.get(project_with_history.get_parent().url)

    assert response.status_code == 200
    assert "changes" not in response.context
    assert not response.context["filter_form"].is_bound


@pytest.fixture
def two_pages_of_projects(dashboard):
    """One water project more than fits on a page, the last with a funded activity that reported
    progress, and a school project the filter leaves out."""
    water = TopicFactory(slug="vatten")
    projects = [
        ProjectPageFactory(parent=dashboard, topics=[water]) for _ in range(PROJECTS_PER_PAGE + 1)
    ]
    for project in projects:
        FundingLineFactory(project=project, amount=Decimal("1000"), currency=Currency.SEK)
    activity_page = ProjectPageFactory(parent=projects[-1], title="Pumpar")
    FundingLineFactory(project=activity_page, amount=Decimal("500"), currency=Currency.EUR)
    FundingLineFactory(
        project=activity_page,
        amount=Decimal("700"),
        currency=Currency.EUR,
        status=FundingStatus.APPLIED,
    )
    FundingLineFactory(
        project=activity_page,
        amount=Decimal("900"),
        currency=Currency.EUR,
        status=FundingStatus.REJECTED,
    )
    ProgressUpdateFactory(project=activity_page, date=datetime.date(2025, 4, 2), text="Levererat")
    school = ProjectPageFactory(parent=dashboard, title="Skola")
    FundingLineFactory(project=school, amount=Decimal("99999"), currency=Currency.SEK)
    ProgressUpdateFactory(project=school, date=datetime.date(2025, 4, 3), text="Skolan byggd")
    return dashboard


def test_the_funding_totals_are_the_same_on_every_page_and_cover_all_projects_shown(
    client, two_pages_of_projects
):
    first = client.get(two_pages_of_projects.url, {"topic": "vatten"})
    second = client.get(two_pages_of_projects.url, {"topic": "vatten", "page": 2})
    lines = FundingLine.objects.filter(
        project__in=ProjectPage.objects.filter(topics__slug="vatten")
    )
    activity_lines = FundingLine.objects.filter(project__title="Pumpar")

    expected = funding_by_currency([*lines, *activity_lines])
    assert expected == {
        "EUR": {"granted": Decimal("500"), "applied": Decimal("700")},
        "SEK": {"granted": Decimal("21000"), "applied": Decimal(0)},
    }
    assert first.context["funding_totals"] == second.context["funding_totals"] == expected


def test_changes_since_cover_projects_on_other_pages_but_not_those_filtered_out(
    client, two_pages_of_projects
):
    response = client.get(two_pages_of_projects.url, {"topic": "vatten", "since": "2025-04-01"})

    assert "Pumpar" not in [page.title for page in response.context["projects"]]
    assert [(change.project.title, change.text) for change in response.context["changes"]] == [
        ("Pumpar", "Levererat")
    ]
    pumps = ProjectPage.objects.get(title="Pumpar")
    assert f'<a href="{pumps.url}">Pumpar</a>' in response.content.decode()
    assert not response.context["changes_capped"]


def test_only_the_newest_changes_are_listed_with_a_note_saying_so(client, project_with_history):
    pages = ProjectPage.objects.all()

    changes, capped = changes_since(pages, SINCE, datetime.date(2025, 12, 31), limit=2)
    assert capped
    assert [(change.date, change.kind) for change in changes] == [
        (datetime.date(2025, 4, 2), "update"),
        (datetime.date(2025, 3, 20), "milestone_missed"),
    ]
    assert not changes_since(pages, SINCE, datetime.date(2025, 12, 31), limit=5)[1]

    ProgressUpdate.objects.bulk_create(
        ProgressUpdate(
            project=project_with_history,
            locale=project_with_history.locale,
            date=datetime.date(2025, 5, 1),
            text=f"Vecka {number}",
        )
        for number in range(CHANGES_SHOWN)
    )
    response = client.get(project_with_history.get_parent().url, {"since": SINCE.isoformat()})

    assert len(response.context["changes"]) == CHANGES_SHOWN
    with translation.override("sv"):
        note = ngettext(
            "The %(limit)s most recent change is shown.",
            "The %(limit)s most recent changes are shown.",
            CHANGES_SHOWN,
        ) % {"limit": CHANGES_SHOWN}
    assert note in response.content.decode()
