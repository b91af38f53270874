"""The translation hand-off: a translator submits a finished translation to its tree's review.

wagtail-localize's translation editor replaces Wagtail's page editor for a translated page, and
its buttons are Publish (for those who may publish), Unpublish, Lock and Delete: a translator
without publish rights cannot submit the translation to the tree's review workflow, so its
moderators get no notification and no task. Here a bar above the translation editor
(templates/wagtail_localize/admin/edit_translation.html) shows the translation's review state
and posts to `submit_for_review`, which saves the translated strings as a draft and starts (or
resumes, after "Request changes") the page's workflow, as Wagtail's "Submit to …" does. Delete
this module, its URL and the template once wagtail-localize's editor submits to workflows itself.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.models import Page, Workflow, WorkflowState
from wagtail_localize.models import Translation


def translation_of(page):
    """The enabled wagtail-localize Translation whose target is `page`, or None."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )


def may_submit(user, page):
    """Whether `user` may send `page` to its workflow: edit rights in its tree, a workflow, and
    no review already under way (Wagtail's own rule for "Submit to …")."""
    permissions = page.permissions_for_user(user)
    return permissions.can_edit() and permissions.can_submit_for_moderation()


def translated_draft(translation, page, user):
    """`page` with the translation's current strings, as a draft revision of the page.

    wagtail-localize's `save_target(publish=False)` also saves the page's own row, which for a
    live page is the published content; so it runs in a savepoint that is rolled back, and the
    draft it made is saved again as a revision only, as Wagtail's editor saves a live page.
    """
    savepoint = transaction.savepoint()
    try:
        translation.save_target(user=user, publish=False)
        content = Page.objects.get(pk=page.pk).get_latest_revision().content
    finally:
        transaction.savepoint_rollback(savepoint)
    draft = page.with_content_json(content)
    draft.save_revision(user=user, log_action=True)
    return draft


@require_POST
def submit_for_review(request, page_id):
    page = get_object_or_404(Page, id=page_id).specific
    translation = translation_of(page)
    if translation is None or not may_submit(request.user, page):
        raise PermissionDenied
    state = page.current_workflow_state
    try:
        with transaction.atomic():
            draft = translated_draft(translation, page, request.user)
            if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
                state.resume(request.user)
            else:
                page.get_workflow().start(draft, request.user)
    except ValidationError as error:
        messages.error(
            request,
            _("The translation could not be submitted: %(errors)s")
            % {"errors": " ".join(error.messages)},
        )
    else:
        messages.success(
            request,
            _("Page '%(page_title)s' has been submitted for moderation.")
            % {"page_title": draft.get_admin_display_title()},
        )
    return redirect("wagtailadmin_pages:edit", page.pk)


@dataclass(frozen=True)
class ReviewStatus:
    """What the bar above the translation editor says and offers."""

    page: Page
    workflow: Workflow | None
    state: WorkflowState | None
    may_submit: bool

    @property
    def in_review(self):
        return self.state is not None and self.state.status == WorkflowState.STATUS_IN_PROGRESS

    @property
    def needs_changes(self):
        return self.state is not None and self.state.status == WorkflowState.STATUS_NEEDS_CHANGES

    @property
    def task(self):
        return self.state.current_task_state.task if self.state else None

    @property
    def submit_url(self):
        return reverse("translation_submit_for_review", args=(self.page.pk,))


def review_status(page, user):
    state = page.current_workflow_state
    return ReviewStatus(
        page=page,
        workflow=page.get_workflow(),
        state=state,
        may_submit=may_submit(user, page),
    )


@hooks.register("register_admin_urls")
def register_submit_for_review_url():
    return [
        path(
            "translations/<int:page_id>/submit-for-review/",
            submit_for_review,
            name="translation_submit_for_review",
        )
    ]
