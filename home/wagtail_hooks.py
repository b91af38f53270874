import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup
from wagtail_localize.models import Translation

from home.freshness import stale_translations_for
from home.models import FundingProgramme, Organisation, Person, Topic
from home.snippet_views import OwnedSnippetDeleteBulkAction, OwnedSnippetViewSet


class OrganisationViewSet(OwnedSnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "kind", "country"]
    list_filter = ["kind", "country"]


class PersonViewSet(OwnedSnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "organisation"]


class TopicViewSet(OwnedSnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]


class FundingProgrammeViewSet(OwnedSnippetViewSet):
    model = FundingProgramme
    icon = "dollar"
    list_display = ["name", "funder", "call_deadline"]


class PartnershipSnippets(SnippetViewSetGroup):
    items = [OrganisationViewSet, PersonViewSet, TopicViewSet, FundingProgrammeViewSet]
    menu_label = _("Directory")
    menu_icon = "folder-open-inverse"
    menu_order = 300


register_snippet(PartnershipSnippets)
# Registered after Wagtail's own bulk delete for snippets, which it replaces for these models.
hooks.register("register_bulk_action", OwnedSnippetDeleteBulkAction, order=1)


class StaleTranslationsFilterSet(WagtailFilterSet):
    locale = django_filters.ModelChoiceFilter(
        label=_("Locale"),
        field_name="target_locale",
        queryset=Locale.objects.all(),
        to_field_name="language_code",
        empty_label=_("All"),
    )

    class Meta:
        model = Translation
        fields = ["locale"]


class StaleTranslationsReportView(ReportView):
    """Translations whose original was published after them, for the editors who can update them."""

    page_title = _("Stale translations")
    header_icon = "wagtail-localize-language"
    results_template_name = "home/reports/stale_translations.html"
    filterset_class = StaleTranslationsFilterSet
    index_url_name = "stale_translations_report"
    index_results_url_name = "stale_translations_report_results"

    def get_queryset(self):
        locale = self.filters.form.cleaned_data["locale"] if self.filters.is_valid() else None
        return stale_translations_for(self.request.user, locale)

    def filter_queryset(self, queryset):
        # stale_translations() has filtered by locale already, in the database.
        return queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # wagtail-localize's "Sync translated pages" view refuses users without this permission.
        context["can_sync"] = self.request.user.has_perm("wagtail_localize.submit_translation")
        return context


@hooks.register("register_admin_urls")
def register_stale_translations_report_urls():
    return [
        path(
            "reports/stale-translations/",
            StaleTranslationsReportView.as_view(),
            name="stale_translations_report",
        ),
        path(
            "reports/stale-translations/results/",
            StaleTranslationsReportView.as_view(results_only=True),
            name="stale_translations_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_stale_translations_report_menu_item():
    return MenuItem(
        _("Stale translations"),
        reverse("stale_translations_report"),
        name="stale-translations",
        icon_name="wagtail-localize-language",
        order=1300,
    )


@hooks.register("construct_page_action_menu")
def offer_convert_to_alias_only_to_publishers(menu_items, request, context):
    """Converting a translation into an alias publishes it (home/localize_views.py)."""
    page = context.get("page")
    if page is not None and not page.permissions_for_user(request.user).can_publish():
        menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


@hooks.register("register_admin_urls")
def register_editors_guide_url():
    from home.admin_guide import EditorsGuideView

    return [path("guide/", EditorsGuideView.as_view(), name="editors_guide")]


@hooks.register("register_help_menu_item")
def register_editors_guide_menu_item():
    return MenuItem(
        _("Editing the portal"),
        reverse("editors_guide"),
        name="editors-guide",
        icon_name="help",
        order=900,
    )


# The translation hand-off, the dashboard's panels and the listings' translation actions register
# their own hooks.
from home import dashboard, handoff, localize_listing_buttons  # noqa: E402, F401
