"""Closes wagtail-localize's gap between its translation permission and page permissions.

wagtail-localize's "Translate" and "Sync translated pages" views check only the global
`submit_translation` permission, so a Lviv editor could create pages in the Swedish tree, or
publish every translation of a page at once. The subclasses here offer and accept only the
locales where the user may add pages, and publish translations only where the user may
publish; a forged request for anything else is refused with 403. portal/urls.py routes
wagtail-localize's own URLs to them.

Delete this module and its routes in portal/urls.py once wagtail-localize checks page
permissions for the target locales itself.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail_localize.views import submit_translations, update_translations

from home.editorial import addable_locales


class SubmitPageTranslationView(submit_translations.SubmitPageTranslationView):
    def allowed_locale_ids(self):
        return {locale.pk for locale in addable_locales(self.request.user, self.object)}

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


class SubmitSnippetTranslationView(submit_translations.SubmitSnippetTranslationView):
    """Snippets have no language trees: translating one means adding one, so that right counts."""

    def dispatch(self, request, *args, **kwargs):
        app_label, model_name = kwargs["app_label"], kwargs["model_name"]
        if not request.user.has_perm(f"{app_label}.add_{model_name}"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


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
