from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationKind(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    REGION = "region", _("Region")
    HROMADA = "hromada", _("Hromada")
    ASSOCIATION = "association", _("Association of local authorities")
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    FUNDER = "funder", _("Funder")


class Country(models.TextChoices):
    SWEDEN = "SE", _("Sweden")
    UKRAINE = "UA", _("Ukraine")


class ComplianceStatus(models.TextChoices):
    """How far a website meets the Swedish accessibility law, in DIGG's three levels."""

    FULL = "full", _("Fully compliant")
    PARTIAL = "partial", _("Partially compliant")
    NONE = "none", _("Not compliant")
