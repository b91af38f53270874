"""The directory's snippet views, checking each record's owner (home/ownership.py).

Wagtail's generic edit and delete views, the listing's buttons and the snippets' bulk delete
check only model permissions; these check the record too, through the viewset's permission
policy, and refuse a save that would take a record from its owner.
"""

from django.core.exceptions import PermissionDenied
from wagtail.log_actions import log
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.views import snippets

from home.admin_labels import SnippetChooserViewSet
from home.ownership import OWNED_MODELS, SnippetOwnershipPolicy, ownership_error


class OwnershipCheckedSaveMixin:
    def is_valid(self, form):
        if not super().is_valid(form):
            return False
        publisher_groups = form.cleaned_data.get("publisher_groups")
        error = ownership_error(self.request.user, form.instance, publisher_groups)
        if error is None:
            return True
        form.add_error(None, error)
        self.produced_error_code = "validation_error"
        self.produced_error_message = error
        return False


class IndexView(snippets.IndexView):
    def get_edit_url(self, instance):
        if self.user_has_permission_for_instance("change", instance):
            return super().get_edit_url(instance)

    def get_delete_url(self, instance):
        if self.user_has_permission_for_instance("delete", instance):
            return super().get_delete_url(instance)


class CreateView(OwnershipCheckedSaveMixin, snippets.CreateView):
    pass


class CopyView(snippets.CopyView):
    """Shows the add form filled in from a record; the form posts to the add view. Wagtail's copy
    view would save a post into the record it copies, so it takes none."""

    http_method_names = ["get", "head", "options"]


class EditView(OwnershipCheckedSaveMixin, snippets.EditView):
    def dispatch(self, request, *args, **kwargs):
        if not self.user_has_permission_for_instance("change", self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class DeleteView(snippets.DeleteView):
    def dispatch(self, request, *args, **kwargs):
        if not self.user_has_permission_for_instance("delete", self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class OwnedSnippetViewSet(snippets.SnippetViewSet):
    chooser_viewset_class = SnippetChooserViewSet
    index_view_class = IndexView
    add_view_class = CreateView
    copy_view_class = CopyView
    edit_view_class = EditView
    delete_view_class = DeleteView

    @property
    def permission_policy(self):
        return SnippetOwnershipPolicy(self.model)


class OwnedSnippetDeleteBulkAction(DeleteBulkAction):
    """Deletes only the records the user may delete, and records each deletion in the history
    as the single delete view does."""

    models = OWNED_MODELS

    def check_perm(self, snippet):
        return self.model.snippet_viewset.permission_policy.user_has_permission_for_instance(
            self.request.user, "delete", snippet
        )

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        for snippet in objects:
            log(instance=snippet, action="wagtail.delete", user=user)
        return super().execute_action(objects, user=user, **kwargs)
