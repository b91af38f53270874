"""Who may do what, in which language tree (DESIGN.md §4), as each editorial group meets it.

Every user here belongs to one of the portal's five groups and is not a superuser (unless a test
says so). Requests go through the real admin views, so a refusal is what the user would see:
Wagtail's admin sends them to the dashboard with "Sorry, you do not have permission", a plain
Django view answers 403.
"""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.documents.permissions import permission_policy as document_policy
from wagtail.images import get_image_model
from wagtail.images.permissions import permission_policy as image_policy
from wagtail.models import Collection, Locale, PageLogEntry, PageViewRestriction, TaskState
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail_factories import DocumentFactory, ImageFactory
from wagtail_localize.models import TranslationSource

from home.editorial import (
    ALINGSAS_EDITORS,
    ALINGSAS_MODERATORS,
    ALL_GROUPS,
    EDITOR_GROUPS,
    LVIV_EDITORS,
    LVIV_MODERATORS,
    MODERATOR_GROUPS,
    TRANSLATION_COORDINATORS,
)
from home.models import FundingProgramme, Organisation, Topic
from news.models import NewsPage
from tests.admin_forms import add_page, add_url, saved_draft
from tests.conftest import is_refused, logged_in, translate
from tests.factories import (
    FundingProgrammeFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OrganisationFactory,
)

# group, tree, may add and edit pages there, may publish there
PAGE_RIGHTS = [
    (ALINGSAS_EDITORS, "sv", True, False),
    (ALINGSAS_EDITORS, "uk", False, False),
    (ALINGSAS_EDITORS, "en", True, False),
    (ALINGSAS_MODERATORS, "sv", True, True),
    (ALINGSAS_MODERATORS, "uk", False, False),
    (ALINGSAS_MODERATORS, "en", True, True),
    (LVIV_EDITORS, "sv", False, False),
    (LVIV_EDITORS, "uk", True, False),
    (LVIV_EDITORS, "en", True, False),
    (LVIV_MODERATORS, "sv", False, False),
    (LVIV_MODERATORS, "uk", True, True),
    (LVIV_MODERATORS, "en", True, True),
    (TRANSLATION_COORDINATORS, "sv", True, False),
    (TRANSLATION_COORDINATORS, "uk", True, False),
    (TRANSLATION_COORDINATORS, "en", True, False),
]

# group → the collection it uploads images and documents into
OWN_COLLECTION = {
    ALINGSAS_EDITORS: "Alingsås kommun",
    ALINGSAS_MODERATORS: "Alingsås kommun",
    LVIV_EDITORS: "Lviv region",
    LVIV_MODERATORS: "Lviv region",
}
OTHER_COLLECTION = {"Alingsås kommun": "Lviv region", "Lviv region": "Alingsås kommun"}


@pytest.fixture
def news_indexes(homes):
    """The news section of each tree, translations of the Swedish one."""
    sv_index = NewsIndexPageFactory(parent=homes["sv"], title="Nyheter")
    return {
        "sv": sv_index,
        "uk": translate(sv_index, "uk", title="Новини"),
        "en": translate(sv_index, "en", title="News"),
    }


def locale(language_code):
    return Locale.objects.get(language_code=language_code)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def explorer_titles(response):
    """The titles of the pages the explorer lists, or None when it shows no listing."""
    if response.status_code != 200:
        return None
    return [page.title for page in response.context["pages"]]


# 1. Page rights per group and tree


