from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query


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
    def record(cls, query, locale_id):
        entry, _created = cls.objects.get_or_create(
            query=query, locale_id=locale_id, date=timezone.localdate()
        )
        cls.objects.filter(pk=entry.pk).update(hits=F("hits") + 1)


def count_search(query_string, locale_id, answered):
    """Count a search in Wagtail's query log, which the admin's search reports read, and one that
    found nothing in the searches with no results. A search page served from the content cache
    counts too (home/content_cache.py, `on_every_view`)."""
    logged = Query.get(query_string)
    logged.add_hit()
    if not answered:
        UnansweredQuery.record(logged, locale_id)
    return logged
