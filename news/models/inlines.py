from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin


class EventAgendaItem(TranslatableMixin, Orderable):
    """One item of an event's programme; its time is local to the event."""

    event = ParentalKey("news.EventPage", related_name="agenda_items")
    time = models.TimeField(_("time"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldRowPanel([FieldPanel("time"), FieldPanel("title")]), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        ordering = ["sort_order"]

    def __str__(self):
        return self.title