@pytest.mark.parametrize(("group", "tree", "may_edit", "may_publish"), PAGE_RIGHTS)
def test_what_each_group_sees_and_may_do_in_each_tree(
    members, news_indexes, group, tree, may_edit, may_publish
):
    user = members[group]
    client = logged_in(user)
    index = news_indexes[tree]

    home = index.get_parent()
    root_explorer = client.get(reverse("wagtailadmin_explore_root"))
    explorer = client.get(reverse("wagtailadmin_explore", args=(home.pk,)))
    editor = client.get(edit_url(index))
    add_form = client.get(add_url(index, NewsPage))

    assert (home.title in (explorer_titles(root_explorer) or [])) is may_edit
    if may_edit:
        assert explorer_titles(explorer) == [index.title]
        assert editor.status_code == 200
        assert add_form.status_code == 200
    else:
        assert index.title not in (explorer_titles(explorer) or [])
        assert is_refused(editor)
        assert is_refused(add_form)
    assert index.permissions_for_user(user).can_publish() is may_publish


@pytest.mark.parametrize(("group", "tree", "may_edit", "may_publish"), PAGE_RIGHTS)
def test_pressing_publish_on_a_page_publishes_saves_a_draft_or_is_refused(
    members, news_indexes, group, tree, may_edit, may_publish
):
    index = news_indexes[tree]
    original_title = index.title

    response = logged_in(members[group]).post(
        edit_url(index),
        nested_form_data(
            {
                "title": "Renamed",
                "slug": index.slug,
                "intro": "",
                "comments": inline_formset([]),
                "action-publish": "action-publish",
            }
        ),
    )

    index.refresh_from_db()
    draft = index.get_latest_revision_as_object()
    if may_publish:
        assert response.status_code == 302
        assert (index.live, index.title) == (True, "Renamed")
    elif may_edit:
        assert response.status_code == 302
        assert (index.title, draft.title) == (original_title, "Renamed")
    else:
        assert is_refused(response)
        assert (index.title, draft.title) == (original_title, original_title)


@pytest.mark.parametrize(("group", "tree", "may_edit", "may_publish"), PAGE_RIGHTS)
def test_adding_a_news_page_in_a_tree_needs_rights_there(
    members, news_indexes, group, tree, may_edit, may_publish
):
    response = add_page(
        logged_in(members[group]),
        news_indexes[tree],
        NewsPage,
        {"title": "Ny nyhet", "slug": "ny-nyhet", "date": "2025-05-09"},
    )

    if may_edit:
        page = saved_draft(response, NewsPage, "ny-nyhet")
        assert page.get_parent().pk == news_indexes[tree].pk
    else:
        assert is_refused(response)
        assert not NewsPage.objects.filter(slug="ny-nyhet").exists()


# 2. Moderation through the tree's workflow


def test_a_ukrainian_news_item_goes_live_only_when_a_lviv_moderator_approves_it(
    members, news_indexes, lviv_region
):
    lviv_editor = members[LVIV_EDITORS]
    lviv_moderator = members[LVIV_MODERATORS]

    response = add_page(
        logged_in(lviv_editor),
        news_indexes["uk"],
        NewsPage,
        {
            "title": "Новий водогін у Жовкві",
            "slug": "vodohin",
            "date": "2025-05-09",
            "organisation": lviv_region["sv"].pk,
            "action-submit": "Submit for moderation",
        },
    )

    assert response.status_code == 302
    page = NewsPage.objects.get(slug="vodohin")
    assert not page.live
    assert page.workflow_in_progress
    assert page.get_workflow().name == "Lviv review"
    task_state = page.current_workflow_task_state
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)
    )

    refused = logged_in(members[ALINGSAS_MODERATORS]).post(approve_url, {"comment": ""})

    assert is_refused(refused)
    page.refresh_from_db()
    assert not page.live
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS

    approved = logged_in(lviv_moderator).post(approve_url, {"comment": ""})

    assert approved.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert not page.workflow_in_progress
    assert page.organisation == lviv_region["uk"]
    history = PageLogEntry.objects.filter(page=page)
    assert history.get(action="wagtail.workflow.start").user == lviv_editor
    assert history.get(action="wagtail.workflow.approve").user == lviv_moderator
    assert history.get(action="wagtail.publish").user == lviv_moderator


# 3. Translating into other trees with wagtail-localize


