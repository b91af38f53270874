"""Who may change, delete and translate the directory's records (README "Who may do what").

Every organisation, person, topic and funding programme belongs to Alingsås, to Lviv, or to both
(English records no organisation owns). Requests are forged as each group would send them, through
the real admin views; a refusal must leave the database as it was, and the owner's own request
(the positive control) must go through.
"""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import Locale, ModelLogEntry
from wagtail_localize.models import StringTranslation, Translation

from home.editorial import (
    ALINGSAS_EDITORS,
    ALINGSAS_MODERATORS,
    LVIV_EDITORS,
    LVIV_MODERATORS,
    TRANSLATION_COORDINATORS,
)
from home.models import Organisation, Person, Topic
from home.ownership import user_may_change_snippet
from tests.conftest import is_refused, logged_in, member, translate_snippet
from tests.factories import (
    FundingProgrammeFactory,
    OrganisationFactory,
    PersonFactory,
    TopicFactory,
)

AE, AM = ALINGSAS_EDITORS, ALINGSAS_MODERATORS
LE, LM = LVIV_EDITORS, LVIV_MODERATORS
TC = TRANSLATION_COORDINATORS
EVERYONE = [AE, AM, LE, LM, TC]


def locale(language_code):
    return Locale.objects.get(language_code=language_code)


@pytest.fixture
def records(db, alingsas_kommun, lviv_region):
    """One record per kind of owner. The comment says who owns it and why."""
    shared_network = OrganisationFactory(name="Sister Cities Network", locale=locale("en"))
    zhovkva = OrganisationFactory(name="Жовківська громада", locale=locale("uk"), country="UA")
    zhovkva.publisher_groups.set(Group.objects.filter(name__in=[LE, LM]))
    return {
        # Alingsås: its organisation publishes for Alingsås.
        "alingsås person": PersonFactory(
            name="Anna Svensson",
            email="anna.svensson@alingsas.se",
            organisation=alingsas_kommun["sv"],
            locale=locale("sv"),
        ),
        # Alingsås, though in Ukrainian: the organisation decides, not the language.
        "alingsås person in ukrainian": PersonFactory(
            name="Анна Свенссон",
            email="anna.svensson@alingsas.se",
            organisation=alingsas_kommun["uk"],
            locale=locale("uk"),
        ),
        # Alingsås: a Swedish record no organisation owns.
        "swedish person": PersonFactory(
            name="Erik Lind", email="erik@example.se", organisation=None, locale=locale("sv")
        ),
        # Lviv: its organisation publishes for Lviv.
        "lviv person": PersonFactory(
            name="Олена Коваль",
            email="olena@example.ua",
            organisation=lviv_region["uk"],
            locale=locale("uk"),
        ),
        "swedish topic": TopicFactory(name="Vatten", slug="vatten", locale=locale("sv")),
        "ukrainian topic": TopicFactory(name="Вода", slug="voda", locale=locale("uk")),
        # Shared: English, and no organisation owns it.
        "english topic": TopicFactory(name="Democracy", slug="democracy", locale=locale("en")),
        "alingsås organisation": alingsas_kommun["sv"],
        # Lviv: the publisher groups are set on the Swedish original only.
        "lviv organisation in ukrainian": lviv_region["uk"],
        "zhovkva": zhovkva,
        "english organisation": shared_network,
        # Alingsås: its funder is the English translation of Alingsås kommun.
        "alingsås programme": FundingProgrammeFactory(
            name="Klimatpartnerskap", funder=alingsas_kommun["en"], locale=locale("en")
        ),
        # Shared: an English programme of an English funder that no group publishes for.
        "english programme": FundingProgrammeFactory(
            name="Municipal Partnerships", funder=shared_network, locale=locale("en")
        ),
    }


def url(snippet, view):
    meta = snippet._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:{view}", args=(snippet.pk,))


def row(snippet):
    """Everything stored for the record, to compare before and after a refused request."""
    values = type(snippet).objects.filter(pk=snippet.pk).values().first()
    if isinstance(snippet, Organisation) and values is not None:
        values["publisher_groups"] = sorted(snippet.publisher_groups.values_list("pk", flat=True))
    return values


