"""Who may do what, in which language tree (DESIGN.md §4).

Alingsås owns the Swedish tree, the Lviv partner the Ukrainian tree, and English is shared.
The groups, their collections and snippet rights come from a data migration; page rights and
the review workflow of a tree are set up when its home page is created (see `setup_tree`),
because a fresh install has no trees until then.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext_noop
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

ALINGSAS_EDITORS = "Alingsås editors"
ALINGSAS_MODERATORS = "Alingsås moderators"
LVIV_EDITORS = "Lviv editors"
LVIV_MODERATORS = "Lviv moderators"
TRANSLATION_COORDINATORS = "Translation coordinators"

EDITOR_GROUPS = [ALINGSAS_EDITORS, LVIV_EDITORS]
MODERATOR_GROUPS = [ALINGSAS_MODERATORS, LVIV_MODERATORS]
ALL_GROUPS = [*EDITOR_GROUPS, *MODERATOR_GROUPS, TRANSLATION_COORDINATORS]

# language code → who edits, who moderates, and the name of the tree's review workflow
TREES = {
    "sv": ([ALINGSAS_EDITORS], [ALINGSAS_MODERATORS], gettext_noop("Alingsås review")),
    "uk": ([LVIV_EDITORS], [LVIV_MODERATORS], gettext_noop("Lviv review")),
    "en": (EDITOR_GROUPS, MODERATOR_GROUPS, gettext_noop("Shared review")),
}
# The name of each review workflow's one task, its moderators' approval.
APPROVAL_TASKS = {
    "Alingsås review": gettext_noop("Alingsås review: approval"),
    "Lviv review": gettext_noop("Lviv review: approval"),
    "Shared review": gettext_noop("Shared review: approval"),
}
# Stored as these msgids and shown in the reader's language (home/workflow_names.py).
TRANSLATABLE_WORKFLOW_NAMES = {*APPROVAL_TASKS, *APPROVAL_TASKS.values()}

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
    "bulk_delete_page",
]
# Coordinators prepare translations in every tree; the tree's moderators publish them.
COORDINATOR_PAGE_PERMISSIONS = ["add_page", "change_page"]

# Moderators recommend pages for searches ("Promoted search results") and see the searches that
# found nothing: pages of the trees where they may publish (search/promotion_views.py).
PROMOTION_PERMISSIONS = ["add_searchpromotion", "change_searchpromotion", "delete_searchpromotion"]

# Each organisation uploads images and documents into its own collection: (editors, moderators).
COLLECTIONS = {
    "Alingsås kommun": (ALINGSAS_EDITORS, ALINGSAS_MODERATORS),
    "Lviv region": (LVIV_EDITORS, LVIV_MODERATORS),
}
EDITOR_MEDIA_PERMISSIONS = ["add", "choose"]
MODERATOR_MEDIA_PERMISSIONS = ["add", "change", "delete", "choose"]

# Snippet rights per group: editors pick organisations and funding programmes but don't change
# them; coordinators add their translations.
SNIPPET_PERMISSIONS = {
    "editors": {
        "organisation": ["view"],
        "fundingprogramme": ["view"],
        "person": ["add", "change", "view"],
        "topic": ["add", "change", "view"],
    },
    "moderators": {
        model: ["add", "change", "delete", "view"]
        for model in ("organisation", "fundingprogramme", "person", "topic")
    },
    "coordinators": {
        model: ["add", "change", "view"]
        for model in ("organisation", "fundingprogramme", "person", "topic")
    },
}


def page_permissions_for(language_code):
    """{group name: [permission codenames]} on the home page of the tree in this language."""
    editors, moderators, _workflow = TREES[language_code]
    permissions = dict.fromkeys(editors, EDITOR_PAGE_PERMISSIONS)
    permissions.update(dict.fromkeys(moderators, MODERATOR_PAGE_PERMISSIONS))
    permissions[TRANSLATION_COORDINATORS] = COORDINATOR_PAGE_PERMISSIONS
    return permissions


@transaction.atomic
def setup_tree(home):
    """Give the tree under `home` its owners' page rights and its review workflow. Idempotent."""
    language_code = home.locale.language_code
    if language_code not in TREES or not Group.objects.filter(name__in=ALL_GROUPS).exists():
        return
    groups = {group.name: group for group in Group.objects.filter(name__in=ALL_GROUPS)}
    permissions = {
        permission.codename: permission
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", content_type__model="page"
        )
    }
    for group_name, codenames in page_permissions_for(language_code).items():
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=groups[group_name], page=home, permission=permissions[codename]
            )

    _editors, moderators, workflow_name = TREES[language_code]
    workflow, created = Workflow.objects.get_or_create(name=workflow_name)
    if created:
        task = GroupApprovalTask.objects.create(name=APPROVAL_TASKS[workflow_name])
        task.groups.set([groups[name] for name in moderators])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})


def addable_locales(user, page):
    """Locales other than the page's own in which `user` may add its translation.

    The translation goes under the parent's translation in that locale when there is one,
    else under that locale's home page, which is where wagtail-localize would create it.
    """
    parent = page.get_parent()
    locales = []
    for locale in Locale.objects.exclude(pk=page.locale_id):
        target = parent.get_translation_or_none(locale) if parent.depth > 1 else None
        if target is None:
            target = Page.objects.filter(depth=2, locale=locale).first()
        if target is not None and target.permissions_for_user(user).can_add_subpage():
            locales.append(locale)
    return locales


def may_publish_in_every_tree(user):
    """Whether `user` may publish in every language tree: what something shown in all of them,
    such as a recommended external link, needs."""
    return all(
        home.permissions_for_user(user).can_publish() for home in Page.objects.filter(depth=2)
    )