@pytest.fixture
def ukrainian_news(news_indexes, lviv_region):
    return NewsPageFactory(
        parent=news_indexes["uk"],
        title="Новий водогін у Жовкві",
        slug="vodohin",
        organisation=lviv_region["uk"],
    )


def translate_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=(page.pk,))


def test_a_lviv_editor_is_offered_only_english_for_a_ukrainian_page(members, ukrainian_news):
    response = logged_in(members[LVIV_EDITORS]).get(translate_url(ukrainian_news))

    assert response.status_code == 200
    assert list(response.context["form"].fields["locales"].queryset) == [locale("en")]


def test_a_lviv_editor_cannot_translate_into_the_swedish_tree(members, ukrainian_news):
    response = logged_in(members[LVIV_EDITORS]).post(
        translate_url(ukrainian_news), {"locales": [locale("sv").pk]}
    )

    assert is_refused(response)
    assert ukrainian_news.get_translation_or_none(locale("sv")) is None


def test_a_lviv_editors_english_translation_is_a_draft_made_in_their_name(members, ukrainian_news):
    lviv_editor = members[LVIV_EDITORS]

    response = logged_in(lviv_editor).post(
        translate_url(ukrainian_news), {"locales": [locale("en").pk]}
    )

    english = ukrainian_news.get_translation(locale("en"))
    assert response.status_code == 302
    assert response.url == edit_url(english)
    assert not english.live
    assert english.get_parent().title == "News"
    logged = PageLogEntry.objects.get(page=english, action="wagtail.copy_for_translation")
    assert logged.user == lviv_editor


def test_a_coordinator_prepares_translations_that_only_the_owning_tree_publishes(
    members, ukrainian_news
):
    client = logged_in(members[TRANSLATION_COORDINATORS])
    offered = client.get(translate_url(ukrainian_news)).context["form"].fields["locales"]
    assert set(offered.queryset) == {locale("sv"), locale("en")}

    response = client.post(
        translate_url(ukrainian_news), {"locales": [locale("sv").pk, locale("en").pk]}
    )

    assert response.status_code == 302
    swedish = ukrainian_news.get_translation(locale("sv"))
    assert not swedish.live
    assert not ukrainian_news.get_translation(locale("en")).live
    assert swedish.permissions_for_user(members[ALINGSAS_MODERATORS]).can_publish()
    assert not swedish.permissions_for_user(members[LVIV_MODERATORS]).can_publish()


@pytest.fixture
def ukrainian_news_in_swedish(members, ukrainian_news):
    """The Ukrainian news item with Swedish and English drafts a coordinator prepared."""
    logged_in(members[TRANSLATION_COORDINATORS]).post(
        translate_url(ukrainian_news), {"locales": [locale("sv").pk, locale("en").pk]}
    )
    return TranslationSource.objects.get_for_instance(ukrainian_news)


def update_url(source):
    return reverse("wagtail_localize:update_translations", args=(source.pk,))


def test_a_lviv_moderator_cannot_publish_the_swedish_translation_by_syncing(
    members, ukrainian_news, ukrainian_news_in_swedish, django_capture_on_commit_callbacks
):
    client = logged_in(members[LVIV_MODERATORS])
    swedish = ukrainian_news.get_translation(locale("sv"))
    revisions = swedish.revisions.count()

    form_page = client.get(update_url(ukrainian_news_in_swedish))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            update_url(ukrainian_news_in_swedish), {"publish_translations": "on"}, follow=True
        )

    assert [row["locale"] for row in form_page.context["translations"]] == [locale("en")]
    assert response.status_code == 200
    swedish.refresh_from_db()
    assert not swedish.live
    assert swedish.revisions.count() == revisions
    assert ukrainian_news.get_translation(locale("en")).live


def test_a_lviv_editor_cannot_publish_by_syncing(members, ukrainian_news_in_swedish):
    client = logged_in(members[LVIV_EDITORS])

    form = client.get(update_url(ukrainian_news_in_swedish)).context["form"]
    response = client.post(update_url(ukrainian_news_in_swedish), {"publish_translations": "on"})

    assert form.fields["publish_translations"].disabled
    assert is_refused(response)


