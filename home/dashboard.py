"""Dashboard panels: what each role must act on besides Wagtail's own workflow panels.

Wagtail's "Awaiting your review" lists the drafts of the user's trees that wait for their
approval, and "Your pages and snippets in a workflow" what they submitted. These add the
translations of the trees where the user may publish that are not published yet (submitted or
not), and the translations of the trees where the user may edit whose original changed since.
Each lists only pages the user may act on, in a fixed number of queries however many there are.
"""

from django.db.models import Exists, OuterRef, Subquery
from django.urls import reverse
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import Translation

from home.freshness import stale_translations_for

# Rows a panel shows; the rest are a link away (the explorer, or the stale-translations report).
PANEL_ROWS = 10


def translations_awaiting_publication(user):
    """Translated pages with a draft not yet published, in the trees where `user` may publish,
    newest draft first, each with `original_locale` set: three queries however many."""
    targets = Translation.objects.filter(
        enabled=True,
        source__object_id=OuterRef("translation_key"),
        target_locale_id=OuterRef("locale_id"),
    )
    pages = list(
        PagePermissionPolicy()
        .instances_user_has_permission_for(user, "publish")
        .filter(Exists(targets), has_unpublished_changes=True)
        .annotate(original_locale_id=Subquery(targets.values("source__locale_id")[:1]))
        .select_related("locale")
        .prefetch_workflow_states()
        .order_by("-latest_revision_created_at", "-pk")
    )
    locales = Locale.objects.in_bulk({page.original_locale_id for page in pages})
    for page in pages:
        page.original_locale = locales.get(page.original_locale_id)
    return pages


class TranslationsAwaitingPublicationPanel(Component):
    name = "translations_awaiting_publication"
    template_name = "home/panels/translations_awaiting_publication.html"
    order = 225

    def get_context_data(self, parent_context):
        pages = translations_awaiting_publication(parent_context["request"].user)
        return {"pages": pages[:PANEL_ROWS], "total": len(pages)}


class StaleTranslationsPanel(Component):
    name = "stale_translations"
    template_name = "home/panels/stale_translations.html"
    order = 230

    def get_context_data(self, parent_context):
        rows = stale_translations_for(parent_context["request"].user)
        return {
            "rows": rows[:PANEL_ROWS],
            "total": len(rows),
            "report_url": reverse("stale_translations_report"),
        }


@hooks.register("construct_homepage_panels")
def add_translation_panels(request, panels):
    panels.extend([TranslationsAwaitingPublicationPanel(), StaleTranslationsPanel()])
