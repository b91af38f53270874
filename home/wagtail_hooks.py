from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import FundingProgramme, Organisation, Person, Topic


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "kind", "country"]
    list_filter = ["kind", "country"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "organisation"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]


class FundingProgrammeViewSet(SnippetViewSet):
    model = FundingProgramme
    icon = "dollar"
    list_display = ["name", "funder", "call_deadline"]


class PartnershipSnippets(SnippetViewSetGroup):
    items = [OrganisationViewSet, PersonViewSet, TopicViewSet, FundingProgrammeViewSet]
    menu_label = _("Directory")
    menu_icon = "folder-open-inverse"
    menu_order = 300


register_snippet(PartnershipSnippets)
