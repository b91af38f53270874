from django import forms
from django.utils.translation import gettext_lazy as _

from home.forms import FilterForm
from home.models import Organisation, Topic
from partnership.choices import ProjectStatus


class DashboardFilterForm(FilterForm):
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All")), *ProjectStatus.choices]
    )
    topic = forms.ModelChoiceField(
        label=_("Topic"),
        required=False,
        queryset=Topic.objects.all(),
        to_field_name="slug",
        empty_label=_("All"),
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
