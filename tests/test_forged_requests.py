"""Forged admin requests across the boundary between the language trees (issue 17).

Alingsås owns the Swedish tree and its snippets, collection, searches and groups, the Lviv
partner the Ukrainian ones (home/editorial.py). Each row below is one request a member of a demo
group forges against what the *other* publisher owns, the way a browser would post it: the real
admin URL, real form data, a logged-in session. The row passes when the request is refused (403,
Wagtail's "Sorry, you do not have permission" on the dashboard, or a form error) and nothing the
action could touch has changed in the database.

The table is `ACTIONS`: an action knows how to post its request against a tree and how to read
the rows it could change. A new admin action is one more entry. Every action also has positive
controls: the owner of a tree doing the same on its own objects succeeds and changes them, so the
suite cannot pass by refusing everything (where no demo group may do it anywhere, the control is
a superuser).
"""

import io
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from PIL import Image as PillowImage
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Revision,
    Site,
    TaskState,
    WorkflowState,
)
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)
from wagtail_factories import DocumentFactory, ImageFactory
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from home.editorial import (
    ALINGSAS_EDITORS,
    ALINGSAS_MODERATORS,
    LVIV_EDITORS,
    LVIV_MODERATORS,
)
from home.models import FundingProgramme, Organisation, Person, SiteSettings, Topic
from tests.conftest import translate
from tests.factories import (
    ContentPageFactory,
    FundingProgrammeFactory,
    HomePageFactory,
    OrganisationFactory,
    PersonFactory,
    TopicFactory,
)

# The demo roles and the tree each owns; English is shared by both.
TREE_OF = {
    ALINGSAS_EDITORS: "sv",
    ALINGSAS_MODERATORS: "sv",
    LVIV_EDITORS: "uk",
    LVIV_MODERATORS: "uk",
}
EDITORS = {"sv": ALINGSAS_EDITORS, "uk": LVIV_EDITORS}
MODERATORS = {"sv": ALINGSAS_MODERATORS, "uk": LVIV_MODERATORS}
OTHER = {"sv": "uk", "uk": "sv"}
COLLECTION = {"sv": "Alingsås kommun", "uk": "Lviv region"}
QUERY = {"sv": "stipendier", "uk": "гранти"}
SUPERUSER = "superuser"

# What only the tree's owners may read: a pending draft, a never-published page, a private page.
SECRET = {"sv": "Hemligt utkast om budgeten", "uk": "Таємна чернетка про бюджет"}


# The site every row runs against, built once per module inside a transaction


def content_page(parent, slug, title, **fields):
    return ContentPageFactory(parent=parent, slug=slug, title=title, **fields)


def translate_with_localize(source_page, language_code, user, publish):
    """The page's translation made as wagtail-localize's "Translate this page" makes it."""
    source, _created = TranslationSource.get_or_create_from_instance(source_page)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code=language_code)
    )
    translation.save_target(user=user, publish=publish)
    return translation


