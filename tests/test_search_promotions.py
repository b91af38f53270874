"""Recommended search results belong to the tree of the page they recommend.

A moderator adds, changes, reorders and removes recommendations of pages they may publish; an
external link shows on every language's search, so it needs publish rights in every tree. Each
refusal is tried with the request a forged form would send, and leaves the database as it was.
"""

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from home.editorial import ALINGSAS_MODERATORS, LVIV_MODERATORS
from search.promotion_views import FOREIGN_CHANGE
from tests.conftest import translate
from tests.factories import ContentPageFactory


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def member_of(group_name):
    user = User.objects.create_user(group_name.lower().replace(" ", "-"), password="x" * 12)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def pages(homes):
    guide = ContentPageFactory(parent=homes["sv"], title="Guide för nyanlända", slug="guide")
    school = ContentPageFactory(parent=homes["sv"], title="Skolan", slug="skolan")
    return {
        "sv": guide,
        "sv2": school,
        "uk": translate(guide, "uk", title="Путівник", slug="putivnyk"),
        "en": translate(guide, "en", title="Guide", slug="guide"),
    }


def snapshot():
    return sorted(
        SearchPromotion.objects.values_list(
            "query__query_string", "page_id", "external_link_url", "description", "sort_order"
        ),
        key=repr,
    )


def form_data(query_string, rows, initial=0):
    """The add/edit form as the admin posts it; each row a dict of one recommendation's fields."""
    data = {
        "query_string": query_string,
        "editors_picks-TOTAL_FORMS": str(len(rows)),
        "editors_picks-INITIAL_FORMS": str(initial),
        "editors_picks-MIN_NUM_FORMS": "0",
        "editors_picks-MAX_NUM_FORMS": "1000",
    }
    for number, row in enumerate(rows):
        fields = {
            "id": "",
            "page": "",
            "external_link_url": "",
            "external_link_text": "",
            "description": "",
            "ORDER": str(number + 1),
            "DELETE": "",
        }
        fields.update({name: str(value) for name, value in row.items()})
        data.update({f"editors_picks-{number}-{name}": value for name, value in fields.items()})
    return data


def saved_rows(query):
    return [
        {"id": promotion.pk, "page": promotion.page_id or "", "description": promotion.description}
        for promotion in query.editors_picks.order_by("sort_order")
    ]


def was_saved(response):
    return response.status_code == 302 and response.url == reverse("wagtailsearchpromotions:index")


@pytest.mark.parametrize(
    ("group", "language", "allowed"),
    [
        (LVIV_MODERATORS, "uk", True),
        (LVIV_MODERATORS, "en", True),
        (LVIV_MODERATORS, "sv", False),
        (ALINGSAS_MODERATORS, "sv", True),
        (ALINGSAS_MODERATORS, "uk", False),
    ],
)
def test_a_moderator_recommends_only_pages_they_may_publish(pages, group, language, allowed):
    client = logged_in(member_of(group))
    response = client.post(
        reverse("wagtailsearchpromotions:add"),
        form_data("bostad", [{"page": pages[language].pk}]),
    )

    assert was_saved(response) is allowed
    assert [page for _query, page, *_rest in snapshot()] == (
        [pages[language].pk] if allowed else []
    )


def test_only_who_publishes_in_every_tree_recommends_an_external_link(pages):
    link = {"external_link_url": "https://example.org/", "external_link_text": "Elsewhere"}
    moderator = logged_in(member_of(LVIV_MODERATORS))
    response = moderator.post(reverse("wagtailsearchpromotions:add"), form_data("bostad", [link]))
    assert not was_saved(response)
    assert snapshot() == []

    admin = User.objects.create_superuser("admin", password="x" * 12)
    response = logged_in(admin).post(
        reverse("wagtailsearchpromotions:add"), form_data("bostad", [link])
    )
    assert was_saved(response)
    assert snapshot() == [("bostad", None, "https://example.org/", "", 0)]


