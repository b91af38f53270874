"""A translation whose original changed since tells its readers, and shows up in the admin report.

Pages are translated with wagtail-localize as editors do it ("Translate this page"), then
published; publishing dates are then set explicitly so the order of events is unambiguous.
"""

import datetime
import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.translation import gettext, override
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import translate_object

from tests.conftest import translate
from tests.factories import STOCKHOLM, ContentPageFactory

FIRST_PUBLISHED = datetime.datetime(2026, 10, 30, 9, 0, tzinfo=STOCKHOLM)
TRANSLATED = datetime.datetime(2026, 11, 1, 14, 0, tzinfo=STOCKHOLM)
UPDATED = datetime.datetime(2026, 11, 3, 10, 0, tzinfo=STOCKHOLM)
TRANSLATED_AGAIN = datetime.datetime(2026, 11, 4, 16, 0, tzinfo=STOCKHOLM)

REPORT_URL = reverse("stale_translations_report")


def publish(page, at):
    """Publish `page` as an editor would, then date the publication `at`."""
    page.save_revision().publish()
    Page.objects.filter(pk=page.pk).update(last_published_at=at)
    page.refresh_from_db()
    return page


def translate_with_localize(page, *language_codes, title=None):
    """The page's wagtail-localize translations, each published by its partner at TRANSLATED."""
    locales = list(Locale.objects.filter(language_code__in=language_codes))
    translate_object(page, locales)
    translations = []
    for locale in locales:
        translation = page.get_translation(locale)
        translation.title = title or translation.title
        translations.append(publish(translation, at=TRANSLATED))
    return translations


def swedish_page(homes, **fields):
    return publish(ContentPageFactory(parent=homes["sv"], **fields), at=FIRST_PUBLISHED)


def update(original):
    original.intro = "Samarbetet har fått ett nytt mål."
    return publish(original, at=UPDATED)


def notice(html):
    """The translation notice's text with its markup, whitespace collapsed; None without one."""
    match = re.search(r'<div class="notice translation-notice" role="note">(.*?)</div>', html, re.S)
    return match and " ".join(match.group(1).split())


def public_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def admin_text(message):
    """The admin's wording of `message`: users without a preference get the site language."""
    with override(settings.LANGUAGE_CODE):
        return gettext(message)


def report_html(client, **filters):
    response = client.get(REPORT_URL, filters)
    assert response.status_code == 200
    return response.content.decode()


def edit_link(page):
    return f'href="{reverse("wagtailadmin_pages:edit", args=[page.pk])}"'


def editor_of(home, username, django_user_model):
    """An editor who may add and change pages only in the tree under `home`."""
    group = Group.objects.create(name=f"Editors of {home.title}")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=home,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    user = django_user_model.objects.create_user(username=username)
    user.groups.add(group)
    return user


@pytest.fixture
def original(homes):
    return swedish_page(homes, title="Om samarbetet", slug="om-samarbetet")


@pytest.fixture
def ukrainian(original):
    (translation,) = translate_with_localize(original, "uk", title="Про партнерство")
    return translation


def test_a_fresh_translation_tells_the_reader_nothing(client, ukrainian):
    assert notice(public_html(client, ukrainian)) is None


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            [
                "This page is a translation. The original in Swedish was updated on "
                '<time datetime="2026-11-03">3 November 2026</time>, after this translation '
                '(last updated <time datetime="2026-11-01">1 November 2026</time>). '
                '<a href="/sv/om-samarbetet/" hreflang="sv">Read the original in Swedish</a>.'
            ],
        ),
        (
            # The sentence itself is in the reader's language once locale/uk has it.
            "uk",
            [
                "шведська",
                '<time datetime="2026-11-03">3 листопада 2026 р.</time>',
                '<time datetime="2026-11-01">1 листопада 2026 р.</time>',
                '<a href="/sv/om-samarbetet/" hreflang="sv">',
            ],
        ),
    ],
)
def test_a_translation_older_than_its_original_tells_the_reader_in_their_language(
    client, original, language, expected
):
    (translation,) = translate_with_localize(original, language)
    update(original)

    text = notice(public_html(client, translation))

    assert text is not None
    for part in expected:
        assert part in text


