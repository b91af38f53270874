"""The translation hand-off: a translator submits a translation to its tree's review, the tree's
moderators are told (in their own admin language) and find it on their dashboard, and the
translator sees where it stands (home/handoff.py, home/dashboard.py).

Translations are made as wagtail-localize's "Translate this page" makes them, and the translator
types the translated title into the translation editor, which saves it through its own request.
"""

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext, override
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from home.editorial import (
    ALINGSAS_EDITORS,
    ALINGSAS_MODERATORS,
    LVIV_EDITORS,
    LVIV_MODERATORS,
    TRANSLATION_COORDINATORS,
)
from tests.conftest import is_refused, logged_in, member
from tests.factories import ContentPageFactory

ORIGINAL_TITLE = "Громади Львівщини запрошують до співпраці"
SWEDISH_TITLE = "Lvivregionens kommuner bjuder in till samarbete"
ENGLISH_TITLE = "Lviv hromadas invite cooperation"


@pytest.fixture
def people(db):
    """The demo roles, with e-mail addresses and their admin languages."""
    roles = {
        "translator": (TRANSLATION_COORDINATORS, "en"),
        "alingsas-editor": (ALINGSAS_EDITORS, "sv"),
        "alingsas-moderator": (ALINGSAS_MODERATORS, "sv"),
        "lviv-editor": (LVIV_EDITORS, "uk"),
        "lviv-moderator": (LVIV_MODERATORS, "uk"),
    }
    return {name: member(group, name, language) for name, (group, language) in roles.items()}


@pytest.fixture
def original(homes, people):
    """A live Ukrainian page, written and published in the Lviv tree."""
    page = ContentPageFactory(parent=homes["uk"], title=ORIGINAL_TITLE, slug="hromady")
    page.save_revision(user=people["lviv-moderator"]).publish()
    return page


def start_translation(page, language_code, user):
    """wagtail-localize's "Translate this page": a draft translation in the other tree."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code=language_code)
    )
    translation.save_target(user=user, publish=False)
    return translation


def type_title(client, translation, title):
    """What the translation editor sends when the translator saves the title."""
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=(translation.pk, segment.pk)),
        urlencode({"value": title}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201), response.content


def submit_url(page):
    return reverse("translation_submit_for_review", args=(page.pk,))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


@pytest.fixture
def swedish(original, people):
    """The Swedish translation, its title typed by the translator, not yet submitted."""
    translator = logged_in(people["translator"])
    translation = start_translation(original, "sv", people["translator"])
    type_title(translator, translation, SWEDISH_TITLE)
    return translation.get_target_instance()


def submitted(swedish, people):
    mail.outbox.clear()
    response = logged_in(people["translator"]).post(submit_url(swedish))
    assert response.status_code == 302
    assert response.url == edit_url(swedish)
    return Page.objects.get(pk=swedish.pk).specific


def approve(page, moderator):
    task_state = page.current_workflow_task_state
    response = logged_in(moderator).post(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)),
        {"comment": ""},
    )
    assert response.status_code in (200, 302), response.content


def text_of(response):
    return response.content.decode()


def in_swedish(message, **values):
    """What the Swedish admin shows for `message`, translated or not yet."""
    with override("sv"):
        return gettext(message) % values


# The translation editor offers the hand-off


def test_the_translation_editor_offers_the_translator_its_trees_review(swedish, people):
    response = logged_in(people["translator"]).get(edit_url(swedish))

    assert response.status_code == 200
    content = text_of(response)
    assert "Submit to Alingsås review" in content
    assert f'action="{submit_url(swedish)}"' in content
    assert "Draft, not submitted" in content


def test_the_other_trees_editor_is_offered_nothing(swedish, people):
    response = logged_in(people["lviv-editor"]).get(edit_url(swedish))

    assert "Submit to" not in text_of(response)


# Submitting


def test_submitting_saves_the_typed_translation_and_starts_the_trees_review(swedish, people):
    page = submitted(swedish, people)

    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Alingsås review"
    assert state.requested_by == people["translator"]
    assert page.get_latest_revision_as_object().title == SWEDISH_TITLE
    assert not page.live


def test_the_translator_sees_the_translation_in_review(swedish, people):
    page = submitted(swedish, people)
    translator = logged_in(people["translator"])

    editor = text_of(translator.get(edit_url(page)))
    assert "In review: “Alingsås review: approval”" in editor
    assert "Submit to" not in editor

    dashboard = text_of(translator.get(reverse("wagtailadmin_home")))
    assert "Your pages and snippets in a workflow" in dashboard
    assert SWEDISH_TITLE in dashboard


def test_the_trees_moderators_are_notified_in_swedish_and_no_one_else(swedish, people):
    submitted(swedish, people)

    to_moderator = [m for m in mail.outbox if m.to == ["alingsas-moderator@example.org"]]
    assert len(to_moderator) == 1
    message = to_moderator[0]
    assert "Sidan" in message.subject and SWEDISH_TITLE in message.subject
    assert "har skickats in för godkännande" in message.subject
    assert "Hej alingsas-moderator" in message.body
    assert f"http://testserver{edit_url(swedish)}" in message.body
    recipients = {address for m in mail.outbox for address in m.to}
    assert "lviv-moderator@example.org" not in recipients
    assert "lviv-editor@example.org" not in recipients


def english_submitted(original, people):
    """The English translation submitted to "Shared review", whose moderators are both
    publishers': the Swedish moderator and the Ukrainian one."""
    translation = start_translation(original, "en", people["translator"])
    type_title(logged_in(people["translator"]), translation, ENGLISH_TITLE)
    return submitted(translation.get_target_instance(), people)