def test_a_lviv_moderator_publishes_updated_translations_in_the_trees_they_moderate(
    members, ukrainian_news, django_capture_on_commit_callbacks
):
    logged_in(members[LVIV_EDITORS]).post(
        translate_url(ukrainian_news), {"locales": [locale("en").pk]}
    )
    source = TranslationSource.objects.get_for_instance(ukrainian_news)
    client = logged_in(members[LVIV_MODERATORS])

    form = client.get(update_url(source)).context["form"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(update_url(source), {"publish_translations": "on"})

    assert not form.fields["publish_translations"].disabled
    assert response.status_code == 302
    assert ukrainian_news.get_translation(locale("en")).live


def test_a_superuser_publishes_every_translation_by_syncing(
    admin_user, ukrainian_news, ukrainian_news_in_swedish, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in(admin_user).post(
            update_url(ukrainian_news_in_swedish), {"publish_translations": "on"}
        )

    assert response.status_code == 302
    assert ukrainian_news.get_translation(locale("sv")).live
    assert ukrainian_news.get_translation(locale("en")).live


@pytest.mark.parametrize(
    ("group", "may_translate"),
    [(name, False) for name in EDITOR_GROUPS] + [(name, True) for name in MODERATOR_GROUPS],
)
def test_only_moderators_translate_organisations(members, group, may_translate):
    organisation = OrganisationFactory(name="Göteborgsregionen")
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=("home", "organisation", organisation.pk),
    )
    client = logged_in(members[group])

    form_response = client.get(url)
    response = client.post(url, {"locales": [locale("en").pk]})

    english = organisation.get_translation_or_none(locale("en"))
    if may_translate:
        assert form_response.status_code == 200
        assert response.status_code == 302
        assert english is not None
    else:
        assert is_refused(form_response)
        assert is_refused(response)
        assert english is None


def test_syncing_without_publishing_leaves_the_other_trees_private_translation_alone(
    members, ukrainian_news, ukrainian_news_in_swedish
):
    """wagtail-localize copies the original's view restrictions onto every translation when
    syncing: a Lviv editor's sync made a private Swedish page public."""
    swedish = ukrainian_news.get_translation(locale("sv"))
    swedish.save_revision().publish()
    PageViewRestriction.objects.create(
        page=swedish, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )
    english = ukrainian_news.get_translation(locale("en"))
    revisions = swedish.revisions.count()
    client = logged_in(members[LVIV_EDITORS])

    response = client.post(update_url(ukrainian_news_in_swedish), follow=True)

    assert response.status_code == 200
    assert PageViewRestriction.objects.filter(page=swedish).exists()
    assert swedish.revisions.count() == revisions
    # An editor may not change privacy in the English tree either: that is the moderators'.
    assert not PageViewRestriction.objects.filter(page=english).exists()
    told = " ".join(str(message) for message in response.context["messages"])
    assert "Svenska" in told or "Swedish" in told


def test_syncing_copies_privacy_only_where_the_user_may_set_it(
    members, ukrainian_news, ukrainian_news_in_swedish
):
    PageViewRestriction.objects.create(
        page=ukrainian_news, restriction_type=PageViewRestriction.LOGIN
    )
    swedish = ukrainian_news.get_translation(locale("sv"))
    english = ukrainian_news.get_translation(locale("en"))

    response = logged_in(members[LVIV_MODERATORS]).post(update_url(ukrainian_news_in_swedish))

    assert response.status_code == 302
    assert PageViewRestriction.objects.filter(page=english).exists()
    assert not PageViewRestriction.objects.filter(page=swedish).exists()


def test_converting_a_translation_into_an_alias_needs_publish_rights_in_its_tree(
    members, ukrainian_news
):
    """An alias goes live with its original and follows every publish of the other tree."""
    logged_in(members[LVIV_EDITORS]).post(
        translate_url(ukrainian_news), {"locales": [locale("en").pk]}
    )
    english = ukrainian_news.get_translation(locale("en"))
    url = reverse("wagtail_localize:convert_to_alias", args=(english.pk,))

    refused = logged_in(members[LVIV_EDITORS]).post(url)
    english.refresh_from_db()
    assert is_refused(refused)
    assert english.alias_of_id is None
    assert not english.live

    converted = logged_in(members[LVIV_MODERATORS]).post(url)
    english.refresh_from_db()
    assert converted.status_code == 302
    assert english.alias_of_id == ukrainian_news.pk


@pytest.fixture
def swedish_news(news_indexes, alingsas_kommun):
    return NewsPageFactory(
        parent=news_indexes["sv"],
        title="Studiebesöket är bokat",
        slug="studiebesok",
        organisation=alingsas_kommun["sv"],
    )


def hidden(page, how):
    """The page as the other tree must not read it: a draft never published, password-protected,
    or in a section for signed-in users only."""
    if how == "never published":
        page.live = False
        page.save_revision()
        page.save()
    elif how == "private":
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
        )
    else:
        PageViewRestriction.objects.create(
            page=page.get_parent(), restriction_type=PageViewRestriction.LOGIN
        )
    return page


