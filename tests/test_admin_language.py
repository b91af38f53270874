"""The admin in the editor's own language, wherever the project corrects the packages' strings."""

import json
import re

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile


@pytest.mark.parametrize(("language", "label"), [("sv", "Publicera på "), ("uk", "Опублікувати: ")])
def test_the_translation_editors_publish_button_keeps_a_space_before_the_language(
    client, django_user_model, language, label
):
    """wagtail-localize's button is "Publish in " and the language's name, and its Swedish and
    Ukrainian translations lost the space: "Publicera påSvenska"."""
    editor = django_user_model.objects.create_superuser("redaktor", "r@example.org", "x" * 12)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    client.force_login(editor)

    catalog = client.get(reverse("wagtail_localize:javascript_catalog"))

    assert catalog.status_code == 200
    entry = re.search(r'"Publish in ": ("(?:[^"\\]|\\.)*")', catalog.content.decode())
    assert json.loads(entry[1]) == label
