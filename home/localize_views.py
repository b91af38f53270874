"""Closes wagtail-localize's gaps between its translation views and the trees' owners.

wagtail-localize's views check only the global `submit_translation` permission (and, to convert
a translation into an alias, the right to edit it). So a Lviv editor could create pages in the
Swedish tree, read the Swedish tree's drafts and private pages by translating them, change the
privacy of Swedish translations by syncing, or put a page live past review by converting it into
an alias. The subclasses and wrappers here:

- offer and accept only the locales where the user may add pages;
- translate or sync from an original only if the user may edit it or it is live and public;
- sync (content, privacy, publishing) only the translations the user may edit, copy privacy only
  where the user may set it, and say which translations were left alone;
- convert into an alias only where the user may publish.

A forged request for anything else is refused with 403. portal/urls.py routes wagtail-localize's
own URLs to them. Delete this module and its routes once wagtail-localize checks page
permissions for each target itself.
"""

import contextlib

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.views import convert, submit_translations, update_translations
from wagtail_localize.views.edit_translation import apply_machine_translation

from home.editorial import addable_locales


def may_read(user, instance):
    """Whether `user` may see the text of `instance`, the original of a translation: its own
    tree's editors may, everyone else only what the public reads."""
    if not isinstance(instance, Page):
        return True
    if instance.permissions_for_user(user).can_edit():
        return True
    return Page.objects.live().public().filter(pk=instance.pk).exists()


def may_change(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    meta = instance._meta
    return user.has_perm(f"{meta.app_label}.change_{meta.model_name}")


class SubmitPageTranslationView(submit_translations.SubmitPageTranslationView):
    def dispatch(self, request, *args, **kwargs):
        page = get_object_or_404(Page, id=kwargs["page_id"]).specific
        if not may_read(request.user, page):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def allowed_locale_ids(self):
        return {locale.pk for locale in addable_locales(self.request.user, self.object)}

    def get_form(self):
        form = super().get_form()
        locales = form.fields["locales"]
        locales.queryset = locales.queryset.filter(pk__in=self.allowed_locale_ids())
        # The pages below may be drafts or private: only their tree's editors take them along.
        may_edit = self.object.permissions_for_user(self.request.user).can_edit()
        if "include_subtree" in form.fields and not may_edit:
            form.fields["include_subtree"].disabled = True
        return form

    def post(self, request, **kwargs):
        requested = {int(pk) for pk in request.POST.getlist("locales") if pk.isdigit()}
        if not requested <= self.allowed_locale_ids():
            raise PermissionDenied
        return super().post(request, **kwargs)

    def display_title(self):
        """The draft's title for its own tree's editors, the live title for everyone else."""
        if self.object.permissions_for_user(self.request.user).can_edit():
            return self.object.get_admin_display_title()
        return self.object.title

    def get_subtitle(self):
        return self.display_title()

    def get_success_message(self, locales):
        return _(
            "The page '{page_title}' was successfully submitted for translation into {locales}"
        ).format(page_title=self.display_title(), locales=locales)


class SubmitSnippetTranslationView(submit_translations.SubmitSnippetTranslationView):
    """Snippets have no language trees: translating one means adding one, so that right counts."""

    def dispatch(self, request, *args, **kwargs):
        app_label, model_name = kwargs["app_label"], kwargs["model_name"]
        if not request.user.has_perm(f"{app_label}.add_{model_name}"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """ "Sync translated pages", for the translations in the trees the user may edit."""

    def get(self, request, *args, **kwargs):
        self.check_original()
        if self.left_alone():
            messages.info(request, self.left_alone_message())
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.check_original()
        if request.POST.get("publish_translations") and not self.may_publish_all():
            raise PermissionDenied
        return super().post(request, *args, **kwargs)

    def check_original(self):
        if not may_read(self.request.user, self.object.get_source_instance()):
            raise PermissionDenied

    def targets(self):
        """(translation, its page or snippet) for each enabled translation the user may edit."""
        if not hasattr(self, "_targets"):
            self._targets, self._left_alone = [], []
            for translation in self.object.translations.filter(enabled=True).select_related(
                "target_locale"
            ):
                target = translation.get_target_instance()
                if may_change(self.request.user, target):
                    self._targets.append((translation, target))
                else:
                    self._left_alone.append(translation)
        return self._targets

    def left_alone(self):
        self.targets()
        return self._left_alone

    def left_alone_message(self):
        languages = ", ".join(t.target_locale.get_display_name() for t in self.left_alone())
        return format_lazy(
            "{} {}",
            gettext_lazy("Translations in languages you may not edit are left alone:"),
            languages,
        )

    def may_publish_all(self):
        user = self.request.user
        for _translation, target in self.targets():
            if isinstance(target, Page) and not target.permissions_for_user(user).can_publish():
                return False
        return True

    def get_form(self):
        form = super().get_form()
        if not self.may_publish_all():
            field = form.fields["publish_translations"]
            field.disabled = True
            field.help_text = gettext_lazy(
                "Only someone who may publish in every language of this page that they may edit "
                "can publish the updated translations at once."
            )
        return form

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["translations"] = [
            {
                "title": str(target),
                "locale": translation.target_locale,
                "edit_url": self.get_edit_url(target),
            }
            for translation, target in self.targets()
        ]
        return context

    @transaction.atomic
    def form_valid(self, form):
        """wagtail-localize's own, for the translations the user may edit only."""
        user = self.request.user
        self.object.update_from_db()
        translations = [translation for translation, _target in self.targets()]
        if form.cleaned_data.get("use_machine_translation"):
            machine_translator = get_machine_translator()
            for translation in translations:
                apply_machine_translation(translation.id, user, machine_translator)

        for translation, target in self.targets():
            if form.cleaned_data["publish_translations"]:
                with contextlib.suppress(ValidationError):
                    translation.save_target(user=user, publish=True)
            elif (
                not isinstance(target, Page)
                or target.permissions_for_user(user).can_set_view_restrictions()
            ):
                with contextlib.suppress(ValidationError):
                    self.object.update_target_view_restrictions(translation.target_locale)

        self.components.save(self.object, sources_and_translations={self.object: translations})
        messages.success(self.request, self.get_success_message())
        if self.left_alone():
            messages.warning(self.request, self.left_alone_message())
        return redirect(self.get_success_url() or self.get_default_success_url())


def convert_to_alias(request, page_id):
    """An alias goes live with its original and follows every publish of the other tree, so
    turning a translation into one is publishing: only for those who may publish it."""
    page = get_object_or_404(Page, id=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)