def png(name="forged.png"):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (8, 8), "#ffd500").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def pdf(name="forged.pdf"):
    return SimpleUploadedFile(name, b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")


def build_site():
    """Each tree's pages, translations, snippets, media, promotions and redirects; {name: pk}."""
    ids = {}
    users = {}
    for name in TREE_OF:
        user = get_user_model().objects.create_user(username=name.lower().replace(" ", "-"))
        user.groups.add(Group.objects.get(name=name))
        users[name] = user
    users[SUPERUSER] = get_user_model().objects.create_superuser(username="forged-admin")
    ids["users"] = {name: user.pk for name, user in users.items()}

    sv_home = HomePageFactory(parent=Page.get_first_root_node(), title="Startsida", slug="hem")
    site = Site.objects.get(is_default_site=True)
    site.root_page = sv_home
    site.save()
    homes = {
        "sv": sv_home,
        "uk": translate(sv_home, "uk", title="Головна"),
        "en": translate(sv_home, "en", title="Home"),
    }
    ids["site"] = site.pk
    ids["home"] = {code: page.pk for code, page in homes.items()}

    for tree, home in ((code, homes[code]) for code in ("sv", "uk")):
        editor, moderator = users[EDITORS[tree]], users[MODERATORS[tree]]
        collection = Collection.objects.get(name=COLLECTION[tree])

        page = content_page(home, f"oppen-{tree}", f"Öppen sida {tree}")
        page.save_revision(user=moderator).publish()
        draft = page.save_revision(user=editor)
        draft.content["title"] = draft.content["draft_title"] = f"Utkast {tree}"
        draft.content["intro"] = SECRET[tree]
        draft.save()
        page.refresh_from_db()
        folder = content_page(home, f"mapp-{tree}", f"Mapp {tree}")
        locked = content_page(home, f"last-{tree}", f"Låst sida {tree}")
        locked.locked, locked.locked_by, locked.locked_at = True, moderator, timezone.now()
        locked.save()
        moderated = content_page(home, f"granskas-{tree}", f"Granskas {tree}")
        moderated.save_revision(user=editor)
        moderated.get_workflow().start(moderated, editor)
        unpublished = content_page(
            home, f"aldrig-{tree}", f"Aldrig publicerad {tree}", live=False, intro=SECRET[tree]
        )
        unpublished.save_revision(user=editor)
        private = content_page(home, f"privat-{tree}", f"Privat sida {tree}", intro=SECRET[tree])
        PageViewRestriction.objects.create(
            page=private, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
        )
        alias = page.create_alias(parent=home, update_slug=f"alias-{tree}")

        # A page of the other tree translated into this one with wagtail-localize, the
        # translation published and then made private here; a second one whose translation was
        # stopped; and a page of this tree with a draft English translation.
        other_home = homes[OTHER[tree]]
        source = content_page(other_home, f"kalla-till-{tree}", f"Källa till {tree}")
        translation = translate_with_localize(source, tree, moderator, publish=True)
        translated = translation.get_target_instance()
        PageViewRestriction.objects.create(
            page=translated, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
        )
        pending = source.save_revision(user=users[EDITORS[OTHER[tree]]])
        pending.content["intro"] = SECRET[OTHER[tree]]
        pending.save()
        stopped_source = content_page(other_home, f"stoppad-till-{tree}", f"Stoppad {tree}")
        stopped = translate_with_localize(stopped_source, tree, moderator, publish=True)
        Translation.objects.filter(pk=stopped.pk).update(enabled=False)
        shared_source = content_page(home, f"delad-{tree}", f"Delad sida {tree}")
        english = translate_with_localize(shared_source, "en", editor, publish=False)

        locale = Locale.objects.get(language_code=tree)
        funder = OrganisationFactory(name=f"Finansiär {tree}", locale=locale, kind="funder")
        organisation = OrganisationFactory(name=f"Organisation {tree}", locale=locale)
        organisation.publisher_groups.set(
            Group.objects.filter(name__in=[EDITORS[tree], MODERATORS[tree]])
        )
        query = Query.get(QUERY[tree])
        promotion = SearchPromotion.objects.create(
            query=query, page=page, sort_order=0, description=f"Rekommenderad {tree}"
        )
        ids[tree] = {
            "page": page.pk,
            "first_revision": page.live_revision_id,
            "folder": folder.pk,
            "locked": locked.pk,
            "moderated": moderated.pk,
            "unpublished": unpublished.pk,
            "private": private.pk,
            "alias": alias.pk,
            "translated": translated.pk,
            "translation": translation.pk,
            "source": source.pk,
            "stopped": stopped.get_target_instance().pk,
            "english": english.get_target_instance().pk,
            "organisation": organisation.pk,
            "person": PersonFactory(
                name=f"Kontakt {tree}", email=f"kontakt-{tree}@example.org", locale=locale
            ).pk,
            "topic": TopicFactory(name=f"Tema {tree}", slug=f"tema-{tree}", locale=locale).pk,
            "fundingprogramme": FundingProgrammeFactory(
                name=f"Program {tree}", funder=funder, locale=locale
            ).pk,
            "image": ImageFactory(title=f"Bild {tree}", collection=collection).pk,
            "document": DocumentFactory(
                title=f"Dokument {tree}", collection=collection, file=pdf(f"dokument-{tree}.pdf")
            ).pk,
            "collection": collection.pk,
            "empty_collection": collection.add_child(name=f"Arkiv {tree}").pk,
            "query": query.pk,
            "promotion": promotion.pk,
            "redirect": Redirect.objects.create(
                old_path=f"/{tree}/gammal", redirect_page=page, site=site
            ).pk,
        }
    return ids


@pytest.fixture(scope="module")
def site_ids(django_db_setup, django_db_blocker):
    """The site of this module, built once and rolled back after the module's tests."""
    with django_db_blocker.unblock(), transaction.atomic():
        ids = build_site()
        # The group form has a formset per kind of permission; a superuser's browser posts them
        # all back, so the rows take its fields from the form itself.
        admin = Client()
        admin.force_login(get_user_model().objects.get(pk=ids["users"][SUPERUSER]))
        for tree in ("sv", "uk"):
            group = Group.objects.get(name=EDITORS[tree])
            html = admin.get(reverse("wagtailusers_groups:edit", args=(group.pk,))).content
            ids[tree]["group_form"] = querydict_from_html(html.decode(), form_id="w-editor-form")
        yield ids
        transaction.set_rollback(True)
    # Wagtail caches the site's root paths; they must not outlive the rolled-back pages.
    cache.clear()


@dataclass
class Portal:
    """The module's site, read afresh from the database in each test."""

    ids: dict

    def pk(self, tree, name):
        return self.ids[tree][name]

    def page(self, tree, name):
        return Page.objects.get(pk=self.ids[tree][name]).specific

    def home(self, code):
        return Page.objects.get(pk=self.ids["home"][code])

    def locale(self, code):
        return Locale.objects.get(language_code=code)


# What a refusal looks like, and what "nothing changed" reads


def dashboard_redirect(response):
    """Wagtail's answer to a user without permission: the dashboard, with an error message
    ("Sorry, you do not have permission to access this area")."""
    return (
        response.status_code == 302
        and response.url == reverse("wagtailadmin_home")
        and any(message.level == messages.ERROR for message in get_messages(response.wsgi_request))
    )


def is_refused(response):
    return response.status_code == 403 or dashboard_redirect(response)


def refused_or_not_found(response):
    """Refused, or the object is not there for this user: a 404, which Django's LocaleMiddleware
    answers with a redirect to the same path under a language prefix (where it is a 404 too)."""
    path = response.wsgi_request.path
    return (
        is_refused(response)
        or response.status_code == 404
        or (response.status_code == 302 and response.url != path and response.url.endswith(path))
    )


def refused_or_form_error(response):
    """Refused, or the form shown again with an error (the other tree is no choice)."""
    if is_refused(response):
        return True
    context = response.context
    if response.status_code != 200 or context is None:
        return False
    forms = [context.get(name) for name in ("form", "move_form")]
    told = [
        message for message in get_messages(response.wsgi_request) if message.level_tag == "error"
    ]
    return bool(told) or any(form is not None and form.errors for form in forms)


def left_alone(response):
    """wagtail-localize's sync goes on for the translations the user may edit, leaves the other
    tree's alone and says so (home/localize_views.py): the database check does the rest."""
    if is_refused(response):
        return True
    warned = [m for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    return response.status_code == 302 and bool(warned)


def bulk_refused(response):
    """Wagtail's bulk actions leave out the pages and snippets the user may not act on."""
    return is_refused(response) or response.status_code == 302


def accepted(response):
    return 200 <= response.status_code < 400 and not dashboard_redirect(response)


def values(queryset, *fields):
    return sorted(queryset.values_list(*fields), key=repr)


def pages_state(site):
    """Every page and what an action across the boundary could change about it."""
    return {
        "pages": values(
            Page.objects.all(),
            "pk",
            "title",
            "draft_title",
            "slug",
            "path",
            "live",
            "has_unpublished_changes",
            "locked",
            "alias_of_id",
            "latest_revision_id",
            "live_revision_id",
            "locale_id",
        ),
        "revisions": Revision.objects.count(),
        "restrictions": values(
            PageViewRestriction.objects.all(), "page_id", "restriction_type", "password"
        ),
        "workflows": values(WorkflowState.objects.all(), "pk", "status"),
        "tasks": values(TaskState.objects.all(), "pk", "status"),
        "translations": values(Translation.objects.all(), "pk", "target_locale_id", "enabled"),
        "string_translations": values(StringTranslation.objects.all(), "pk", "locale_id", "data"),
    }


def translation_sources(site):
    """The content wagtail-localize holds for translating, with every page."""
    return {
        **pages_state(site),
        "sources": values(TranslationSource.objects.all(), "pk", "content_json"),
    }


SNIPPETS = {
    "organisation": (Organisation, ("name", "short_name", "website", "locale_id")),
    "person": (Person, ("name", "email", "organisation_id", "locale_id")),
    "topic": (Topic, ("name", "slug", "locale_id")),
    "fundingprogramme": (FundingProgramme, ("name", "url", "funder_id", "locale_id")),
}


def snippets_state(site):
    return {
        name: values(model.objects.all(), "pk", *fields)
        for name, (model, fields) in SNIPPETS.items()
    }


def media_state(site):
    return {
        "images": values(get_image_model().objects.all(), "pk", "title", "collection_id"),
        "documents": values(get_document_model().objects.all(), "pk", "title", "collection_id"),
    }


def collections_state(site):
    return {
        "collections": values(Collection.objects.all(), "pk", "name", "path"),
        "restrictions": values(
            CollectionViewRestriction.objects.all(), "collection_id", "restriction_type"
        ),
    }


def promotions_state(site):
    return values(
        SearchPromotion.objects.all(),
        "pk",
        "query__query_string",
        "page_id",
        "external_link_url",
        "external_link_text",
        "description",
    )


def settings_state(site):
    return values(SiteSettings.objects.all(), "site_id", "contact_email", "privacy_page_id")


def redirects_state(site):
    return values(
        Redirect.objects.all(), "pk", "old_path", "redirect_page_id", "redirect_link", "site_id"
    )


def accounts_state(site):
    return {
        "users": values(get_user_model().objects.all(), "pk", "username", "is_superuser"),
        "memberships": values(get_user_model().groups.through.objects.all(), "user_id", "group_id"),
        "groups": values(Group.objects.all(), "pk", "name"),
        "permissions": values(Group.permissions.through.objects.all(), "group_id", "permission_id"),
    }


# The table of actions


@dataclass(frozen=True)
class Action:
    """One admin action: `post(client, site, tree, own)` forges it against `tree`'s objects by a
    member of tree `own`; `state(site)` reads what it could change.

    `owner` says who does it in their own tree for the positive control: "editors",
    "moderators" or a superuser. `holes` maps "editors"/"moderators" to the issue item that
    still lets that kind of role through (strict xfail: a fix makes the row pass).
    """

    name: str
    post: Callable
    state: Callable
    owner: str
    refused: Callable = is_refused
    holes: dict = field(default_factory=dict)
    roles: tuple = ("editors", "moderators")
    reveals: bool = False


def content_form(page, **changes):
    """What the admin's edit form posts for a content page the editor leaves as it is."""
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "easy_read": rich_text(page.easy_read or ""),
            "body": streamfield([]),
            "comments": inline_formset([]),
            **changes,
        }
    )


