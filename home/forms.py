from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import BlockField, BlockWidget

from home.content_cache import cached
from home.models import Organisation, Topic


def limit_to_locale(fields, locale_id, keep=None):
    """Narrow every choice of translatable objects (topics, organisations…) to one language.

    `keep` maps field names to primary keys already chosen, which stay valid whatever their
    language, so saving a copied translation never fails on choices nobody touched.
    """
    keep = keep or {}
    for name, field in fields.items():
        queryset = getattr(field, "queryset", None)
        if queryset is not None and hasattr(queryset.model, "translation_key"):
            field.queryset = queryset.filter(Q(locale_id=locale_id) | Q(pk__in=keep.get(name, [])))


class FilterForm(forms.Form):
    """A GET filter form for listings: valid fields filter; invalid ones are shown and ignored."""

    def __init__(self, *args, locale_id, **kwargs):
        super().__init__(*args, **kwargs)
        limit_to_locale(self.fields, locale_id)
        for name, field in self.fields.items():
            if isinstance(field, forms.ModelChoiceField):
                # The topics and organisations to choose from, read once per publish; choosing
                # one still checks it against the database.
                field.choices = cached(
                    f"filter-choices:{type(self).__name__}:{name}:{locale_id}",
                    lambda field=field: [
                        (str(value), str(label)) for value, label in field.choices
                    ],
                )

    def valid_filters(self):
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "")}


class TopicFilterForm(FilterForm):
    """Listings filter by topic slug, which is the same in every language."""

    topic = forms.ModelChoiceField(
        label=_("Topic"),
        required=False,
        queryset=Topic.objects.all(),
        to_field_name="slug",
        empty_label=_("All"),
    )


class LocalePageForm(WagtailAdminPageForm):
    """Offers editors only the topics, organisations and people in the page's own language.

    Without it, a Swedish page would list every topic three times, once per language. A page
    copied from another language still points to that language's snippets: each is swapped for
    its translation here, and one with no translation yet stays chosen rather than being lost.
    """

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        locale_id = self.instance.locale_id or (parent_page and parent_page.locale_id)
        if locale_id:
            limit_to_locale(self.fields, locale_id, keep=self.localize_initial(locale_id))

    def localize_initial(self, locale_id):
        """Point initial choices at their translations; return those that have none."""
        untranslated = {}
        for name, field in self.fields.items():
            model = getattr(getattr(field, "queryset", None), "model", None)
            value = self.initial.get(name)
            if not value or not hasattr(model, "translation_key"):
                continue
            many = isinstance(field, forms.ModelMultipleChoiceField)
            chosen = model.objects.filter(
                pk__in=[getattr(item, "pk", item) for item in (value if many else [value])]
            )
            translations = {
                item.translation_key: item.pk
                for item in model.objects.filter(
                    translation_key__in=[item.translation_key for item in chosen],
                    locale_id=locale_id,
                )
            }
            localized = [translations.get(item.translation_key, item.pk) for item in chosen]
            untranslated[name] = [
                item.pk for item in chosen if item.translation_key not in translations
            ]
            self.initial[name] = localized if many else localized[0]
        return untranslated


class PublisherPageForm(LocalePageForm):
    """The publishing organisation comes from the editor's group; only moderators change it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("organisation")
        user = self.for_user
        if field is None or user is None:
            return
        if not self.instance.pk and not self.initial.get("organisation"):
            publisher = self.publisher_for(
                user, self.instance.locale_id or self.parent_page.locale_id
            )
            if publisher is not None:
                self.initial["organisation"] = publisher.pk
        if not user.has_perm("home.change_organisation"):
            field.disabled = True
            field.help_text = _("Set from your group. A moderator can change it.")

    @staticmethod
    def publisher_for(user, locale_id):
        """The organisation the user's groups publish for, in the page's language."""
        return Organisation.objects.filter(
            locale_id=locale_id,
            translation_key__in=Organisation.objects.filter(publisher_groups__user=user).values(
                "translation_key"
            ),
        ).first()


# What a StreamField's widget reads when the post lacks its inputs or holds broken ones.
INCOMPLETE = object()


class StreamFieldWidget(BlockWidget):
    def value_from_datadict(self, data, files, name):
        # Wagtail's blocks index the post directly (`<prefix>-count`, `<prefix>-0-type` …) and
        # convert the counts with int().
        try:
            return super().value_from_datadict(data, files, name)
        except (KeyError, ValueError):
            return INCOMPLETE


class StreamFormField(BlockField):
    """Every StreamField of the admin's forms (home/apps.py registers it for all of them).

    The field's inputs are drawn by JavaScript; a post without them (a script that failed, a
    forged or cut-off request) is a form error that keeps what is stored, and the form is shown
    again with the stored content, not an empty field that would replace it when saved.
    """

    def __init__(self, block=None, **kwargs):
        kwargs.setdefault("widget", StreamFieldWidget(block))
        super().__init__(block=block, **kwargs)

    def bound_data(self, data, initial):
        return initial if data is INCOMPLETE else data

    def has_changed(self, initial, data):
        return data is not INCOMPLETE and super().has_changed(initial, data)

    def clean(self, value):
        if value is INCOMPLETE:
            raise ValidationError(
                _(
                    "This field's content did not arrive complete, so nothing was saved. It is "
                    "shown as it was last saved: check it and save again."
                ),
                code="incomplete",
            )
        return super().clean(value)