@pytest.fixture
def shared_query(pages):
    """One query with two Swedish recommendations and a Ukrainian one."""
    query = Query.get("bostad")
    for number, key in enumerate(["sv", "sv2", "uk"]):
        SearchPromotion.objects.create(query=query, page=pages[key], sort_order=number)
    return query


def edit(client, query, rows, query_string=None):
    return client.post(
        reverse("wagtailsearchpromotions:edit", args=[query.pk]),
        form_data(query_string or query.query_string, rows, initial=query.editors_picks.count()),
    )


def changes(rows, pages):
    """What a Lviv moderator might post: the saved rows with one thing altered."""
    sv, sv2, uk = rows
    return {
        "delete a Swedish one": [{**sv, "DELETE": "on"}, sv2, uk],
        "point a Swedish one elsewhere": [{**sv, "page": pages["en"].pk}, sv2, uk],
        "describe a Swedish one": [{**sv, "description": "Fel"}, sv2, uk],
        "swap the Swedish ones": [sv2, sv, uk],
        "point their own at a Swedish page": [sv, sv2, {**uk, "page": pages["sv2"].pk}],
    }


@pytest.mark.parametrize(
    "change",
    [
        "delete a Swedish one",
        "point a Swedish one elsewhere",
        "describe a Swedish one",
        "swap the Swedish ones",
        "point their own at a Swedish page",
    ],
)
def test_a_moderator_cannot_change_the_other_trees_recommendations(pages, shared_query, change):
    client = logged_in(member_of(LVIV_MODERATORS))
    before = snapshot()

    response = edit(client, shared_query, changes(saved_rows(shared_query), pages)[change])

    assert not was_saved(response)
    assert snapshot() == before


def test_a_moderator_changes_their_own_recommendations_beside_the_others(pages, shared_query):
    client = logged_in(member_of(LVIV_MODERATORS))
    sv, sv2, uk = saved_rows(shared_query)

    response = edit(
        client,
        shared_query,
        [{**uk, "description": "Житло"}, sv, sv2, {"page": pages["en"].pk}],
    )

    assert was_saved(response)
    assert [
        (p.page_id, p.description) for p in shared_query.editors_picks.order_by("sort_order")
    ] == [
        (pages["uk"].pk, "Житло"),
        (pages["sv"].pk, ""),
        (pages["sv2"].pk, ""),
        (pages["en"].pk, ""),
    ]


def test_a_moderator_cannot_rename_a_query_with_the_other_trees_recommendations(
    pages, shared_query
):
    client = logged_in(member_of(LVIV_MODERATORS))
    before = snapshot()

    response = edit(client, shared_query, saved_rows(shared_query), query_string="hyra")

    assert not was_saved(response)
    assert snapshot() == before


def test_a_refusal_says_why(pages, shared_query):
    client = logged_in(member_of(LVIV_MODERATORS))
    sv, sv2, uk = saved_rows(shared_query)

    response = edit(client, shared_query, [{**sv, "DELETE": "on"}, sv2, uk])

    assert response.status_code == 200
    with translation.override("sv"):  # the moderator's admin language
        assert escape(str(FOREIGN_CHANGE)) in response.content.decode()


def test_removing_a_query_needs_rights_over_each_of_its_recommendations(pages, shared_query):
    delete_url = reverse("wagtailsearchpromotions:delete", args=[shared_query.pk])
    lviv = logged_in(member_of(LVIV_MODERATORS))
    before = snapshot()

    refused = lviv.post(delete_url)
    assert refused.status_code == 302 and refused.url == reverse("wagtailadmin_home")
    assert snapshot() == before

    alingsas = logged_in(member_of(ALINGSAS_MODERATORS))
    shared_query.editors_picks.filter(page=pages["uk"]).delete()
    assert alingsas.post(delete_url).url == reverse("wagtailsearchpromotions:index")
    assert snapshot() == []
