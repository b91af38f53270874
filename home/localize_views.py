"""Closes wagtail-localize's gaps between its translation views and the trees' owners.

wagtail-localize's views check only the global `submit_translation` permission (and, to convert
a translation into an alias, the right to edit it). So a Lviv editor could create pages in the
Swedish tree, read the Swedish tree's drafts and private pages by translating them, change the
privacy of Swedish translations by syncing, or put a page live past review by converting it into
an alias, and a Lviv moderator could create or sync a Swedish organisation. The subclasses and
wrappers here:

- offer and accept only the locales where the user may add pages, or add and own the
  snippet's translation (home/ownership.py);
- translate or sync from an original only if the user may edit it or it is live and public;
- sync (content, privacy, publishing) only the translations the user may edit, copy privacy only
  where the user may set it, and say which translations were left alone;
- convert into an alias only where the user may publish;
- let the translation editor's own requests (strings, overrides, PO files, machine translation,
  preview, stop) change or show a snippet's translation only to those who may change it.

A forged request for anything else is refused with 403. portal/urls.py routes wagtail-localize's
own URLs to them. Delete this module and its routes once wagtail-localize checks page
permissions for each target itself.
"""

import contextlib
import functools

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale, Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation
from wagtail_localize.views import (
    convert,
    edit_translation,
    submit_translations,
    update_translations,
)
from wagtail_localize.views.edit_translation import apply_machine_translation

from home.editorial import addable_locales
from home.models import live_public
from home.ownership import translation_locales, user_may_change_snippet


def may_read(user, instance):
    """Whether `user` may see the text of `instance`, the original of a translation: its own
    tree's editors may, everyone else only what the public reads."""
    if not isinstance(instance, Page):
        return True
    if instance.permissions_for_user(user).can_edit():
        return True
    return live_public().filter(pk=instance.pk).exists()


def may_change(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return user_may_change_snippet(user, instance)


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
    def dispatch(self, request, *args, **kwargs):
        page = get_object_or_404(Page, id=kwargs["page_id"]).specific
        if not may_read(request.user, page):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def allowed_locale_ids(self):
        return {locale.pk for locale in addable_locales(self.request.user, self.object)}

    def get_form(self):
        form = super().get_form()
        # The pages below may be drafts or private: only their tree's editors take them along.
        may_edit = self.object.permissions_for_user(self.request.user).can_edit()
        if "include_subtree" in form.fields and not may_edit:
            form.fields["include_subtree"].disabled = True
        return form

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

    @functools.cached_property
    def split_translations(self):
        """([(translation, its page or snippet)] the user may edit, [translations left alone])."""
        targets, left_alone = [], []
        for translation in self.object.translations.filter(enabled=True).select_related(
            "target_locale"
        ):
            target = translation.get_target_instance()
            if may_change(self.request.user, target):
                targets.append((translation, target))
            else:
                left_alone.append(translation)
        return targets, left_alone

    def targets(self):
        return self.split_translations[0]

    def left_alone(self):
        return self.split_translations[1]

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


def for_those_who_may_change_the_target(view):
    """The translation editor's requests check only model-wide rights for snippets."""

    @functools.wraps(view)
    def checked(request, translation_id, **kwargs):
        translation = get_object_or_404(Translation, id=translation_id)
        try:
            target = translation.get_target_instance()
        except ObjectDoesNotExist as error:
            raise Http404 from error
        if not may_change(request.user, target):
            raise PermissionDenied
        return view(request, translation_id=translation_id, **kwargs)

    return checked


TRANSLATION_EDITOR_REQUESTS = [
    (
        "translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
        edit_translation.edit_string_translation,
    ),
    (
        "translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
        edit_translation.edit_override,
    ),
    ("translate/<int:translation_id>/pofile/download/", edit_translation.download_pofile),
    ("translate/<int:translation_id>/pofile/upload/", edit_translation.upload_pofile),
    ("translate/<int:translation_id>/machine_translate/", edit_translation.machine_translate),
    ("translate/<int:translation_id>/preview/", edit_translation.preview_translation),
    ("translate/<int:translation_id>/preview/<str:mode>/", edit_translation.preview_translation),
    ("translate/<int:translation_id>/disable/", edit_translation.stop_translation),
]