def changed_form(snippet):
    """The edit form as the admin would post it, with one visible change."""
    if isinstance(snippet, Person):
        return {
            "name": snippet.name,
            "role": snippet.role,
            "organisation": snippet.organisation_id or "",
            "email": "support@phishing.example",
            "phone": snippet.phone,
            "photo": "",
        }
    if isinstance(snippet, Topic):
        return {"name": "Ändrad", "slug": snippet.slug}
    if isinstance(snippet, Organisation):
        return {
            "name": "Ändrad",
            "short_name": snippet.short_name,
            "kind": snippet.kind,
            "country": snippet.country,
            "website": snippet.website,
            "logo": "",
            "publisher_groups": list(snippet.publisher_groups.values_list("pk", flat=True)),
        }
    return {
        "name": "Ändrad",
        "funder": snippet.funder_id,
        "call_deadline": "",
        "eligibility": snippet.eligibility,
        "url": snippet.url,
    }


def was_changed(snippet):
    snippet = type(snippet).objects.get(pk=snippet.pk)
    if isinstance(snippet, Person):
        return snippet.email == "support@phishing.example"
    return snippet.name == "Ändrad"


# record → the groups that may change it; moderators of the owner (both, when shared) delete it
CHANGE = {
    "alingsås person": [AE, AM, TC],
    "alingsås person in ukrainian": [AE, AM, TC],
    "swedish person": [AE, AM, TC],
    "lviv person": [LE, LM, TC],
    "swedish topic": [AE, AM, TC],
    "ukrainian topic": [LE, LM, TC],
    "english topic": [AM, LM, TC],
    "alingsås organisation": [AM, TC],
    "lviv organisation in ukrainian": [LM, TC],
    "english organisation": [AM, LM, TC],
    "alingsås programme": [AM, TC],
    "english programme": [AM, LM, TC],
}
DELETE = {
    "alingsås person": [AM],
    "alingsås person in ukrainian": [AM],
    "lviv person": [LM],
    "swedish topic": [AM],
    "english topic": [AM, LM],
    "zhovkva": [LM],
    "alingsås programme": [AM],
    "english programme": [AM, LM],
}


def table(rights):
    return [
        pytest.param(group, target, group in allowed, id=f"{group}-{target}")
        for target, allowed in rights.items()
        for group in EVERYONE
    ]


@pytest.mark.parametrize(("group", "target", "allowed"), table(CHANGE))
def test_changing_a_record_needs_its_owners_groups(members, records, group, target, allowed):
    snippet = records[target]
    before = row(snippet)
    client = logged_in(members[group])

    form = client.get(url(snippet, "edit"))
    response = client.post(url(snippet, "edit"), changed_form(snippet))

    assert user_may_change_snippet(members[group], snippet) is allowed
    if allowed:
        assert form.status_code == 200
        assert response.status_code == 302
        assert was_changed(snippet)
    else:
        assert is_refused(form)
        assert is_refused(response)
        assert row(snippet) == before


@pytest.mark.parametrize(("group", "target", "allowed"), table(DELETE))
def test_deleting_a_record_needs_its_owners_moderators(members, records, group, target, allowed):
    snippet = records[target]
    before = row(snippet)

    response = logged_in(members[group]).post(url(snippet, "delete"))

    if allowed:
        assert response.status_code == 302
        assert row(snippet) is None
    else:
        assert is_refused(response)
        assert row(snippet) == before


def bulk_delete_url(snippet):
    meta = snippet._meta
    return (
        reverse("wagtail_bulk_action", args=(meta.app_label, meta.model_name, "delete"))
        + f"?id={snippet.pk}"
    )


@pytest.mark.parametrize(("group", "target", "allowed"), table(DELETE))
def test_bulk_deleting_deletes_only_what_the_user_may_delete(
    members, records, group, target, allowed
):
    snippet = records[target]
    before = row(snippet)
    client = logged_in(members[group])

    confirmation = client.get(bulk_delete_url(snippet))
    response = client.post(bulk_delete_url(snippet))

    if allowed:
        assert [item["item"] for item in confirmation.context["items"]] == [snippet]
        assert response.status_code == 302
        assert row(snippet) is None
        assert ModelLogEntry.objects.filter(
            action="wagtail.delete", object_id=str(snippet.pk), user=members[group]
        ).exists()
    else:
        assert is_refused(confirmation) or confirmation.context["items"] == []
        assert row(snippet) == before