def edit_page(name, **extra):
    def post(client, site, tree, own):
        page = site.page(tree, name)
        draft = page.get_latest_revision_as_object()
        return client.post(
            reverse("wagtailadmin_pages:edit", args=(page.pk,)),
            {**content_form(draft, title="Ändrad utifrån"), **extra},
        )

    return post


def page_url(url_name, name, method="post", data=None):
    def request(client, site, tree, own):
        url = reverse(url_name, args=(site.pk(tree, name),))
        return getattr(client, method)(url, data or {})

    return request


def move_page(client, site, tree, own):
    """Into the mover's own tree, or for the owner within the tree."""
    destination = site.home(own) if own != tree else site.page(tree, "folder")
    return client.post(
        reverse("wagtailadmin_pages:move_confirm", args=(site.pk(tree, "page"), destination.pk))
    )


def copy_page(alias):
    def post(client, site, tree, own):
        destination = site.home(own)
        return client.post(
            reverse("wagtailadmin_pages:copy", args=(site.pk(tree, "page"),)),
            {
                "new_title": "Kopia",
                "new_slug": "kopia",
                "new_parent_page": destination.pk,
                "publish_copies": "on",
                **({"alias": "on"} if alias else {}),
            },
        )

    return post


def copy_into_other_tree(alias):
    """One's own page copied (or aliased) into the other tree; the owner copies within."""

    def post(client, site, tree, own):
        return client.post(
            reverse("wagtailadmin_pages:copy", args=(site.pk(own, "page"),)),
            {
                "new_title": "Kopia",
                "new_slug": "kopia",
                "new_parent_page": site.home(tree).pk,
                **({"alias": "on"} if alias else {}),
            },
        )

    return post


