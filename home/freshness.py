"""Translation freshness (DESIGN.md §4): has an original changed since its translation was updated?

A page's original is the page wagtail-localize translated it from: its Translation record names
the source, and the source's locale is the original's language. Pages translated by hand have no
such record, so they have no original here. "Updated" means published: a translation is up to
date again once it is published after its original was.
"""

from dataclasses import dataclass

from django.db.models import Subquery
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from home.models import live_public


def original_of(page):
    """The live, public page `page` was translated from with wagtail-localize, or None; one query.

    The original itself is never the target of a Translation, so it has no original.
    """
    source_locale = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    ).values("source__locale_id")[:1]
    return (
        live_public()
        .filter(translation_key=page.translation_key, locale_id=Subquery(source_locale))
        .select_related("locale")
        .first()
    )


def is_outdated(translation, original):
    """Whether `original` was published after `translation` last was.

    A translation that was never published is not on the public site and has no date to show.
    """
    return bool(
        translation.last_published_at
        and original.last_published_at
        and original.last_published_at > translation.last_published_at
    )


@dataclass(frozen=True)
class StaleTranslation:
    translation: Page
    original: Page
    source: TranslationSource


def stale_translations(locale=None):
    """Live translated pages whose live original was published after them, by locale.

    `locale` limits them to translations into that Locale. Three queries however many rows: the
    Translation records with their sources, the pages on both sides, and the pages' workflow
    states, so that checking whether a user may edit each page costs no query per row.
    """
    translations = Translation.objects.filter(
        source__object__content_type__app_label="wagtailcore",
        source__object__content_type__model="page",
    )
    if locale is not None:
        translations = translations.filter(target_locale=locale)

    pages = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.live()
        .filter(translation_key__in=translations.values("source__object_id"))
        .select_related("locale")
        .prefetch_workflow_states()
    }
    rows = []
    for translation in translations.select_related("source"):
        key = translation.source.object_id
        translated = pages.get((key, translation.target_locale_id))
        original = pages.get((key, translation.source.locale_id))
        if translated and original and is_outdated(translated, original):
            rows.append(StaleTranslation(translated, original, translation.source))
    return sorted(
        rows,
        key=lambda row: (row.translation.locale.language_code, row.translation.last_published_at),
    )


def stale_translations_for(user, locale=None):
    """`stale_translations(locale)` of the trees where `user` may edit the translation."""
    return [
        row
        for row in stale_translations(locale)
        if row.translation.permissions_for_user(user).can_edit()
    ]
