"""Closes wagtail-localize's gap between its translation permission and page permissions.

wagtail-localize's "Translate" and "Sync translated pages" views check only the global
`submit_translation` permission, so a Lviv editor could create pages in the Swedish tree, or
publish every translation of a page at once, or a Lviv moderator a Swedish organisation. The
subclasses here offer and accept only the locales where the user may add pages (or add and own
the snippet's translation, home/ownership.py), and publish translations only where the user may
publish; a forged request for anything else is refused with 403. portal/urls.py routes
wagtail-localize's own URLs to them.

Delete this module and its routes in portal/urls.py once wagtail-localize checks page
permissions for the target locales itself.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.views import submit_translations, update_translations

from home.editorial import addable_locales
from home.ownership import translation_locales


class OfferAllowedLocalesMixin:
    """Offers and accepts only the target locales of `allowed_locale_ids()`."""

    def get_form(self):
        form = super().get_form()
        locales = form.fields["locales"]
        locales.queryset = locales.queryset.filter(pk__in=self.allowed_locale_ids())
        return form

    def post(self, request, **kwargs):
        requested = {int(pk) for pk in request.POST.getlist("locales") if pk.isdigit()}
        if not requested <= self.allowed_locale_ids():
            raise PermissionDenied
        return super().post(request, **kwargs)


class SubmitPageTranslationView(
    OfferAllowedLocalesMixin, submit_translations.SubmitPageTranslationView
):
    def allowed_locale_ids(self):
        return {locale.pk for locale in addable_locales(self.request.user, self.object)}


class SubmitSnippetTranslationView(
    OfferAllowedLocalesMixin, submit_translations.SubmitSnippetTranslationView
):
    """Translating a record adds one, owned as home/ownership.py says: only into the locales
    where the user may add it and would be allowed to change it afterwards."""

    def dispatch(self, request, *args, **kwargs):
        app_label, model_name = kwargs["app_label"], kwargs["model_name"]
        if not request.user.has_perm(f"{app_label}.add_{model_name}"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def allowed_locale_ids(self):
        locales = translation_locales(self.request.user, self.object, Locale.objects.all())
        return {locale.pk for locale in locales}


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    def may_publish_every_translation(self):
        user = self.request.user
        for translation in self.object.translations.filter(enabled=True):
            target = translation.get_target_instance()
            if isinstance(target, Page):
                if not target.permissions_for_user(user).can_publish():
                    return False
            elif not user.has_perm(f"{target._meta.app_label}.change_{target._meta.model_name}"):
                return False
        return True

    def get_form(self):
        form = super().get_form()
        if not self.may_publish_every_translation():
            field = form.fields["publish_translations"]
            field.disabled = True
            field.help_text = _(
                "Only someone who may publish in every language of this page can publish "
                "the updated translations at once."
            )
        return form

    def post(self, request, **kwargs):
        if request.POST.get("publish_translations") and not self.may_publish_every_translation():
            raise PermissionDenied
        return super().post(request, **kwargs)
