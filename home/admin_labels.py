"""Wagtail 7.4's chooser labels in the language of each request.

Wagtail fixes some chooser labels in the language active when they are first made, so every
editor saw them in that language: "Redigera organisation" beside a chosen organisation in the
Ukrainian admin. `ChooserViewSet` takes its labels with `gettext` when its module is imported
(lazy labels are set on the class in HomeConfig.ready, before the viewsets are made), and the
snippet chooser widget formats its labels once per process (the portal's snippet viewsets use
the chooser below). Delete this module when Wagtail's labels are lazy:
tests/test_admin_language.py checks the labels in each language.
"""

from django.utils.functional import cached_property, lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.snippets.views import chooser
from wagtail.snippets.widgets import AdminSnippetChooser


def make_chooser_labels_lazy():
    ChooserViewSet.choose_one_text = _("Choose")
    ChooserViewSet.choose_another_text = _("Choose another")
    ChooserViewSet.edit_item_text = _("Edit")
    ChooserViewSet.search_tab_label = _("Search")
    ChooserViewSet.create_action_label = _("Create")


def in_active_language(message, **values):
    """`message % values`, worked out anew in the language of each request."""
    return lazy(lambda: gettext(message) % {name: str(v) for name, v in values.items()}, str)()


class SnippetChooser(AdminSnippetChooser):
    """Wagtail's snippet chooser names its model with `%` on a lazy string when the widget is
    made, once per process, so every editor saw the labels in the language of the request that
    first loaded the admin's URLs. These follow each request's language."""

    def __init__(self, model, **kwargs):
        super().__init__(model, **kwargs)
        name = model._meta.verbose_name
        self.choose_one_text = in_active_language("Choose %(object)s", object=name)
        self.choose_another_text = in_active_language("Choose another %(object)s", object=name)
        self.link_to_chosen_text = in_active_language("Edit this %(object)s", object=name)


class SnippetChooserViewSet(chooser.SnippetChooserViewSet):
    @cached_property
    def widget_class(self):
        return SnippetChooser(model=self.model, icon=self.icon)
