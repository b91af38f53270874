"""Wagtail's page history names who published, unpublished, approved and translated."""

from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale, PageLogEntry
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from tests.factories import NewsIndexPageFactory, NewsPageFactory


def actions_by(page, username):
    return set(
        PageLogEntry.objects.filter(page=page, user__username=username).values_list(
            "action", flat=True
        )
    )


def test_publish_and_unpublish_are_recorded_with_the_moderator(client, homes, django_user_model):
    moderator = django_user_model.objects.create_user(username="moderator-sv")
    moderator.groups.add(Group.objects.get(name="Alingsås moderators"))
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=homes["sv"]), live=False)
    client.force_login(moderator)

    edit_url = reverse("wagtailadmin_pages:edit", args=[news.pk])
    form = querydict_from_html(client.get(edit_url).content.decode(), "page-edit-form")
    form.update(nested_form_data({"body": streamfield([])}))  # drawn by JavaScript in the admin
    form["action-publish"] = "action-publish"
    client.post(edit_url, form)
    news.refresh_from_db()
    assert news.live
    client.post(reverse("wagtailadmin_pages:unpublish", args=[news.pk]))

    news.refresh_from_db()
    assert not news.live
    assert {"wagtail.publish", "wagtail.unpublish"} <= actions_by(news, "moderator-sv")


def test_a_translation_is_recorded_with_the_translator(client, homes, django_user_model):
    translator = django_user_model.objects.create_user(username="oversattare")
    translator.groups.add(Group.objects.get(name="Translation coordinators"))
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=homes["sv"]))
    english = Locale.objects.get(language_code="en")
    client.force_login(translator)

    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[news.pk]),
        {"locales": [english.pk]},
    )

    translation = news.get_translation(english)
    assert not translation.live
    assert "wagtail.copy_for_translation" in actions_by(translation, "oversattare")
