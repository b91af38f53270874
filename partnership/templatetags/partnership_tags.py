"""Formatting for the public templates, so that they only lay things out."""

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext, ngettext

from home import content_cache
from partnership.choices import MilestoneStatus
from partnership.models import ProjectPage

register = template.Library()


@register.filter
def money(amount, currency):
    """An amount in its own currency, grouped the reader's way: "450 000 SEK", "450,000 SEK"."""
    decimals = 0 if amount == amount.to_integral_value() else 2
    return f"{number_format(amount, decimal_pos=decimals, force_grouping=True)}\u00a0{currency}"


@register.filter
def amounts(funding, status):
    """The non-zero totals of one status ("granted" or "applied") in `funding`, one per currency."""
    return [
        money(totals[status], currency) for currency, totals in funding.items() if totals[status]
    ]


@register.filter
def is_overdue(milestone):
    """A milestone still waiting to be met after its due date."""
    waiting = milestone.status == MilestoneStatus.SCHEDULED
    return waiting and milestone.due_date < content_cache.today()


@register.filter
def coordinates(page):
    """The page's location as text, in the reader's number format: "57.93036° N, 12.53287° E"."""
    if not page.has_location:
        return ""
    latitude = gettext("%(degrees)s° N") if page.latitude >= 0 else gettext("%(degrees)s° S")
    longitude = gettext("%(degrees)s° E") if page.longitude >= 0 else gettext("%(degrees)s° W")
    return ", ".join(
        (
            latitude % {"degrees": number_format(abs(page.latitude))},
            longitude % {"degrees": number_format(abs(page.longitude))},
        )
    )


@register.simple_tag
def progress_basis(project):
    """How the project's progress figure came about, in words."""
    basis = project.progress.basis
    if basis == "manual":
        return gettext("Entered by the editor")
    if basis == "activities":
        count = sum(1 for a in project.activities if a.progress.known and a.weight)
        return ngettext(
            "Worked out from %(count)d activity", "Worked out from %(count)d activities", count
        ) % {"count": count}
    if basis == "milestones":
        count = len(project.milestones.all())
        return ngettext(
            "Worked out from %(count)d milestone", "Worked out from %(count)d milestones", count
        ) % {"count": count}
    return gettext("Progress not reported")


@register.simple_tag
def parent_project(page):
    """The project an activity belongs to, or None for a project."""
    parent = page.get_parent().specific
    return parent if isinstance(parent, ProjectPage) else None
