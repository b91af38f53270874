"""wagtail-localize's "Translate this page" and "Sync translated pages" in page listings, at a
fixed number of queries per listing instead of two or three per row.

wagtail-localize 1.14 adds both actions to each row's "More" menu through
`register_page_listing_more_buttons`, asking the database per row whether a locale is left to
translate into and whether the page is a source with translations: the explorer of 50 news items
took 133 queries, an admin search 97. Here the same actions, for the same users and pages, are
added to the menu once `construct_page_listing_buttons` has the listing's table: three queries
answer for all its rows. The package's function stays on the page header (one page).

Wagtail's hooks have no public way to unregister a function; `register_temporarily` returns the
context manager whose exit removes exactly one registration, which is used here to take the
package's off the listing hook (tests/test_admin_query_counts.py fails if it stays or if the
actions are lost). Delete this module once wagtail-localize's
listing buttons no longer query per row.
"""

import weakref
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button, ButtonWithDropdownFromHook
from wagtail.models import Locale, Page
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.models import TranslationSource

MORE_BUTTONS_HOOK = "register_page_listing_more_buttons"

hooks.register_temporarily(MORE_BUTTONS_HOOK, localize_hooks.page_listing_more_buttons).__exit__(
    None, None, None
)

# What each listing's rows can be translated into and synced from, worked out once per table.
translation_states = weakref.WeakKeyDictionary()


class TranslationState:
    def __init__(self, pages):
        keys = {page.translation_key for page in pages}
        self.all_locales = set(Locale.objects.values_list("pk", flat=True))
        self.locales = {}
        for key, locale_id in Page.objects.filter(
            translation_key__in=keys, alias_of__isnull=True
        ).values_list("translation_key", "locale_id"):
            self.locales.setdefault(key, set()).add(locale_id)
        self.sources = {
            (key, locale_id): pk
            for pk, key, locale_id in TranslationSource.objects.filter(
                object_id__in=keys, translations__enabled=True
            )
            .values_list("pk", "object_id", "locale_id")
            .distinct()
        }

    def can_translate(self, page):
        return bool(self.all_locales - self.locales.get(page.translation_key, set()))

    def source_id(self, page):
        return self.sources.get((page.translation_key, page.locale_id))


def state_for(page, context):
    """The translation state of the listing `page` is a row of (or of `page` alone)."""
    table = context.get("table") if context is not None else None
    if table is None:
        return TranslationState([page])
    if table not in translation_states:
        translation_states[table] = TranslationState(table.data)
    return translation_states[table]


def translation_buttons(page, state, next_url):
    if state.can_translate(page):
        yield Button(
            _("Translate this page"),
            reverse("wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.pk]),
            priority=60,
            icon_name="wagtail-localize-language",
        )
    source_id = state.source_id(page)
    if source_id is not None:
        url = reverse("wagtail_localize:update_translations", args=[source_id])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        yield Button(_("Sync translated pages"), url, priority=60, icon_name="resubmit")


@hooks.register("construct_page_listing_buttons")
def add_translation_buttons(buttons, page, user, context=None):
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return
    more = next(
        (
            button
            for button in buttons
            if isinstance(button, ButtonWithDropdownFromHook)
            and button.hook_name == MORE_BUTTONS_HOOK
        ),
        None,
    )
    if more is None:
        # No other action on this row: the user may neither edit the page nor see it live, and
        # home/localize_views.py would refuse to translate or sync it.
        return
    more.dropdown_buttons.extend(translation_buttons(page, state_for(page, context), more.next_url))
    more.dropdown_buttons.sort()