@pytest.mark.parametrize("how", ["never published", "private", "in a private section"])
def test_the_other_trees_hidden_page_cannot_be_read_by_translating_it(members, swedish_news, how):
    hidden(swedish_news, how)
    client = logged_in(members[LVIV_EDITORS])

    form = client.get(translate_url(swedish_news))
    response = client.post(translate_url(swedish_news), {"locales": [locale("uk").pk]})

    assert is_refused(form)
    assert is_refused(response)
    assert swedish_news.get_translation_or_none(locale("uk")) is None
    assert not TranslationSource.objects.filter(object_repr=swedish_news.title).exists()


def test_the_other_trees_live_public_page_may_be_translated_from_its_live_text(
    members, swedish_news
):
    swedish_news.title = "Hemligt utkast"
    swedish_news.save_revision()
    client = logged_in(members[LVIV_EDITORS])

    response = client.post(translate_url(swedish_news), {"locales": [locale("uk").pk]})

    ukrainian = swedish_news.get_translation(locale("uk"))
    assert response.status_code == 302
    editor = client.get(edit_url(ukrainian))
    assert editor.status_code == 200
    assert "Studiebesöket är bokat" in editor.content.decode()
    assert "Hemligt utkast" not in editor.content.decode()


def test_the_owner_may_translate_its_own_draft(members, swedish_news):
    hidden(swedish_news, "never published")
    response = logged_in(members[ALINGSAS_EDITORS]).post(
        translate_url(swedish_news), {"locales": [locale("en").pk]}
    )
    assert response.status_code == 302
    assert swedish_news.get_translation(locale("en")) is not None


def test_syncing_does_not_read_an_original_that_has_become_private(
    members, swedish_news, django_capture_on_commit_callbacks
):
    logged_in(members[ALINGSAS_EDITORS]).post(
        translate_url(swedish_news), {"locales": [locale("en").pk]}
    )
    source = TranslationSource.objects.get_for_instance(swedish_news)
    hidden(swedish_news, "private")
    swedish_news.title = "Hemlig rubrik"
    swedish_news.save_revision().publish()

    response = logged_in(members[LVIV_MODERATORS]).post(update_url(source))

    source.refresh_from_db()
    assert is_refused(response)
    assert "Hemlig rubrik" not in source.content_json


# 4. Collections for images and documents


@pytest.mark.parametrize("policy", [image_policy, document_policy], ids=["images", "documents"])
@pytest.mark.parametrize("group", ALL_GROUPS)
def test_uploads_go_only_into_the_groups_own_collection(members, group, policy):
    collections = policy.collections_user_has_permission_for(members[group], "add")

    expected = [OWN_COLLECTION[group]] if group in OWN_COLLECTION else []
    assert [collection.name for collection in collections] == expected


