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


class NewsPageRelatedProject(Orderable):
    """A project a news item is about, chosen with the page chooser.

    The rows are those of the many-to-many field it replaced (migration 0005 kept the table), whose
    checkbox list named every project of the language in the edit form.
    """

    page = ParentalKey(
        "news.NewsPage",
        related_name="related_project_links",
        on_delete=models.CASCADE,
        db_column="newspage_id",
    )
    project = models.ForeignKey(
        "partnership.ProjectPage",
        verbose_name=_("project"),
        on_delete=models.CASCADE,
        related_name="news_links",
        db_column="projectpage_id",
    )

    panels = [FieldPanel("project")]

    class Meta(Orderable.Meta):
        db_table = "news_newspage_related_projects"
        unique_together = [("page", "project")]
        verbose_name = _("related project")
        verbose_name_plural = _("related projects")