def test_the_original_never_tells_its_readers_it_is_a_translation(client, original, ukrainian):
    update(original)

    assert notice(public_html(client, original)) is None


def test_a_translation_made_by_hand_has_no_original_to_point_to(client, homes):
    page = swedish_page(homes, slug="kontakt")
    by_hand = translate(page, "uk", title="Контакти")
    update(page)

    assert not TranslationSource.objects.filter(object_id=page.translation_key).exists()
    assert notice(public_html(client, by_hand)) is None


def test_the_report_lists_a_stale_translation_under_its_locale_only(
    admin_client, original, ukrainian
):
    update(original)
    source = TranslationSource.objects.get(object_id=original.translation_key)
    sync_link = f'href="{reverse("wagtail_localize:update_translations", args=[source.pk])}'

    listed = report_html(admin_client, locale="uk")
    assert edit_link(ukrainian) in listed
    assert "Про партнерство" in listed
    assert 'href="/sv/om-samarbetet/" lang="sv">Om samarbetet</a>' in listed
    assert sync_link in listed
    assert edit_link(ukrainian) in report_html(admin_client)
    for other in ("sv", "en"):
        assert edit_link(ukrainian) not in report_html(admin_client, locale=other)


def test_a_draft_translation_is_not_reported(admin_client, original):
    translate_object(original, [Locale.objects.get(language_code="uk")])
    update(original)

    assert admin_text(
        "No stale translations: each translation was updated after its original."
    ) in report_html(admin_client)


def test_publishing_the_translation_again_clears_the_notice_and_the_report(
    client, admin_client, original, ukrainian
):
    update(original)
    assert notice(public_html(client, ukrainian)) is not None

    publish(ukrainian, at=TRANSLATED_AGAIN)

    assert notice(public_html(client, ukrainian)) is None
    assert edit_link(ukrainian) not in report_html(admin_client)


def test_editors_see_only_the_stale_translations_they_can_edit(
    client, homes, original, ukrainian, django_user_model
):
    update(original)

    client.force_login(editor_of(homes["uk"], "lviv", django_user_model))
    assert edit_link(ukrainian) in report_html(client)

    client.force_login(editor_of(homes["sv"], "alingsas", django_user_model))
    assert edit_link(ukrainian) not in report_html(client)


def test_the_notice_costs_one_query_until_the_next_publish(client, homes, original, ukrainian):
    fresh = swedish_page(homes, slug="fresh")
    (fresh_translation,) = translate_with_localize(fresh, "uk")
    update(original)

    def queries(page):
        with CaptureQueriesContext(connection) as captured:
            html = public_html(client, page)
        return html, [query["sql"] for query in captured if "wagtail_localize" in query["sql"]]

    stale_html, stale_queries = queries(ukrainian)
    fresh_html, fresh_queries = queries(fresh_translation)
    assert notice(stale_html) is not None
    assert notice(fresh_html) is None
    assert len(stale_queries) == len(fresh_queries) == 1

    # Remembered until published content changes: then asked again.
    assert queries(ukrainian)[1] == []
    update(original)
    again_html, again_queries = queries(ukrainian)
    assert notice(again_html) is not None
    assert len(again_queries) == 1


def test_the_report_costs_the_same_queries_for_one_row_as_for_ten(client, homes, django_user_model):
    """Rows the editor may edit (Ukrainian) and may not (English) both grow."""
    client.force_login(editor_of(homes["uk"], "lviv", django_user_model))

    def add_stale_pages(count):
        for _ in range(count):
            page = swedish_page(homes)
            translate_with_localize(page, "uk", "en")
            update(page)

    def queries():
        html = report_html(client)
        with CaptureQueriesContext(connection) as captured:
            report_html(client)
        return html.count(f">{admin_text('Edit translation')}<"), len(captured)

    add_stale_pages(1)
    rows_for_one, queries_for_one = queries()
    add_stale_pages(9)
    rows_for_ten, queries_for_ten = queries()

    assert (rows_for_one, rows_for_ten) == (1, 10)
    assert queries_for_ten == queries_for_one