def mail_to(username):
    [message] = [m for m in mail.outbox if m.to == [f"{username}@example.org"]]
    return message


def test_each_moderator_is_notified_in_their_own_language(original, people):
    english_submitted(original, people)

    swedish = mail_to("alingsas-moderator")
    assert swedish.subject.startswith("Sidan")
    assert "Hej alingsas-moderator" in swedish.body
    ukrainian = mail_to("lviv-moderator")
    assert ukrainian.subject.startswith("Сторінку")
    assert "Сторінку" in ukrainian.body
    assert "було передано на затвердження" in ukrainian.body
    assert "Sidan" not in ukrainian.body and "Hej" not in ukrainian.body


# Reviewing


def test_the_moderator_finds_it_on_the_dashboard_twice_and_no_one_else_does(swedish, people):
    page = submitted(swedish, people)

    dashboard = text_of(logged_in(people["alingsas-moderator"]).get(reverse("wagtailadmin_home")))
    assert 'id="awaiting-review-section"' in dashboard
    assert 'id="translations-awaiting-publication-section"' in dashboard
    assert dashboard.count(SWEDISH_TITLE) == 2
    assert (
        in_swedish("In review: %(task)s", task=in_swedish("Alingsås review: approval")) in dashboard
    )

    for other in ("lviv-moderator", "lviv-editor", "alingsas-editor"):
        seen = text_of(logged_in(people[other]).get(reverse("wagtailadmin_home")))
        assert SWEDISH_TITLE not in seen, other
        assert 'id="translations-awaiting-publication-section"' not in seen, other
    assert page.get_latest_revision_as_object().title == SWEDISH_TITLE


def test_an_unsubmitted_translation_awaits_publication_for_the_trees_moderators(swedish, people):
    dashboard = text_of(logged_in(people["alingsas-moderator"]).get(reverse("wagtailadmin_home")))

    assert 'id="translations-awaiting-publication-section"' in dashboard
    assert SWEDISH_TITLE in dashboard
    assert in_swedish("Draft, not submitted") in dashboard


def test_approving_publishes_the_translation_and_the_translator_sees_it(swedish, people, client):
    page = submitted(swedish, people)

    approve(page, people["alingsas-moderator"])

    page = Page.objects.get(pk=page.pk).specific
    assert page.live and page.title == SWEDISH_TITLE
    assert page.current_workflow_state is None
    assert client.get(page.url).status_code == 200
    editor = text_of(logged_in(people["translator"]).get(edit_url(page)))
    assert "Published. When you have changed the translation" in editor
    moderator = text_of(logged_in(people["alingsas-moderator"]).get(reverse("wagtailadmin_home")))
    assert SWEDISH_TITLE not in moderator


def test_a_live_translation_stays_as_published_until_its_new_draft_is_approved(
    swedish, people, client
):
    page = submitted(swedish, people)
    approve(page, people["alingsas-moderator"])
    translation = Translation.objects.get(target_locale__language_code="sv")
    type_title(logged_in(people["translator"]), translation, "Ny rubrik som ingen granskat")

    page = submitted(page, people)

    public = text_of(client.get(page.url))
    assert SWEDISH_TITLE in public and "Ny rubrik som ingen granskat" not in public
    assert Page.objects.get(pk=page.pk).title == SWEDISH_TITLE
    approve(page, people["alingsas-moderator"])
    page = Page.objects.get(pk=page.pk)
    assert page.title == "Ny rubrik som ingen granskat"
    assert "Ny rubrik som ingen granskat" in text_of(client.get(page.url))