def png():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (16, 16), "#005bbb").save(buffer, "PNG")
    return SimpleUploadedFile("flagga.png", buffer.getvalue(), content_type="image/png")


def pdf():
    return SimpleUploadedFile("protokoll.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")


@pytest.mark.parametrize(
    ("url_name", "model", "make_file"),
    [
        ("wagtailimages:add", get_image_model(), png),
        ("wagtaildocs:add", get_document_model(), pdf),
    ],
    ids=["image", "document"],
)
@pytest.mark.parametrize("group", list(OWN_COLLECTION))
def test_an_upload_naming_the_other_organisations_collection_stays_in_the_own_one(
    members, group, url_name, model, make_file
):
    """With a single collection to add to, Wagtail hides the field and ignores a posted one."""
    own = Collection.objects.get(name=OWN_COLLECTION[group])
    other = Collection.objects.get(name=OTHER_COLLECTION[own.name])

    response = logged_in(members[group]).post(
        reverse(url_name), {"title": "Flagga", "file": make_file(), "collection": other.pk}
    )

    assert response.status_code == 302
    assert [(item.title, item.collection) for item in model.objects.all()] == [("Flagga", own)]


def chooser_html(client, url_name):
    response = client.get(reverse(url_name))
    assert response.status_code == 200
    return response.json()["html"]


# The chooser makes JPEG thumbnails; Pillow asks Willow's spooled buffer for a file number, which
# turns it into a real temporary file that Wagtail leaves to the garbage collector.
@pytest.mark.filterwarnings(
    "ignore:Exception ignored in. <_io.FileIO:pytest.PytestUnraisableExceptionWarning"
)
@pytest.mark.parametrize("group", ALL_GROUPS)
def test_everyone_may_choose_images_from_every_collection(members, group):
    for name in OTHER_COLLECTION:
        ImageFactory(title=f"Bild från {name}", collection=Collection.objects.get(name=name))

    html = chooser_html(logged_in(members[group]), "wagtailimages_chooser:choose")

    assert "Bild från Alingsås kommun" in html
    assert "Bild från Lviv region" in html


@pytest.mark.parametrize("group", ALL_GROUPS)
def test_everyone_may_choose_documents_from_every_collection(members, group):
    for name in OTHER_COLLECTION:
        DocumentFactory(title=f"Dokument från {name}", collection=Collection.objects.get(name=name))

    html = chooser_html(logged_in(members[group]), "wagtaildocs_chooser:choose")

    assert "Dokument från Alingsås kommun" in html
    assert "Dokument från Lviv region" in html


# 5. Snippets


def snippet_edit_url(snippet):
    meta = snippet._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=(snippet.pk,))


def organisation_form(organisation, **changes):
    return {
        "name": organisation.name,
        "short_name": organisation.short_name,
        "kind": organisation.kind,
        "country": organisation.country,
        "website": organisation.website,
        "logo": "",
        **changes,
    }


def programme_form(programme, **changes):
    return {
        "name": programme.name,
        "funder": programme.funder.pk,
        "call_deadline": "",
        "eligibility": programme.eligibility,
        "url": programme.url,
        **changes,
    }


@pytest.mark.parametrize("group", EDITOR_GROUPS)
def test_editors_cannot_change_organisations_or_funding_programmes(members, group):
    client = logged_in(members[group])
    organisation = OrganisationFactory(name="Göteborgsregionen")
    programme = FundingProgrammeFactory(name="Kommunala partnerskap")

    for snippet, data in [
        (organisation, organisation_form(organisation, name="Ändrad")),
        (programme, programme_form(programme, name="Ändrad")),
    ]:
        assert is_refused(client.get(snippet_edit_url(snippet)))
        assert is_refused(client.post(snippet_edit_url(snippet), data))

    assert Organisation.objects.get(pk=organisation.pk).name == "Göteborgsregionen"
    assert FundingProgramme.objects.get(pk=programme.pk).name == "Kommunala partnerskap"


