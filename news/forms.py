from zoneinfo import ZoneInfo

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.forms import LocalePageForm, PublisherPageForm, TopicFilterForm, limit_to_locale
from home.models import Organisation


class NewsFilterForm(TopicFilterForm):
    organisation = forms.ModelChoiceField(
        label=_("Published by"),
        required=False,
        queryset=Organisation.objects.all(),
        empty_label=_("All"),
    )
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, years, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", _("All")), *((year, year) for year in years)]


class NewsPageForm(PublisherPageForm):
    """Related projects are chosen from the page's own language, each once.

    One chosen before in another language (a copied translation's) stays valid, as the topics do
    (`LocalePageForm`).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or (self.parent_page and self.parent_page.locale_id)
        for form in self.formsets["related_project_links"].forms:
            kept = [form.initial["project"]] if form.initial.get("project") else []
            limit_to_locale(form.fields, locale_id, keep={"project": kept})

    def clean(self):
        cleaned_data = super().clean()
        chosen = set()
        for form in self.formsets["related_project_links"].forms:
            project = form.cleaned_data.get("project") if form.is_valid() else None
            if project is None or form.cleaned_data.get("DELETE"):
                continue
            if project.pk in chosen:
                form.add_error("project", _("This project is chosen already."))
            chosen.add(project.pk)
        return cleaned_data


class EventPageForm(LocalePageForm):
    """Start and end are entered and shown in the event's own time zone, not the editor's.

    A Lviv event at 10:00 is entered as 10:00 with "Ukrainian time", whoever edits it.
    """

    TIME_FIELDS = ("start", "end")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.time_zone:
            zone = ZoneInfo(self.instance.time_zone)
            for name in self.TIME_FIELDS:
                value = getattr(self.instance, name)
                if value:
                    self.initial[name] = timezone.make_naive(value, zone)

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("time_zone"):
            zone = ZoneInfo(cleaned_data["time_zone"])
            for name in self.TIME_FIELDS:
                if cleaned_data.get(name):
                    wall_time = timezone.make_naive(cleaned_data[name])
                    cleaned_data[name] = timezone.make_aware(wall_time, zone)
        return cleaned_data
