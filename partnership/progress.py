"""How a project's progress is worked out, and what changed since a date.

Kept apart from the page models so the rules read in one place and are tested without pages.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Case, Q, Sum, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from partnership.choices import FundingStatus, MilestoneStatus
from partnership.models.inlines import (
    FundingLine,
    ProgressUpdate,
    ProjectMilestone,
    ProjectStatusChange,
)

# The dashboard lists at most this many changes, the newest: a page for reading, not an archive.
CHANGES_SHOWN = 100

# A partly met milestone counts as half done; missed and scheduled ones as not done.
MILESTONE_CREDIT = {
    MilestoneStatus.MET: Decimal(1),
    MilestoneStatus.PARTIALLY_MET: Decimal("0.5"),
    MilestoneStatus.SCHEDULED: Decimal(0),
    MilestoneStatus.NOT_MET: Decimal(0),
}


def milestone_progress(milestones):
    """Percentage of the milestones met, or None when there are none."""
    milestones = list(milestones)
    if not milestones:
        return None
    done = sum(MILESTONE_CREDIT[milestone.status] for milestone in milestones)
    return round(100 * done / len(milestones))


def weighted_progress(parts):
    """Weighted mean of (progress, weight) pairs; parts lacking progress or weight don't count."""
    counted = [(progress, weight) for progress, weight in parts if progress is not None and weight]
    total_weight = sum(weight for _progress, weight in counted)
    if not total_weight:
        return None
    return round(sum(progress * weight for progress, weight in counted) / total_weight)


@dataclass(frozen=True)
class Progress:
    percent: int | None
    basis: str  # "manual", "activities", "milestones" or "none"

    @property
    def known(self):
        return self.percent is not None


def project_progress(manual, activities, milestones):
    """A project's progress: an entered figure wins, then its activities, then its milestones.

    `activities` are (Progress, weight) pairs of the child activities.
    """
    if manual is not None:
        return Progress(manual, "manual")
    rolled_up = weighted_progress((progress.percent, weight) for progress, weight in activities)
    if rolled_up is not None:
        return Progress(rolled_up, "activities")
    from_milestones = milestone_progress(milestones)
    if from_milestones is not None:
        return Progress(from_milestones, "milestones")
    return Progress(None, "none")


def funding_by_currency(lines):
    """{currency: {"granted": total, "applied": total}} by currency; rejected lines left out."""
    totals = defaultdict(lambda: {"granted": Decimal(0), "applied": Decimal(0)})
    for line in lines:
        if line.status == FundingStatus.GRANTED:
            totals[line.currency]["granted"] += line.amount
        elif line.status == FundingStatus.APPLIED:
            totals[line.currency]["applied"] += line.amount
    return dict(sorted(totals.items()))


def funding_totals(pages):
    """funding_by_currency over all funding lines of `pages`, added up by the database."""
    totals = defaultdict(lambda: {"granted": Decimal(0), "applied": Decimal(0)})
    rows = (
        FundingLine.objects.filter(
            project__in=pages, status__in=[FundingStatus.GRANTED, FundingStatus.APPLIED]
        )
        .values("currency", "status")
        .annotate(total=Sum("amount"))
        .order_by()
    )
    for row in rows:
        totals[row["currency"]][row["status"]] = row["total"]
    return dict(sorted(totals.items()))


@dataclass(frozen=True)
class Change:
    date: date
    project: object
    kind: str  # "update", "milestone_met", "milestone_partially_met", "milestone_missed", "status"
    text: str

    @property
    def label(self):
        return CHANGE_LABELS[self.kind]


CHANGE_LABELS = {
    "update": _("Progress update"),
    "milestone_met": _("Milestone met"),
    "milestone_partially_met": _("Milestone partially met"),
    "milestone_missed": _("Milestone not met"),
    "status": _("Status changed"),
}


def changes_since(pages, since, today, limit=CHANGES_SHOWN):
    """What happened in `pages` (a ProjectPage queryset) from `since` up to `today`, newest first.

    Only the `limit` newest changes of each kind are read, so the cost stays the same however
    much has happened. Returns the changes and whether older ones were left out.
    """
    period = (since, today)
    met_in_period = Q(date_met__range=period)
    updates = ProgressUpdate.objects.filter(project__in=pages, date__range=period)
    milestones = (
        ProjectMilestone.objects.filter(project__in=pages)
        .filter(met_in_period | Q(status=MilestoneStatus.NOT_MET, due_date__range=period))
        .annotate(changed_on=Case(When(met_in_period, then="date_met"), default="due_date"))
    )
    statuses = ProjectStatusChange.objects.filter(project__in=pages, changed_at__date__range=period)
    found = [
        *(
            (update.date, "update", update.project_id, update.text)
            for update in updates.order_by("-date")[: limit + 1]
        ),
        *(
            (m.changed_on, milestone_change(m, since, today), m.project_id, m.title)
            for m in milestones.order_by("-changed_on")[: limit + 1]
        ),
        *(
            (timezone.localdate(s.changed_at), "status", s.project_id, s.get_status_display())
            for s in statuses.order_by("-changed_at")[: limit + 1]
        ),
    ]
    found.sort(key=lambda change: change[:2], reverse=True)
    shown = found[:limit]
    projects = pages.model.objects.in_bulk(
        {project_id for _date, _kind, project_id, _text in shown}
    )
    changes = [
        Change(changed_on, projects[project_id], kind, text)
        for changed_on, kind, project_id, text in shown
    ]
    return changes, len(found) > limit


def milestone_change(milestone, since, today):
    """The kind of change a milestone made: met or partly met in the period, or missed in it."""
    if milestone.date_met and since <= milestone.date_met <= today:
        if milestone.status == MilestoneStatus.MET:
            return "milestone_met"
        return "milestone_partially_met"
    return "milestone_missed"