def translate_url(snippet):
    meta = snippet._meta
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=(meta.app_label, meta.model_name, snippet.pk),
    )


# record, target language → the groups that may create the translation (and would own it)
TRANSLATE = {
    ("english topic", "sv"): [AE, AM, TC],
    ("english topic", "uk"): [LE, LM, TC],
    ("alingsås person", "uk"): [AE, AM, TC],
    ("alingsås person", "en"): [AE, AM, TC],
    ("lviv person", "sv"): [LE, LM, TC],
    ("zhovkva", "sv"): [LM, TC],
    ("english organisation", "sv"): [AM, TC],
}


@pytest.mark.parametrize(
    ("group", "target", "language_code", "allowed"),
    [
        pytest.param(group, target, code, group in allowed, id=f"{group}-{target}-{code}")
        for (target, code), allowed in TRANSLATE.items()
        for group in EVERYONE
    ],
)
def test_translating_a_record_creates_it_only_where_the_user_would_own_it(
    members, records, group, target, language_code, allowed
):
    snippet = records[target]
    target_locale = locale(language_code)
    client = logged_in(members[group])

    form = client.get(translate_url(snippet))
    offered = (
        list(form.context["form"].fields["locales"].queryset) if form.status_code == 200 else []
    )
    response = client.post(translate_url(snippet), {"locales": [target_locale.pk]})

    translation = snippet.get_translation_or_none(target_locale)
    assert (target_locale in offered) is allowed
    if allowed:
        assert response.status_code == 302
        assert translation is not None
    else:
        assert is_refused(response)
        assert translation is None


@pytest.mark.parametrize("group", [AM, LM])
def test_a_post_to_the_copy_address_changes_nothing(members, records, group):
    """The copy form posts to the add view; Wagtail's copy view would save into the original."""
    topic = records["swedish topic"]
    before = row(topic)

    form = logged_in(members[group]).get(url(topic, "copy"))
    response = logged_in(members[group]).post(url(topic, "copy"), changed_form(topic))

    assert form.status_code == 200
    assert response.status_code == 405
    assert row(topic) == before


# Saving may not hand a record to the other publisher, nor claim the other publisher's records.


def test_a_lviv_editor_cannot_add_a_swedish_topic(members):
    response = logged_in(members[LE]).post(
        reverse("wagtailsnippets_home_topic:add") + "?locale=sv",
        {"name": "Energi", "slug": "energi"},
    )

    assert response.status_code == 200
    assert "Energi" not in Topic.objects.values_list("name", flat=True)


def test_a_lviv_editor_cannot_move_their_contact_into_alingsås_kommun(
    members, records, alingsas_kommun
):
    person = records["lviv person"]
    form = {**changed_form(person), "organisation": alingsas_kommun["uk"].pk}

    response = logged_in(members[LE]).post(url(person, "edit"), form)

    assert response.status_code == 200
    person.refresh_from_db()
    assert (person.organisation, person.email) == (
        records["lviv person"].organisation,
        "olena@example.ua",
    )


def test_a_lviv_moderator_cannot_claim_a_shared_organisation_that_swedish_records_follow(
    members, records
):
    """Naming Lviv's groups as its publishers would make Lviv the owner of its Swedish funding
    programme too."""
    network = records["english organisation"]
    swedish = translate_snippet(network, "sv", name="Vänortsnätverket")
    programme = FundingProgrammeFactory(name="Vänortsstöd", funder=swedish, locale=locale("sv"))
    form = {
        **changed_form(network),
        "name": network.name,
        "publisher_groups": list(
            Group.objects.filter(name__in=[LE, LM]).values_list("pk", flat=True)
        ),
    }

    response = logged_in(members[LM]).post(url(network, "edit"), form)

    assert response.status_code == 200
    assert not network.publisher_groups.exists()
    assert not user_may_change_snippet(members[LM], programme)


def test_a_moderator_sets_who_publishes_for_their_own_organisation(members, records):
    zhovkva = records["zhovkva"]
    form = {**changed_form(zhovkva), "publisher_groups": [Group.objects.get(name=LM).pk]}

    response = logged_in(members[LM]).post(url(zhovkva, "edit"), form)

    assert response.status_code == 302
    assert [group.name for group in zhovkva.publisher_groups.all()] == [LM]


