from decimal import Decimal
from functools import cached_property

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail_localize.fields import SynchronizedField


class LocationMixin(models.Model):
    """A point on the map, in WGS 84 decimal degrees; both coordinates or neither."""

    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-90)), MaxValueValidator(Decimal(90))],
        help_text=_("Decimal degrees, e.g. 57.93036 for Alingsås."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-180)), MaxValueValidator(Decimal(180))],
        help_text=_("Decimal degrees, e.g. 12.53287 for Alingsås."),
    )

    location_panel = FieldRowPanel(
        [FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Location")
    )

    class Meta:
        abstract = True

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            missing = "longitude" if self.longitude is None else "latitude"
            raise ValidationError({missing: _("Enter both latitude and longitude, or neither.")})


# wagtail-localize translates a page's links to translatable snippets by re-translating the
# snippet itself from the page's language, overwriting a translation that already exists (a
# Ukrainian news item translated into Swedish would rewrite the Swedish organisation's name in
# Ukrainian). Links to organisations are therefore copied as they are, and shown in the page's
# own language when that translation exists.
SYNCHRONIZED_ORGANISATION = [SynchronizedField("organisation")]


def in_locale(objects, locale_id):
    """Each translatable object in the given locale where it is translated; one query at most.

    wagtail-localize copies links to snippets (and many-to-many links) into a translation as
    they are, so a translated page may point to another language's topics or organisations.
    """
    objects = list(objects)
    foreign = [obj.translation_key for obj in objects if obj.locale_id != locale_id]
    if not foreign:
        return objects
    translations = {
        obj.translation_key: obj
        for obj in type(objects[0]).objects.filter(translation_key__in=foreign, locale_id=locale_id)
    }
    return [
        obj if obj.locale_id == locale_id else translations.get(obj.translation_key, obj)
        for obj in objects
    ]


def in_locale_each(groups, locale_id):
    """`in_locale` for several lists of the same kind of object at once, in one query at most."""
    groups = [list(group) for group in groups]
    localized = iter(in_locale([obj for group in groups for obj in group], locale_id))
    return [[next(localized) for _obj in group] for group in groups]


class LocalizedSnippetsMixin:
    """For pages whose organisation and topics may be another language's: shown in their own."""

    override_translatable_fields = SYNCHRONIZED_ORGANISATION

    @cached_property
    def localized_organisation(self):
        if self.organisation is None:
            return None
        return in_locale([self.organisation], self.locale_id)[0]

    @cached_property
    def localized_topics(self):
        return in_locale(self.topics.all(), self.locale_id)
