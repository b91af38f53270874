from django import forms
from django.utils.translation import gettext_lazy as _

from search.results import RESULT_TYPES

MAX_QUERY_LENGTH = 200


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the site"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    type = forms.ChoiceField(
        label=_("Show"),
        required=False,
        choices=[
            ("", _("Everything")),
            *((key, label) for key, (_model, _one, label) in RESULT_TYPES.items()),
        ],
        widget=forms.RadioSelect,
    )
