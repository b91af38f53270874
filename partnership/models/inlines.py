"""The parts a project or partner page is made of, edited inline on the page."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from partnership.choices import Currency, FundingStatus, MilestoneStatus, NeedStatus, ProjectStatus


class ProjectMilestone(TranslatableMixin, models.Model):
    project = ParentalKey("partnership.ProjectPage", related_name="milestones")
    title = models.CharField(_("title"), max_length=255)
    due_date = models.DateField(_("due date"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=MilestoneStatus.choices,
        default=MilestoneStatus.SCHEDULED,
    )
    date_met = models.DateField(
        _("date met"),
        null=True,
        blank=True,
        help_text=_("When the milestone was met, fully or partly."),
    )

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("due_date"), FieldPanel("status"), FieldPanel("date_met")]),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["due_date", "pk"]

    def __str__(self):
        return self.title

    @property
    def is_reached(self):
        return self.status in {MilestoneStatus.MET, MilestoneStatus.PARTIALLY_MET}

    def clean(self):
        super().clean()
        if self.is_reached and not self.date_met:
            raise ValidationError({"date_met": _("Enter the date the milestone was met.")})
        if not self.is_reached and self.date_met:
            raise ValidationError(
                {"date_met": _("Only a met or partially met milestone has a date met.")}
            )


class ProgressUpdate(TranslatableMixin, models.Model):
    """A dated entry in the project's log: what happened, in a sentence or two."""

    project = ParentalKey("partnership.ProjectPage", related_name="progress_updates")
    date = models.DateField(_("date"))
    text = models.TextField(_("what happened"))

    panels = [FieldPanel("date"), FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.date}: {self.text[:60]}"


class FundingLine(TranslatableMixin, Orderable):
    """Money applied for or granted, in the currency it was applied for; never converted."""

    project = ParentalKey("partnership.ProjectPage", related_name="funding_lines")
    funder = models.ForeignKey(
        "home.Organisation", verbose_name=_("funder"), on_delete=models.PROTECT, related_name="+"
    )
    programme = models.ForeignKey(
        "home.FundingProgramme",
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    amount = models.DecimalField(
        _("amount"), max_digits=14, decimal_places=2, validators=[MinValueValidator(0)]
    )
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices)
    status = models.CharField(_("status"), max_length=10, choices=FundingStatus.choices)

    # Copied, not re-translated: see home.models.mixins.SYNCHRONIZED_ORGANISATION.
    override_translatable_fields = [SynchronizedField("funder"), SynchronizedField("programme")]

    panels = [
        FieldRowPanel([FieldPanel("funder"), FieldPanel("programme")]),
        FieldRowPanel([FieldPanel("amount"), FieldPanel("currency"), FieldPanel("status")]),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("funding line")
        verbose_name_plural = _("funding lines")
        ordering = ["sort_order"]

    def __str__(self):
        return f"{self.amount} {self.currency}"


class ProjectDocument(TranslatableMixin, Orderable):
    project = ParentalKey("partnership.ProjectPage", related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("link text"),
        max_length=255,
        blank=True,
        help_text=_("Leave empty to use the document title."),
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["sort_order"]


class ProjectExternalId(TranslatableMixin, Orderable):
    """The project's number in another system: a funder's, or the DREAM reconstruction register."""

    project = ParentalKey("partnership.ProjectPage", related_name="external_ids")
    scheme = models.CharField(_("system"), max_length=60, help_text=_("For example DREAM or ICLD."))
    identifier = models.CharField(_("identifier"), max_length=120)

    panels = [FieldRowPanel([FieldPanel("scheme"), FieldPanel("identifier")])]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("external identifier")
        verbose_name_plural = _("external identifiers")
        ordering = ["sort_order"]

    def __str__(self):
        return f"{self.scheme}: {self.identifier}"


class PartnerNeed(TranslatableMixin, Orderable):
    """Something a partner needs and what Alingsås may offer (the Cities4Cities idea)."""

    partner = ParentalKey("partnership.PartnerPage", related_name="needs")
    sector = models.CharField(_("sector"), max_length=120)
    description = models.TextField(_("description"))
    status = models.CharField(
        _("status"), max_length=10, choices=NeedStatus.choices, default=NeedStatus.OPEN
    )
    project = models.ForeignKey(
        "partnership.ProjectPage",
        verbose_name=_("project meeting the need"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldRowPanel([FieldPanel("sector"), FieldPanel("status")]),
        FieldPanel("description"),
        PageChooserPanel("project", "partnership.ProjectPage"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("need")
        verbose_name_plural = _("needs")
        ordering = ["sort_order"]

    def __str__(self):
        return self.sector


class ProjectStatusChange(models.Model):
    """When a published project's status changed; recorded on publish, read by the since-view.

    A plain foreign key, not a ParentalKey, so that publishing an older revision never drops it.
    """

    project = models.ForeignKey(
        "partnership.ProjectPage", on_delete=models.CASCADE, related_name="status_changes"
    )
    status = models.CharField(_("status"), max_length=20, choices=ProjectStatus.choices)
    changed_at = models.DateTimeField(_("changed at"))

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at"]

    def __str__(self):
        return f"{self.get_status_display()} ({self.changed_at:%Y-%m-%d})"
