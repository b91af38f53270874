"""The editors' guide in the admin (Help → "Editing the portal"): who owns what, and how a page
is written, translated, reviewed and published, with the screen names the editor sees.

The prose is written per language in `templates/home/guide/guide_<language>.html` rather than
as msgids; the screen names in it come from the catalogues Wagtail's own screens use, so they
stay the same as on the buttons.
"""

from django.utils.translation import get_language, gettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from home.editorial import TREES

GUIDE_LANGUAGES = ("sv", "uk", "en")


class EditorsGuideView(WagtailAdminTemplateMixin, TemplateView):
    breadcrumbs_items = []
    header_icon = "help"

    def get_template_names(self):
        language = get_language()
        return [f"home/guide/guide_{language if language in GUIDE_LANGUAGES else 'en'}.html"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Each tree's review workflow and its "Submit to …" button, as the editor's admin says them.
        context["review"] = {code: gettext(name) for code, (*_groups, name) in TREES.items()}
        context["submit"] = {
            code: gettext("Submit to %(workflow_name)s") % {"workflow_name": name}
            for code, name in context["review"].items()
        }
        return context
