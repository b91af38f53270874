"""Posting the Wagtail admin's page forms the way an editor's browser does."""

from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import ContentPage
from news.models import EventPage, NewsPage
from partnership.models import PartnerPage, ProjectPage


def left_empty(*names):
    """Inline panels the editor left empty; the admin still posts their management forms."""
    return {name: inline_formset([]) for name in names}


# What the admin form posts even when the editor fills in nothing: comments, inline panels and
# StreamFields (whose inputs JavaScript draws, so they are not in the page's HTML).
BODY = {"body": streamfield([])}
EMPTY_FORM = {
    ContentPage: BODY,
    NewsPage: {**BODY, **left_empty("related_project_links")},
    EventPage: {**BODY, **left_empty("agenda_items")},
    PartnerPage: {**BODY, **left_empty("needs")},
    ProjectPage: {
        **BODY,
        **left_empty(
            "milestones", "progress_updates", "funding_lines", "documents", "external_ids"
        ),
    },
}


def add_url(parent, page_class):
    return reverse(
        "wagtailadmin_pages:add",
        args=(page_class._meta.app_label, page_class._meta.model_name, parent.pk),
    )


def add_page(client, parent, page_class, fields, **choices):
    """POST the admin's "add page" form; `choices` are many-to-many fields, as lists of ids."""
    data = nested_form_data({**left_empty("comments"), **EMPTY_FORM.get(page_class, {}), **fields})
    data.update(choices)
    return client.post(add_url(parent, page_class), data)


def saved_draft(response, page_class, slug):
    """The draft the editor was sent on to edit, after checking the admin saved it."""
    assert response.status_code == 302, response.context and response.context["form"].errors
    page = page_class.objects.get(slug=slug)
    assert response.url == reverse("wagtailadmin_pages:edit", args=(page.pk,))
    assert not page.live
    return page
