"""How a project's progress is worked out, and what changed since a date.

Kept apart from the page models so the rules read in one place and are tested without pages.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from partnership.choices import FundingStatus, MilestoneStatus

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


def changes_since(projects, since, today):
    """What happened in these projects from `since` up to `today`, newest first.

    Reads only prefetched relations: progress_updates, milestones and status_changes.
    """
    changes = []
    for project in projects:
        for update in project.progress_updates.all():
            if since <= update.date <= today:
                changes.append(Change(update.date, project, "update", update.text))
        for milestone in project.milestones.all():
            if milestone.date_met and since <= milestone.date_met <= today:
                kind = (
                    "milestone_met"
                    if milestone.status == MilestoneStatus.MET
                    else "milestone_partially_met"
                )
                changes.append(Change(milestone.date_met, project, kind, milestone.title))
            elif (
                milestone.status == MilestoneStatus.NOT_MET and since <= milestone.due_date <= today
            ):
                changes.append(
                    Change(milestone.due_date, project, "milestone_missed", milestone.title)
                )
        for change in project.status_changes.all():
            changed_on = timezone.localdate(change.changed_at)
            if since <= changed_on <= today:
                changes.append(Change(changed_on, project, "status", change.get_status_display()))
    return sorted(changes, key=lambda change: (change.date, change.kind), reverse=True)