def test_the_listing_offers_edit_and_delete_only_for_the_users_own_records(members, records):
    response = logged_in(members[LM]).get(reverse("wagtailsnippets_home_topic:list"))

    html = response.content.decode()
    assert url(records["ukrainian topic"], "edit") in html
    assert url(records["english topic"], "delete") in html
    assert url(records["swedish topic"], "edit") not in html
    assert url(records["swedish topic"], "delete") not in html


# Changes from outside the owner's groups are recorded and reported to the owner's moderators.


@pytest.fixture
def moderators(db):
    """Two moderators of each publisher with e-mail addresses; one chose English for the admin."""
    return {
        username: member(group, username, language)
        for username, group, language in [
            ("karin", AM, ""),
            ("johan", AM, "en"),
            ("taras", LM, ""),
            ("iryna", LM, "en"),
        ]
    }


def test_a_coordinators_change_to_a_lviv_contact_is_reported_to_lviv_moderators(
    members, records, moderators, django_capture_on_commit_callbacks
):
    """In each moderator's admin language, else in their publisher's language (Ukrainian)."""
    person = records["lviv person"]
    coordinator = members[TC]

    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in(coordinator).post(url(person, "edit"), changed_form(person))

    assert response.status_code == 302
    assert ModelLogEntry.objects.filter(
        action="wagtail.edit", object_id=str(person.pk), user=coordinator
    ).exists()
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {"taras@example.org", "iryna@example.org"}
    ukrainian, english = by_recipient["taras@example.org"], by_recipient["iryna@example.org"]
    assert english.subject == "translation-coordinators changed the person “Олена Коваль”"
    assert "особа" in ukrainian.subject
    assert f"http://testserver{url(person, 'edit')}" in english.body


def test_an_alingsås_moderators_change_to_a_shared_topic_is_reported_to_lviv(
    members, records, moderators, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        logged_in(members[AM]).post(
            url(records["english topic"], "edit"), changed_form(records["english topic"])
        )

    assert sorted(message.to[0] for message in mail.outbox) == [
        "iryna@example.org",
        "taras@example.org",
    ]


def test_a_lviv_moderators_deletion_of_a_shared_topic_is_reported_to_alingsås(
    members, records, moderators, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        logged_in(members[LM]).post(url(records["english topic"], "delete"))

    assert sorted(message.to[0] for message in mail.outbox) == [
        "johan@example.org",
        "karin@example.org",
    ]
    assert "Democracy" in mail.outbox[0].subject


def test_the_owners_own_changes_are_not_reported(
    members, records, moderators, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        logged_in(members[AE]).post(
            url(records["alingsås person"], "edit"), changed_form(records["alingsås person"])
        )
        logged_in(members[LM]).post(
            url(records["ukrainian topic"], "edit"), changed_form(records["ukrainian topic"])
        )

    assert was_changed(records["alingsås person"])
    assert mail.outbox == []


@pytest.mark.parametrize(("group", "allowed"), [(LE, False), (LM, False), (AE, True)])
def test_the_translation_editor_changes_a_records_translation_only_for_its_owners(
    members, records, group, allowed
):
    """wagtail-localize's translation editor checks only model-wide rights for snippets: a Lviv
    editor could stage text in the Ukrainian translation of an Alingsås contact."""
    snippet = records["alingsås person"]
    logged_in(members[AE]).post(translate_url(snippet), {"locales": [locale("en").pk]})
    translation = Translation.objects.get(
        source__object_id=snippet.translation_key, target_locale=locale("en")
    )
    segment = translation.source.stringsegment_set.get(context__path="name")
    url = reverse("wagtail_localize:edit_string_translation", args=(translation.pk, segment.pk))

    response = logged_in(members[group]).put(
        url, "value=Anna+Svensson+(phishing)", content_type="application/x-www-form-urlencoded"
    )

    staged = StringTranslation.objects.filter(data="Anna Svensson (phishing)").exists()
    if allowed:
        assert response.status_code == 201
        assert staged
    else:
        assert is_refused(response)
        assert not staged