def revert_page(client, site, tree, own):
    page = site.page(tree, "page")
    first = Revision.objects.get(pk=site.pk(tree, "first_revision"))
    return client.post(
        reverse("wagtailadmin_pages:revisions_revert", args=(page.pk, first.pk)),
        content_form(first.as_object()),
    )


def view_revision(client, site, tree, own):
    page = site.page(tree, "page")
    return client.get(
        reverse("wagtailadmin_pages:revisions_view", args=(page.pk, page.latest_revision_id))
    )


def workflow_action(action_name):
    def post(client, site, tree, own):
        page = site.page(tree, "moderated")
        task_state = page.current_workflow_task_state
        return client.post(
            reverse(
                "wagtailadmin_pages:workflow_action", args=(page.pk, action_name, task_state.pk)
            ),
            {"comment": ""},
        )

    return post


def bulk_pages(action_name, data=None):
    def post(client, site, tree, own):
        url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", action_name))
        page = site.pk(tree, "page")
        form = data(site, tree, own) if data else {}
        return client.post(f"{url}?id={page}", form)

    return post


def bulk_move_destination(site, tree, own):
    destination = site.home(own) if own != tree else site.page(tree, "folder")
    return {"chooser": destination.pk}


def submit_translation(name, into):
    """wagtail-localize's "Translate this page" for `tree`'s page `name`, into `into(tree, own)`."""

    def post(client, site, tree, own):
        return client.post(
            reverse("wagtail_localize:submit_page_translation", args=(site.pk(tree, name),)),
            {"locales": [site.locale(into(tree, own)).pk]},
        )

    return post


def submit_snippet_translation(model_name):
    """One's own snippet translated into the other tree's language (the owner: into English)."""

    def post(client, site, tree, own):
        into = tree if own != tree else "en"
        return client.post(
            reverse(
                "wagtail_localize:submit_snippet_translation",
                args=("home", model_name, site.pk(own, model_name)),
            ),
            {"locales": [site.locale(into).pk]},
        )

    return post


