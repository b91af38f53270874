from django import forms
from django.utils.translation import gettext_lazy as _

from home.forms import TopicFilterForm
from home.models import Organisation
from partnership.choices import ProjectStatus


class DashboardFilterForm(TopicFilterForm):
    field_order = ["status", "topic", "partner", "since"]

    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All")), *ProjectStatus.choices]
    )
    partner = forms.ModelChoiceField(
        label=_("Partner"),
        required=False,
        queryset=Organisation.objects.all(),
        empty_label=_("All"),
    )
    since = forms.DateField(
        label=_("Changes since"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("For example the date of the last council meeting."),
    )
