"""Wagtail 7.4's chooser labels in the language of each request.

`wagtail.admin.viewsets.chooser.ChooserViewSet` takes its labels with `gettext`, not
`gettext_lazy`, when its module is imported, so every editor saw them in whatever language was
active then, Swedish by default: "Redigera" beside a chosen organisation in the Ukrainian admin.
Lazy labels set on the class before the viewsets are made (HomeConfig.ready) follow each editor's
language. Delete this module when Wagtail's labels are lazy (tests/test_admin_language.py fails
then only if they are not).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.chooser import ChooserViewSet


def make_chooser_labels_lazy():
    ChooserViewSet.choose_one_text = _("Choose")
    ChooserViewSet.choose_another_text = _("Choose another")
    ChooserViewSet.edit_item_text = _("Edit")
    ChooserViewSet.search_tab_label = _("Search")
    ChooserViewSet.create_action_label = _("Create")