def sync(publish):
    """wagtail-localize's "Sync translated pages" for the source of `tree`'s translation."""

    def post(client, site, tree, own):
        translation = Translation.objects.get(pk=site.pk(tree, "translation"))
        return client.post(
            reverse("wagtail_localize:update_translations", args=(translation.source_id,)),
            {"publish_translations": "on"} if publish else {},
        )

    return post


def edit_string(client, site, tree, own):
    """What the translation editor sends when a translator saves one string."""
    translation = Translation.objects.get(pk=site.pk(tree, "translation"))
    segment = StringSegment.objects.filter(source=translation.source).first()
    return client.put(
        reverse("wagtail_localize:edit_string_translation", args=(translation.pk, segment.pk)),
        urlencode({"value": "Ändrad utifrån"}),
        content_type="application/x-www-form-urlencoded",
    )


def translation_url(url_name):
    """A button of the translation editor, which sends the translator back to it."""

    def post(client, site, tree, own):
        editor = reverse("wagtailadmin_pages:edit", args=(site.pk(tree, "translated"),))
        return client.post(
            reverse(url_name, args=(site.pk(tree, "translation"),)), {"next": editor}
        )

    return post


def snippet_form(model_name, snippet):
    if model_name == "organisation":
        return {
            "name": "Ändrad utifrån",
            "short_name": snippet.short_name,
            "kind": snippet.kind,
            "country": snippet.country,
            "website": "https://forged.example/",
            "logo": "",
            "publisher_groups": list(snippet.publisher_groups.values_list("pk", flat=True)),
        }
    if model_name == "person":
        return {
            "name": snippet.name,
            "role": snippet.role,
            "organisation": snippet.organisation_id or "",
            "email": "phishing@forged.example",
            "phone": snippet.phone,
            "photo": "",
        }
    if model_name == "topic":
        return {"name": "Ändrad utifrån", "slug": snippet.slug}
    return {
        "name": "Ändrad utifrån",
        "funder": snippet.funder_id,
        "call_deadline": "",
        "eligibility": snippet.eligibility,
        "url": "https://forged.example/",
    }


def snippet_action(model_name, action_name):
    model = SNIPPETS[model_name][0]

    def post(client, site, tree, own):
        snippet = model.objects.get(pk=site.pk(tree, model_name))
        url = reverse(f"wagtailsnippets_home_{model_name}:{action_name}", args=(snippet.pk,))
        data = snippet_form(model_name, snippet) if action_name == "edit" else {}
        return client.post(url, data)

    return post


def bulk_delete_snippet(model_name):
    def post(client, site, tree, own):
        url = reverse("wagtail_bulk_action", args=("home", model_name, "delete"))
        return client.post(f"{url}?id={site.pk(tree, model_name)}")

    return post


def media_action(kind, action_name):
    url_name = {"image": "wagtailimages", "document": "wagtaildocs"}[kind]

    def post(client, site, tree, own):
        url = reverse(f"{url_name}:{action_name}", args=(site.pk(tree, kind),))
        data = {"title": "Ändrad utifrån", "collection": site.pk(tree, "collection"), "tags": ""}
        return client.post(url, data if action_name == "edit" else {})

    return post


def upload_multiple(kind):
    url_name, make_file = {
        "image": ("wagtailimages:add_multiple", png),
        "document": ("wagtaildocs:add_multiple", pdf),
    }[kind]

    def post(client, site, tree, own):
        return client.post(
            reverse(url_name),
            {"files[]": make_file(), "collection": site.pk(tree, "collection")},
        )

    return post


def landed_in_other_collection_only_for_owner(response):
    """Wagtail ignores a posted collection the user may not add to; what counts is where the
    file went, which the state shows."""
    return response.status_code in (200, 302, 400, 403)


def collection_action(action_name, name="collection", data=None):
    def post(client, site, tree, own):
        url_name = {
            "edit": "wagtailadmin_collections:edit",
            "delete": "wagtailadmin_collections:delete",
            "privacy": "wagtailadmin_collections:set_privacy",
        }[action_name]
        form = data() if data else {}
        return client.post(reverse(url_name, args=(site.pk(tree, name),)), form)

    return post


def collection_edit_data():
    return {"name": "Ändrad utifrån", "parent": Collection.get_first_root_node().pk}


def promotion_formset(site, tree, **changes):
    promotion = SearchPromotion.objects.get(pk=site.pk(tree, "promotion"))
    form = {
        "id": promotion.pk,
        "page": promotion.page_id or "",
        "external_link_url": promotion.external_link_url or "",
        "external_link_text": promotion.external_link_text or "",
        "description": promotion.description,
        "ORDER": "1",
        "DELETE": "",
        **changes,
    }
    return nested_form_data(
        {"editors_picks": inline_formset([form], initial=1), "query_string": QUERY[tree]}
    )


