from django.db import models
from django.utils.translation import gettext_lazy as _


class ProjectStatus(models.TextChoices):
    IDENTIFICATION = "identification", _("Identification")
    PREPARATION = "preparation", _("Preparation")
    IMPLEMENTATION = "implementation", _("Implementation")
    COMPLETION = "completion", _("Completed")
    PAUSED = "paused", _("Paused")
    CANCELLED = "cancelled", _("Cancelled")


class MilestoneStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    MET = "met", _("Met")
    PARTIALLY_MET = "partially_met", _("Partially met")
    NOT_MET = "not_met", _("Not met")


class Currency(models.TextChoices):
    SEK = "SEK", "SEK"
    UAH = "UAH", "UAH"
    EUR = "EUR", "EUR"


class FundingStatus(models.TextChoices):
    APPLIED = "applied", _("Applied for")
    GRANTED = "granted", _("Granted")
    REJECTED = "rejected", _("Rejected")


class NeedStatus(models.TextChoices):
    OPEN = "open", _("Open")
    MATCHED = "matched", _("Matched")
    CLOSED = "closed", _("Closed")


class MotionPoint(models.IntegerChoices):
    """The three decision points of the council motion behind the partnership (DESIGN.md §1)."""

    GR_COOPERATION = 1, _("1. Take part in GR's cooperation with the Lviv region")
    PARTNER_HROMADA = 2, _("2. Develop contacts and find a partner municipality")
    LOCAL_SUPPORT = 3, _("3. Cooperate with Mötesplats Alingsås / Alingsås stöttar Ukraina")
