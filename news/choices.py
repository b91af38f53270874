from django.db import models
from django.utils.translation import gettext_lazy as _


class EventFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("In person and online")


class EventTimeZone(models.TextChoices):
    """The partners' two time zones; Kyiv is one hour ahead of Stockholm all year."""

    STOCKHOLM = "Europe/Stockholm", _("Swedish time (Stockholm)")
    KYIV = "Europe/Kyiv", _("Ukrainian time (Kyiv)")