def add_promotion(client, site, tree, own):
    """A second recommendation on the tree's search: another of the tree's pages."""
    new = {
        "page": site.pk(tree, "folder"),
        "external_link_url": "",
        "external_link_text": "",
        "description": "Rekommenderad utifrån",
        "ORDER": "1",
        "DELETE": "",
    }
    data = nested_form_data({"query_string": QUERY[tree], "editors_picks": inline_formset([new])})
    return client.post(reverse("wagtailsearchpromotions:add"), data)


def edit_promotion(client, site, tree, own):
    """The tree's recommendation pointed at another page of the tree, with a new description."""
    return client.post(
        reverse("wagtailsearchpromotions:edit", args=(site.pk(tree, "query"),)),
        promotion_formset(site, tree, page=site.pk(tree, "folder"), description="Ändrad utifrån"),
    )


def delete_promotion(client, site, tree, own):
    return client.post(reverse("wagtailsearchpromotions:delete", args=(site.pk(tree, "query"),)))


def edit_settings(client, site, tree, own):
    return client.post(
        reverse("wagtailsettings:edit", args=("home", "sitesettings", site.ids["site"])),
        {
            "accessibility_page": "",
            "privacy_page": site.pk(tree, "page"),
            "contact_email": "x@forged.example",
        },
    )


def add_redirect(client, site, tree, own):
    return client.post(
        reverse("wagtailredirects:add"),
        {
            "old_path": f"/{tree}/forged",
            "site": site.ids["site"],
            "is_permanent": "on",
            "redirect_page": "",
            "redirect_link": "https://forged.example/",
        },
    )


def edit_redirect(client, site, tree, own):
    redirect = Redirect.objects.get(pk=site.pk(tree, "redirect"))
    return client.post(
        reverse("wagtailredirects:edit", args=(redirect.pk,)),
        {
            "old_path": redirect.old_path,
            "site": redirect.site_id,
            "is_permanent": "on",
            "redirect_page": "",
            "redirect_link": "https://forged.example/",
        },
    )


def delete_redirect(client, site, tree, own):
    return client.post(reverse("wagtailredirects:delete", args=(site.pk(tree, "redirect"),)))


def add_user(client, site, tree, own):
    """A new account in the other publisher's moderators' group."""
    return client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "forged",
            "email": "forged@forged.example",
            "first_name": "Forged",
            "last_name": "User",
            "password1": "a-Long-and-forged-passw0rd",
            "password2": "a-Long-and-forged-passw0rd",
            "groups": [Group.objects.get(name=MODERATORS[tree]).pk],
            "is_active": "on",
        },
    )


def edit_group(client, site, tree, own):
    data = site.ids[tree]["group_form"].copy()
    data["name"] = "Ändrad utifrån"
    return client.post(
        reverse("wagtailusers_groups:edit", args=(Group.objects.get(name=EDITORS[tree]).pk,)),
        data,
    )


PAGE_ACTIONS = [
    Action("page: save draft", edit_page("page"), pages_state, "editors"),
    Action(
        "page: publish",
        edit_page("page", **{"action-publish": "action-publish"}),
        pages_state,
        "moderators",
    ),
    Action(
        "page: unpublish",
        page_url("wagtailadmin_pages:unpublish", "page"),
        pages_state,
        "moderators",
    ),
    Action(
        "page: delete", page_url("wagtailadmin_pages:delete", "page"), pages_state, "moderators"
    ),
    Action("page: move", move_page, pages_state, "moderators"),
    Action("page: copy out of the tree", copy_page(alias=False), pages_state, "editors"),
    Action(
        "page: copy into the tree",
        copy_into_other_tree(alias=False),
        pages_state,
        "editors",
        refused=refused_or_form_error,
    ),
    Action("page: alias out of the tree", copy_page(alias=True), pages_state, "editors"),
    Action(
        "page: alias into the tree",
        copy_into_other_tree(alias=True),
        pages_state,
        "editors",
        refused=refused_or_form_error,
    ),
    Action("page: revert to a revision", revert_page, pages_state, "editors"),
    Action(
        "page: privacy",
        page_url(
            "wagtailadmin_pages:set_privacy",
            "page",
            data={"restriction_type": "password", "password": "utestängd"},
        ),
        pages_state,
        "moderators",
    ),
    Action("page: lock", page_url("wagtailadmin_pages:lock", "page"), pages_state, "moderators"),
    Action(
        "page: unlock", page_url("wagtailadmin_pages:unlock", "locked"), pages_state, "moderators"
    ),
    Action(
        "page: convert alias to ordinary page",
        page_url("wagtailadmin_pages:convert_alias", "alias"),
        pages_state,
        "editors",
    ),
    Action(
        "page: view draft",
        page_url("wagtailadmin_pages:view_draft", "page", method="get"),
        pages_state,
        "editors",
        reveals=True,
    ),
    Action("page: view revision", view_revision, pages_state, "editors", reveals=True),
    Action(
        "page: edit form",
        page_url("wagtailadmin_pages:edit", "page", method="get"),
        pages_state,
        "editors",
        reveals=True,
    ),
    Action(
        "workflow: submit",
        edit_page("page", **{"action-submit": "action-submit"}),
        pages_state,
        "editors",
    ),
    Action("workflow: approve", workflow_action("approve"), pages_state, "moderators"),
    Action("workflow: reject", workflow_action("reject"), pages_state, "moderators"),
    Action(
        "workflow: cancel",
        edit_page("moderated", **{"action-cancel-workflow": "action-cancel-workflow"}),
        pages_state,
        "editors",
    ),
    Action("bulk: publish", bulk_pages("publish"), pages_state, "moderators", refused=bulk_refused),
    Action(
        "bulk: unpublish", bulk_pages("unpublish"), pages_state, "moderators", refused=bulk_refused
    ),
    Action("bulk: delete", bulk_pages("delete"), pages_state, "moderators", refused=bulk_refused),
    Action(
        "bulk: move",
        bulk_pages("move", bulk_move_destination),
        pages_state,
        "moderators",
        refused=bulk_refused,
    ),
]

