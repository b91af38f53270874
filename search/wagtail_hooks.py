from datetime import timedelta

import django_filters
from django.db.models import Max, Sum
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy

from search.models import UnansweredQuery

PROMOTION_PERMISSION = "wagtailsearchpromotions.add_searchpromotion"
REPORT_DAYS = 30


class UnansweredQueryFilterSet(WagtailFilterSet):
    locale = django_filters.ModelChoiceFilter(
        label=_("Locale"),
        queryset=Locale.objects.all(),
        to_field_name="language_code",
        empty_label=_("All"),
    )

    class Meta:
        model = UnansweredQuery
        fields = ["locale"]


class UnansweredQueriesReportView(ReportView):
    """The last 30 days' most frequent searches that found nothing: pages to write or recommend."""

    page_title = _("Searches with no results")
    header_icon = "search"
    results_template_name = "search/reports/unanswered_queries.html"
    filterset_class = UnansweredQueryFilterSet
    index_url_name = "unanswered_queries_report"
    index_results_url_name = "unanswered_queries_report_results"
    permission_policy = ModelPermissionPolicy(SearchPromotion)
    any_permission_required = ["add", "change", "delete"]

    def get_queryset(self):
        since = timezone.localdate() - timedelta(days=REPORT_DAYS)
        return (
            UnansweredQuery.objects.filter(date__gte=since)
            .values("query__query_string", "locale__language_code")
            .annotate(searches=Sum("hits"), last_searched=Max("date"))
            .order_by("-searches", "query__query_string")
        )


@hooks.register("register_admin_urls")
def register_unanswered_queries_report_urls():
    return [
        path(
            "reports/unanswered-searches/",
            UnansweredQueriesReportView.as_view(),
            name="unanswered_queries_report",
        ),
        path(
            "reports/unanswered-searches/results/",
            UnansweredQueriesReportView.as_view(results_only=True),
            name="unanswered_queries_report_results",
        ),
    ]


class PromotionPermissionMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PROMOTION_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_unanswered_queries_report_menu_item():
    return PromotionPermissionMenuItem(
        _("Searches with no results"),
        reverse("unanswered_queries_report"),
        name="unanswered-searches",
        icon_name="search",
        order=1310,
    )