def test_after_changes_are_requested_the_translator_resubmits_the_same_review(swedish, people):
    page = submitted(swedish, people)
    task_state = page.current_workflow_task_state
    logged_in(people["alingsas-moderator"]).post(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "reject", task_state.pk)),
        {"comment": "Kolla rubriken"},
    )
    translator = logged_in(people["translator"])
    editor = text_of(translator.get(edit_url(page)))
    assert "Changes requested in “Alingsås review: approval”" in editor
    assert "Resubmit to Alingsås review: approval" in editor

    page = submitted(page, people)

    assert page.current_workflow_state.pk == task_state.workflow_state_id
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert mail_to("alingsas-moderator")


# Who may submit


@pytest.mark.parametrize("username", ["lviv-editor", "lviv-moderator"])
def test_the_other_trees_people_may_not_submit(swedish, people, username):
    response = logged_in(people[username]).post(submit_url(swedish))

    assert is_refused(response)
    assert Page.objects.get(pk=swedish.pk).current_workflow_state is None
    assert not mail.outbox


def test_a_page_that_is_no_translation_is_not_submitted_here(original, people):
    response = logged_in(people["lviv-moderator"]).post(submit_url(original))

    assert is_refused(response)
    assert original.current_workflow_state is None


def test_a_translation_in_review_is_not_submitted_twice(swedish, people):
    submitted(swedish, people)

    response = logged_in(people["translator"]).post(submit_url(swedish))

    assert is_refused(response)
    assert WorkflowState.objects.count() == 1


def test_submitting_takes_a_post(swedish, people):
    response = logged_in(people["translator"]).get(submit_url(swedish))

    assert response.status_code == 405


# The dashboard's panels: what each role must act on, in a fixed number of queries


def translations_from_lviv(homes, people, numbers):
    """Draft Swedish translations of live Ukrainian pages."""
    for number in numbers:
        page = ContentPageFactory(parent=homes["uk"], title=f"Новина {number}", slug=f"n-{number}")
        page.save_revision(user=people["lviv-moderator"]).publish()
        start_translation(page, "sv", people["translator"])


def dashboard_queries(user):
    client = logged_in(user)
    client.get(reverse("wagtailadmin_home"))  # session, profile and site caches warmed
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return len(queries), text_of(response)


def test_the_dashboard_costs_the_same_queries_for_3_or_12_translations(homes, people):
    translations_from_lviv(homes, people, range(3))
    few, content = dashboard_queries(people["alingsas-moderator"])
    assert "Новина 2" in content

    translations_from_lviv(homes, people, range(3, 12))
    many, content = dashboard_queries(people["alingsas-moderator"])

    assert many == few
    assert 'id="translations-awaiting-publication-section"' in content
    assert content.count('lang="sv">Новина') == 10


def test_stale_translations_show_to_their_trees_editors_only(homes, people):
    original = ContentPageFactory(parent=homes["sv"], title="Studiebesöket i Alingsås")
    original.save_revision(user=people["alingsas-moderator"]).publish()
    translation = start_translation(original, "uk", people["translator"])
    type_title(logged_in(people["translator"]), translation, "Навчальний візит до Алінгсоса")
    translation.save_target(user=people["lviv-moderator"], publish=False)
    translated = translation.get_target_instance()
    translated.get_latest_revision().publish()
    Page.objects.filter(pk=translated.pk).update(last_published_at="2026-11-01T10:00Z")
    original.save_revision(user=people["alingsas-moderator"]).publish()

    lviv = text_of(logged_in(people["lviv-editor"]).get(reverse("wagtailadmin_home")))
    assert 'id="stale-translations-section"' in lviv
    assert "Навчальний візит до Алінгсоса" in lviv
    assert reverse("stale_translations_report") in lviv
    alingsas = text_of(logged_in(people["alingsas-editor"]).get(reverse("wagtailadmin_home")))
    assert 'id="stale-translations-section"' not in alingsas
    assert "Навчальний візит до Алінгсоса" not in alingsas