LOCALIZE_ACTIONS = [
    Action(
        "localize: translate a never-published page",
        submit_translation("unpublished", lambda tree, own: own if own != tree else "en"),
        translation_sources,
        "editors",
    ),
    Action(
        "localize: translate a private page",
        submit_translation("private", lambda tree, own: own if own != tree else "en"),
        translation_sources,
        "editors",
    ),
    Action(
        "localize: translate one's own page into the tree",
        lambda client, site, tree, own: submit_translation(
            "folder", lambda _tree, _own: tree if own != tree else "en"
        )(client, site, own, own),
        pages_state,
        "editors",
    ),
    Action(
        "localize: sync without publishing",
        sync(publish=False),
        pages_state,
        "moderators",
        refused=left_alone,
    ),
    Action(
        "localize: sync and publish",
        sync(publish=True),
        pages_state,
        "moderators",
        refused=left_alone,
    ),
    Action("localize: edit a translated string", edit_string, pages_state, "editors"),
    Action(
        "localize: machine translate",
        translation_url("wagtail_localize:machine_translate"),
        pages_state,
        "editors",
    ),
    Action(
        "localize: publish from the translation editor",
        lambda client, site, tree, own: client.post(
            reverse("wagtailadmin_pages:edit", args=(site.pk(tree, "translated"),)),
            {"action": "publish"},
        ),
        pages_state,
        "moderators",
    ),
    Action(
        "localize: submit a translation for review",
        page_url("translation_submit_for_review", "translated"),
        pages_state,
        "editors",
    ),
    Action(
        "localize: stop translation",
        translation_url("wagtail_localize:stop_translation"),
        pages_state,
        "editors",
    ),
    Action(
        "localize: restart translation",
        edit_page("stopped", **{"localize-restart-translation": "on"}),
        pages_state,
        "editors",
    ),
    Action(
        "localize: convert to alias",
        page_url("wagtail_localize:convert_to_alias", "translated"),
        pages_state,
        "moderators",
    ),
    # English is shared: an editor may edit the English translation of the other tree's page,
    # but making it an alias of that page publishes it at once.
    Action(
        "localize: convert the English translation to an alias",
        lambda client, site, tree, own: client.post(
            reverse("wagtail_localize:convert_to_alias", args=(site.pk(tree, "english"),))
        ),
        pages_state,
        "moderators",
        roles=("editors",),
    ),
]

SNIPPET_ACTIONS = []
for model_name in SNIPPETS:
    # Editors may change people and topics, so those rows are open to them too (item 5).
    editors_may_change = model_name in ("person", "topic")
    SNIPPET_ACTIONS += [
        Action(
            f"snippet {model_name}: edit",
            snippet_action(model_name, "edit"),
            snippets_state,
            "moderators",
            refused=refused_or_form_error,
        ),
        Action(
            f"snippet {model_name}: delete",
            snippet_action(model_name, "delete"),
            snippets_state,
            "moderators",
        ),
        Action(
            f"snippet {model_name}: bulk delete",
            bulk_delete_snippet(model_name),
            snippets_state,
            "moderators",
            refused=bulk_refused,
        ),
    ]
    # An organisation with publisher groups is its publishers' in every language
    # (home/ownership.py): they may add its name in the other tree's language.
    if model_name != "organisation":
        SNIPPET_ACTIONS.append(
            Action(
                f"localize: translate one's own {model_name} into the tree's language",
                submit_snippet_translation(model_name),
                snippets_state,
                "moderators",
            )
        )