# Snippets belong to a publisher (tests/test_snippet_ownership.py): each group in its own language.
@pytest.mark.parametrize(
    ("group", "language_code"), [(ALINGSAS_EDITORS, "sv"), (LVIV_EDITORS, "uk")]
)
def test_editors_may_add_a_topic(members, group, language_code):
    response = logged_in(members[group]).post(
        reverse("wagtailsnippets_home_topic:add") + f"?locale={language_code}",
        {"name": "Energi", "slug": "energi"},
    )

    assert response.status_code == 302
    topic = Topic.objects.get(slug="energi")
    assert (topic.name, topic.locale.language_code) == ("Energi", language_code)


@pytest.mark.parametrize(
    ("group", "language_code"), [(ALINGSAS_MODERATORS, "sv"), (LVIV_MODERATORS, "uk")]
)
def test_moderators_may_change_organisations(members, group, language_code):
    organisation = OrganisationFactory(name="Göteborgsregionen", locale=locale(language_code))

    response = logged_in(members[group]).post(
        snippet_edit_url(organisation), organisation_form(organisation, short_name="GR")
    )

    assert response.status_code == 302
    assert Organisation.objects.get(pk=organisation.pk).short_name == "GR"


# 6. User management


@pytest.mark.parametrize("url_name", ["wagtailusers_users:index", "wagtailusers_groups:index"])
@pytest.mark.parametrize("group", ALL_GROUPS)
def test_no_editorial_group_manages_users(members, group, url_name):
    assert is_refused(logged_in(members[group]).get(reverse(url_name)))


# 7. Publishing organisation


@pytest.mark.parametrize(
    ("group", "tree", "publisher"),
    [
        (ALINGSAS_EDITORS, "sv", "alingsas_kommun"),
        (ALINGSAS_EDITORS, "en", "alingsas_kommun"),
        (LVIV_EDITORS, "uk", "lviv_region"),
        (LVIV_EDITORS, "en", "lviv_region"),
    ],
)
def test_an_editors_news_is_published_by_their_organisation_whatever_they_post(
    request, members, news_indexes, alingsas_kommun, lviv_region, group, tree, publisher
):
    organisation = request.getfixturevalue(publisher)[tree]
    someone_else = OrganisationFactory(name="Göteborgsregionen", locale=locale(tree))
    client = logged_in(members[group])

    form = client.get(add_url(news_indexes[tree], NewsPage)).context["form"]
    response = add_page(
        client,
        news_indexes[tree],
        NewsPage,
        {
            "title": "Avsiktsförklaring",
            "slug": "avsiktsforklaring",
            "date": "2025-05-09",
            "organisation": someone_else.pk,
        },
    )

    assert form.fields["organisation"].disabled
    assert form.initial["organisation"] == organisation.pk
    assert saved_draft(response, NewsPage, "avsiktsforklaring").organisation == organisation


def test_an_alingsas_moderator_may_name_another_publishing_organisation(
    members, news_indexes, alingsas_kommun, lviv_region
):
    client = logged_in(members[ALINGSAS_MODERATORS])

    form = client.get(add_url(news_indexes["sv"], NewsPage)).context["form"]
    response = add_page(
        client,
        news_indexes["sv"],
        NewsPage,
        {
            "title": "Gemensamt uttalande",
            "slug": "gemensamt-uttalande",
            "date": "2025-05-09",
            "organisation": lviv_region["sv"].pk,
        },
    )

    assert not form.fields["organisation"].disabled
    assert form.initial["organisation"] == alingsas_kommun["sv"].pk
    page = saved_draft(response, NewsPage, "gemensamt-uttalande")
    assert page.organisation == lviv_region["sv"]
