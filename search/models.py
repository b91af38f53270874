from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits


class UnansweredQuery(models.Model):
    """How often a query found nothing, per language and day: where editors should write or
    recommend a page. Wagtail's query log counts all searches, answered or not."""

    query = models.ForeignKey(
        "wagtailsearchpromotions.Query",
        on_delete=models.CASCADE,
        related_name="unanswered",
        verbose_name=_("query"),
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE)
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        verbose_name = _("search with no results")
        verbose_name_plural = _("searches with no results")
        constraints = [
            models.UniqueConstraint(
                fields=["query", "locale", "date"], name="unique_unanswered_query_per_day"
            )
        ]

    def __str__(self):
        return self.query.query_string

    @classmethod
    def record(cls, query, locale):
        entry, _created = cls.objects.get_or_create(
            query=query, locale=locale, date=timezone.localdate()
        )
        cls.objects.filter(pk=entry.pk).update(hits=F("hits") + 1)


def log_search(query_string):
    """Count a search in Wagtail's query log, which the admin's search reports read.

    Wagtail's `add_hit` reads the day's row and then writes it back; once the row exists, one
    UPDATE does.
    """
    logged = Query.get(query_string)
    today = timezone.now().date()  # the day as Wagtail's add_hit counts it
    if not QueryDailyHits.objects.filter(query=logged, date=today).update(hits=F("hits") + 1):
        logged.add_hit(today)
    return logged