MEDIA_ACTIONS = [
    Action("image: edit", media_action("image", "edit"), media_state, "moderators"),
    Action("image: delete", media_action("image", "delete"), media_state, "moderators"),
    Action(
        "image: upload into the collection",
        upload_multiple("image"),
        media_state,
        "editors",
        refused=landed_in_other_collection_only_for_owner,
    ),
    Action("document: edit", media_action("document", "edit"), media_state, "moderators"),
    Action("document: delete", media_action("document", "delete"), media_state, "moderators"),
    Action(
        "document: upload into the collection",
        upload_multiple("document"),
        media_state,
        "editors",
        refused=landed_in_other_collection_only_for_owner,
    ),
    Action(
        "collection: edit",
        collection_action("edit", data=collection_edit_data),
        collections_state,
        SUPERUSER,
    ),
    Action(
        "collection: delete",
        collection_action("delete", name="empty_collection"),
        collections_state,
        SUPERUSER,
        refused=refused_or_not_found,
    ),
    Action(
        "collection: privacy",
        collection_action(
            "privacy", data=lambda: {"restriction_type": "password", "password": "utestängd"}
        ),
        collections_state,
        SUPERUSER,
    ),
]

SITE_ACTIONS = [
    Action(
        "promotion: add on the tree's search",
        add_promotion,
        promotions_state,
        "moderators",
        refused=refused_or_form_error,
    ),
    Action(
        "promotion: edit",
        edit_promotion,
        promotions_state,
        "moderators",
        refused=refused_or_form_error,
    ),
    Action(
        "promotion: delete",
        delete_promotion,
        promotions_state,
        "moderators",
    ),
    Action("settings: edit", edit_settings, settings_state, SUPERUSER),
    Action("redirect: add", add_redirect, redirects_state, SUPERUSER),
    Action("redirect: edit", edit_redirect, redirects_state, SUPERUSER),
    Action("redirect: delete", delete_redirect, redirects_state, SUPERUSER),
    Action("user: add to the tree's group", add_user, accounts_state, SUPERUSER),
    Action("group: edit the tree's group", edit_group, accounts_state, SUPERUSER),
]

ACTIONS = PAGE_ACTIONS + LOCALIZE_ACTIONS + SNIPPET_ACTIONS + MEDIA_ACTIONS + SITE_ACTIONS


def kind_of(role):
    return "editors" if role in EDITORS.values() else "moderators"


def forged_rows():
    """Each demo role against the other tree, for every action."""
    for action in ACTIONS:
        for role, own in TREE_OF.items():
            kind = kind_of(role)
            if kind not in action.roles:
                continue
            marks = []
            if kind in action.holes:
                marks.append(pytest.mark.xfail(strict=True, reason=action.holes[kind]))
            yield pytest.param(role, action, OTHER[own], id=f"{action.name} | {role}", marks=marks)


def control_rows():
    """The owner of a tree doing the same on its own objects, in each tree by turns."""
    for number, action in enumerate(ACTIONS):
        tree = ("sv", "uk")[number % 2]
        if action.owner == SUPERUSER:
            role = SUPERUSER
        else:
            role = (EDITORS if action.owner == "editors" else MODERATORS)[tree]
        yield pytest.param(role, action, tree, id=f"{action.name} | {role} in {tree}")


@pytest.fixture
def site(site_ids, db):
    return Portal(site_ids)


def logged_in(site, role):
    client = Client()
    client.force_login(get_user_model().objects.get(pk=site.ids["users"][role]))
    return client


def secrets_in(response):
    content = response.content.decode(errors="replace")
    return [text for text in SECRET.values() if text in content]


@pytest.mark.parametrize(("role", "action", "tree"), list(forged_rows()))
def test_a_forged_request_across_the_boundary_is_refused_and_changes_nothing(
    site, role, action, tree
):
    before = action.state(site)

    response = action.post(logged_in(site, role), site, tree, TREE_OF[role])

    assert action.state(site) == before
    assert action.refused(response), (response.status_code, response.get("Location"))
    if action.reveals:
        assert not secrets_in(response)


@pytest.mark.parametrize(("role", "action", "tree"), list(control_rows()))
def test_the_owner_may_do_the_same_in_their_own_tree(
    site, role, action, tree, django_capture_on_commit_callbacks
):
    before = action.state(site)
    own = tree

    with django_capture_on_commit_callbacks(execute=True):
        response = action.post(logged_in(site, role), site, tree, own)

    assert accepted(response), (response.status_code, response.get("Location"))
    if action.reveals:
        assert secrets_in(response)
    else:
        assert action.state(site) != before
