"""Editors – not superusers – create every kind of page in the Wagtail admin, and get clear errors.

Each test posts the "add page" form as an editor pressing "Save draft" would.
"""

import datetime
import json
from decimal import Decimal
from html import unescape

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import translate_object

from home.models import ContentPage
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from partnership.models import PartnerIndexPage, PartnerPage, ProjectIndexPage, ProjectPage
from partnership.progress import Progress
from tests.admin_forms import BODY, add_page, add_url, left_empty, saved_draft
from tests.conftest import translate, translate_snippet
from tests.factories import (
    KYIV,
    STOCKHOLM,
    EventIndexPageFactory,
    FundingProgrammeFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OrganisationFactory,
    PartnerIndexPageFactory,
    PersonFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    TopicFactory,
)


@pytest.fixture
def editor_user(django_user_model):
    """A member of Wagtail's built-in Editors group, not a superuser."""
    user = django_user_model.objects.create_user(username="redaktor", first_name="Karin")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor(client, editor_user):
    client.force_login(editor_user)
    return client


def refused(response, page_class, slug):
    """The form shown again with its errors, and no page made."""
    assert response.status_code == 200
    assert not page_class.objects.filter(slug=slug).exists()
    return response.context["form"]


@pytest.fixture
def sv(homes):
    return homes["sv"]


def test_an_editor_can_create_a_content_page(editor, editor_user, sv):
    response = add_page(
        editor,
        sv,
        ContentPage,
        {
            "title": "Om partnerskapet",
            "slug": "om-partnerskapet",
            "intro": "Varför Alingsås samarbetar med Lvivregionen.",
            "body": streamfield(
                [
                    ("heading", {"text": "Bakgrund", "level": "h2"}),
                    ("paragraph", rich_text("<p>Alingsås deltar i <b>GR:s</b> samarbete.</p>")),
                ]
            ),
        },
    )

    page = saved_draft(response, ContentPage, "om-partnerskapet")
    assert page.get_parent().pk == sv.pk
    assert page.locale.language_code == "sv"
    assert page.owner == editor_user
    assert page.intro == "Varför Alingsås samarbetar med Lvivregionen."
    assert [block.block_type for block in page.body] == ["heading", "paragraph"]
    assert page.body[0].value["text"] == "Bakgrund"
    assert "<b>GR:s</b> samarbete." in page.body[1].value.source


@pytest.mark.parametrize(
    ("page_class", "title", "slug"),
    [
        (NewsIndexPage, "Nyheter", "nyheter"),
        (EventIndexPage, "Evenemang", "evenemang"),
        (PartnerIndexPage, "Partner", "partner"),
        (ProjectIndexPage, "Projekt", "projekt"),
    ],
)
def test_an_editor_can_create_each_section_under_the_home_page(editor, sv, page_class, title, slug):
    response = add_page(
        editor, sv, page_class, {"title": title, "slug": slug, "intro": f"Allt om {slug}."}
    )

    page = saved_draft(response, page_class, slug)
    assert page.get_parent().pk == sv.pk
    assert (page.title, page.intro) == (title, f"Allt om {slug}.")


def test_an_editor_can_create_a_news_page_published_by_their_organisation(editor, sv):
    """The publisher comes from the editor's group; a different one in the POST is ignored."""
    news_index = NewsIndexPageFactory(parent=sv)
    publisher = OrganisationFactory(name="Alingsås kommun")
    publisher.publisher_groups.add(Group.objects.get(name="Editors"))
    someone_else = OrganisationFactory(name="Göteborgsregionen")
    topic, _other_topic = TopicFactory(name="Vatten"), TopicFactory(name="Skola")

    response = add_page(
        editor,
        news_index,
        NewsPage,
        {
            "title": "Avsiktsförklaring undertecknad",
            "slug": "avsiktsforklaring",
            "date": "2025-05-09",
            "organisation": someone_else.pk,
            "body": streamfield([("paragraph", rich_text("<p>I dag skrev vi under.</p>"))]),
        },
        topics=[topic.pk],
    )

    page = saved_draft(response, NewsPage, "avsiktsforklaring")
    assert page.date == datetime.date(2025, 5, 9)
    assert page.organisation == publisher
    assert list(page.topics.all()) == [topic]
    assert "I dag skrev vi under." in page.body[0].value.source


def event_fields(**fields):
    return {
        "title": "Studiebesök från Lviv",
        "slug": "studiebesok",
        "start": "2030-05-20 10:00",
        "end": "2030-05-20 15:00",
        "time_zone": "Europe/Stockholm",
        "format": "in_person",
        "location": "Alingsås rådhus",
        **fields,
    }


def test_an_editor_can_create_an_event_with_its_programme(editor, sv):
    event_index = EventIndexPageFactory(parent=sv)

    response = add_page(
        editor,
        event_index,
        EventPage,
        event_fields(
            format="hybrid",
            online_url="https://meet.example.org/lviv",
            agenda_items=inline_formset(
                [
                    {"time": "10:00", "title": "Välkommen", "description": "Kommunstyrelsen."},
                    {"time": "11:30", "title": "Besök på vattenverket", "description": ""},
                ]
            ),
        ),
    )

    event = saved_draft(response, EventPage, "studiebesok")
    assert event.start == datetime.datetime(2030, 5, 20, 10, 0, tzinfo=STOCKHOLM)
    assert event.end == datetime.datetime(2030, 5, 20, 15, 0, tzinfo=STOCKHOLM)
    assert (event.format, event.online_url) == ("hybrid", "https://meet.example.org/lviv")
    assert [(item.time, item.title) for item in event.agenda_items.all()] == [
        (datetime.time(10, 0), "Välkommen"),
        (datetime.time(11, 30), "Besök på vattenverket"),
    ]


def test_an_event_in_kyiv_keeps_the_time_the_editor_entered_for_it(editor, sv):
    """Times are entered in the event's own zone, whatever zone the editor works in."""
    event_index = EventIndexPageFactory(parent=sv)

    response = add_page(editor, event_index, EventPage, event_fields(time_zone="Europe/Kyiv"))

    event = saved_draft(response, EventPage, "studiebesok")
    assert (event.local_start.hour, event.local_end.hour) == (10, 15)
    assert event.start == datetime.datetime(2030, 5, 20, 10, 0, tzinfo=KYIV)
    # Opened again for editing, the form shows the same Kyiv wall-clock time.
    edit_form = editor.get(reverse("wagtailadmin_pages:edit", args=(event.pk,))).context["form"]
    assert edit_form.initial["start"] == datetime.datetime(2030, 5, 20, 10, 0)


def test_an_editor_can_create_a_partner_with_its_needs(editor, sv):
    partner_index = PartnerIndexPageFactory(parent=sv)

    response = add_page(
        editor,
        partner_index,
        PartnerPage,
        {
            "title": "Zjovkva hromada",
            "slug": "zjovkva",
            "kind": "hromada",
            "country": "UA",
            "region": "Lviv oblast",
            "population": "23000",
            "latitude": "50.05572",
            "longitude": "23.97320",
            "needs": inline_formset(
                [
                    {
                        "sector": "Vatten",
                        "description": "Pumpar till vattenverket.",
                        "status": "open",
                    },
                    {"sector": "Skola", "description": "Utbyte mellan lärare.", "status": "closed"},
                ]
            ),
        },
    )

    partner = saved_draft(response, PartnerPage, "zjovkva")
    assert (partner.kind, partner.country, partner.population) == ("hromada", "UA", 23000)
    assert (partner.latitude, partner.longitude) == (Decimal("50.05572"), Decimal("23.97320"))
    assert [(need.sector, need.status) for need in partner.needs.all()] == [
        ("Vatten", "open"),
        ("Skola", "closed"),
    ]


def test_an_editor_can_create_a_project_with_milestones_updates_and_funding(editor, dashboard):
    programme = FundingProgrammeFactory(name="Kommunala partnerskap")
    partner = OrganisationFactory(name="Lviv oblast", kind="region", country="UA")
    contact = PersonFactory(name="Oksana Melnyk", organisation=partner)
    topic = TopicFactory(name="Återuppbyggnad")

    response = add_page(
        editor,
        dashboard,
        ProjectPage,
        {
            "title": "Vattenverk i Zjovkva",
            "slug": "vattenverk",
            "status": "implementation",
            "start_date": "2025-01-01",
            "end_date": "2026-06-30",
            "weight": "1",
            "diary_number": "KS 2025/123",
            "motion_point": "2",
            "milestones": inline_formset(
                [
                    {
                        "title": "Förstudie",
                        "due_date": "2025-03-31",
                        "status": "met",
                        "date_met": "2025-03-20",
                    },
                    {"title": "Upphandling", "due_date": "2025-09-30", "status": "scheduled"},
                ]
            ),
            "progress_updates": inline_formset(
                [{"date": "2025-03-20", "text": "Förstudien är klar."}]
            ),
            "funding_lines": inline_formset(
                [
                    {
                        "funder": programme.funder.pk,
                        "programme": programme.pk,
                        "amount": "450000",
                        "currency": "SEK",
                        "status": "granted",
                    },
                    {
                        "funder": programme.funder.pk,
                        "amount": "90000",
                        "currency": "EUR",
                        "status": "applied",
                    },
                ]
            ),
        },
        topics=[topic.pk],
        partners=[partner.pk],
        contacts=[contact.pk],
    )

    project = saved_draft(response, ProjectPage, "vattenverk")
    assert (project.status, project.diary_number, project.motion_point) == (
        "implementation",
        "KS 2025/123",
        2,
    )
    assert [(m.title, m.status, m.date_met) for m in project.milestones.all()] == [
        ("Förstudie", "met", datetime.date(2025, 3, 20)),
        ("Upphandling", "scheduled", None),
    ]
    assert [u.text for u in project.progress_updates.all()] == ["Förstudien är klar."]
    assert project.funding == {
        "EUR": {"granted": Decimal(0), "applied": Decimal("90000")},
        "SEK": {"granted": Decimal("450000"), "applied": Decimal(0)},
    }
    assert [line.programme for line in project.funding_lines.all()] == [programme, None]
    assert list(project.topics.all()) == [topic]
    assert list(project.partners.all()) == [partner]
    assert list(project.contacts.all()) == [contact]
    assert project.progress == Progress(50, "milestones")
    assert not project.status_changes.exists()


def test_an_editor_can_add_an_activity_to_a_project(editor, dashboard):
    project = ProjectPageFactory(parent=dashboard)

    response = add_page(
        editor,
        project,
        ProjectPage,
        {"title": "Nya pumpar", "slug": "nya-pumpar", "weight": "2", "progress_manual": "40"},
    )

    activity = saved_draft(response, ProjectPage, "nya-pumpar")
    assert activity.get_parent().pk == project.pk
    assert activity.weight == 2
    assert activity.progress == Progress(40, "manual")


def test_an_activity_cannot_have_activities_of_its_own(editor, dashboard):
    activity = ProjectPageFactory(parent=ProjectPageFactory(parent=dashboard))

    response = add_page(editor, activity, ProjectPage, {"title": "Delsteg", "slug": "delsteg"})

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert not ProjectPage.objects.filter(slug="delsteg").exists()


def test_an_event_cannot_end_before_it_starts(editor, sv):
    response = add_page(
        editor,
        EventIndexPageFactory(parent=sv),
        EventPage,
        event_fields(start="2030-05-20 10:00", end="2030-05-20 09:00"),
    )

    assert "end" in refused(response, EventPage, "studiebesok").errors


@pytest.mark.parametrize("event_format", ["online", "hybrid"])
def test_an_online_event_needs_a_meeting_link(editor, sv, event_format):
    response = add_page(
        editor, EventIndexPageFactory(parent=sv), EventPage, event_fields(format=event_format)
    )

    assert "online_url" in refused(response, EventPage, "studiebesok").errors


def test_a_milestone_marked_met_needs_the_date_it_was_met(editor, dashboard):
    response = add_page(
        editor,
        dashboard,
        ProjectPage,
        {
            "title": "Skolan",
            "slug": "skolan",
            "status": "implementation",
            "weight": "1",
            "milestones": inline_formset(
                [{"title": "Taket klart", "due_date": "2025-05-01", "status": "met"}]
            ),
        },
    )

    form = refused(response, ProjectPage, "skolan")
    assert "date_met" in form.formsets["milestones"].forms[0].errors


def test_a_location_needs_both_latitude_and_longitude(editor, sv):
    response = add_page(
        editor,
        PartnerIndexPageFactory(parent=sv),
        PartnerPage,
        {"title": "Lviv", "slug": "lviv", "kind": "region", "country": "UA", "latitude": "49.8"},
    )

    assert "longitude" in refused(response, PartnerPage, "lviv").errors


def test_progress_cannot_be_more_than_100_percent(editor, dashboard):
    response = add_page(
        editor,
        dashboard,
        ProjectPage,
        {
            "title": "Skolan",
            "slug": "skolan",
            "status": "implementation",
            "weight": "1",
            "progress_manual": "150",
        },
    )

    assert "progress_manual" in refused(response, ProjectPage, "skolan").errors


def test_a_ukrainian_page_offers_only_ukrainian_topics_and_organisations(editor, homes):
    topic = TopicFactory(name="Vatten", slug="vatten")
    uk_topic = translate_snippet(topic, "uk", name="Водопостачання")
    organisation = OrganisationFactory(name="Alingsås kommun")
    uk_organisation = translate_snippet(organisation, "uk", name="Алінгсоська комуна")

    response = editor.get(add_url(NewsIndexPageFactory(parent=homes["uk"]), NewsPage))

    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.fields["topics"].queryset) == [uk_topic]
    assert list(form.fields["organisation"].queryset) == [uk_organisation]
    html = response.content.decode()
    assert "Водопостачання" in html
    assert "Vatten" not in html


def test_an_editor_can_save_a_ukrainian_translation_without_choosing_its_snippets_again(
    editor, dashboard
):
    """A copied translation still points at Swedish snippets; the form offers their Ukrainian
    translations instead, so saving it unchanged works and keeps every choice."""
    organisation = OrganisationFactory(name="Alingsås kommun")
    translate_snippet(organisation, "uk", name="Алінгсоська комуна")
    topic = TopicFactory(name="Vatten", slug="vatten")
    translate_snippet(topic, "uk", name="Водопостачання")
    translate(dashboard, "uk")
    project = ProjectPageFactory(parent=dashboard, organisation=organisation, topics=[topic])
    uk_project = translate(project, "uk", title="Водогін")
    edit_url = reverse("wagtailadmin_pages:edit", args=(uk_project.pk,))
    unchanged = querydict_from_html(editor.get(edit_url).content.decode(), "page-edit-form")
    unchanged.update(nested_form_data(BODY))

    response = editor.post(edit_url, unchanged)

    assert response.status_code == 302, response.context["form"].errors
    saved = ProjectPage.objects.get(pk=uk_project.pk).get_latest_revision_as_object()
    assert saved.organisation.translation_key == organisation.translation_key
    assert [t.translation_key for t in saved.topics.all()] == [topic.translation_key]


def test_an_editors_preview_shows_the_drafts_topics_and_projects(editor, sv):
    """Visitors get a news item's topics and projects cached; a preview, the form's."""
    news_index = NewsIndexPageFactory(parent=sv)
    dashboard = ProjectIndexPageFactory(parent=sv)
    waterworks = ProjectPageFactory(parent=dashboard, title="Vattenverket")
    library = ProjectPageFactory(parent=dashboard, title="Biblioteket")
    topic = TopicFactory(name="Vatten och avlopp")
    item = NewsPageFactory(parent=news_index, title="Nytt vattenverk", slug="vattenverk")
    item.related_projects = [waterworks]
    item.save_revision().publish()
    assert "Vattenverket" in editor.get(item.url).content.decode()

    data = nested_form_data(
        {
            **left_empty("comments"),
            **BODY,
            "title": item.title,
            "slug": item.slug,
            "date": item.date.isoformat(),
            "related_project_links": inline_formset(
                [{"project": waterworks.pk}, {"project": library.pk}]
            ),
        }
    )
    data.update(topics=[topic.pk])
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=(item.pk,))
    assert editor.post(preview_url, data).json()["is_valid"]
    preview = editor.get(preview_url).content.decode()
    assert "Biblioteket" in preview and "Vatten och avlopp" in preview

    published = editor.get(item.url).content.decode()
    assert "Vattenverket" in published and "Biblioteket" not in published


def edit_related_projects(client, item, projects):
    """POST the news item's edit form, unchanged but for its related projects."""
    edit_url = reverse("wagtailadmin_pages:edit", args=(item.pk,))
    form = querydict_from_html(client.get(edit_url).content.decode(), "page-edit-form")
    links = nested_form_data(
        {"related_project_links": inline_formset([{"project": p.pk} for p in projects])}
    )
    for name in list(form):
        if name.startswith("related_project_links-"):
            del form[name]
    form.update(nested_form_data(BODY))
    form.update(links)
    return client.post(edit_url, form)


def test_related_projects_are_chosen_one_by_one_not_from_a_list_of_all(editor, sv):
    """The edit form names the item's own projects only, however many the language has."""
    news_index = NewsIndexPageFactory(parent=sv)
    dashboard = ProjectIndexPageFactory(parent=sv)
    waterworks = ProjectPageFactory(parent=dashboard, title="Vattenverket")
    ProjectPageFactory(parent=dashboard, title="Biblioteket")
    item = NewsPageFactory(parent=news_index, related_projects=[waterworks])

    html = editor.get(reverse("wagtailadmin_pages:edit", args=(item.pk,))).content.decode()

    assert "Vattenverket" in html and "Biblioteket" not in html


def test_related_projects_are_the_pages_own_language_and_each_chosen_once(editor, homes):
    news_index = NewsIndexPageFactory(parent=homes["sv"])
    dashboard = ProjectIndexPageFactory(parent=homes["sv"])
    waterworks = ProjectPageFactory(parent=dashboard, title="Vattenverket")
    library = ProjectPageFactory(parent=dashboard, title="Biblioteket")
    translate(dashboard, "uk")
    ukrainian = translate(library, "uk", title="Бібліотека")
    item = NewsPageFactory(parent=news_index, title="Nytt vattenverk")

    other_language = edit_related_projects(editor, item, [waterworks, ukrainian])
    twice = edit_related_projects(editor, item, [waterworks, waterworks])

    for response in (other_language, twice):
        assert response.status_code == 200
        assert response.context["form"].formsets["related_project_links"].forms[1].errors
    assert edit_related_projects(editor, item, [library, waterworks]).status_code == 302
    saved = NewsPage.objects.get(pk=item.pk).get_latest_revision_as_object()
    assert saved.related_projects == [library, waterworks]  # in the editor's order


def test_a_translations_projects_from_the_original_language_stay_chosen(editor, homes):
    """A copied translation points to the original's projects until its editors change them."""
    news_index = NewsIndexPageFactory(parent=homes["sv"])
    dashboard = ProjectIndexPageFactory(parent=homes["sv"])
    waterworks = ProjectPageFactory(parent=dashboard, title="Vattenverket")
    item = NewsPageFactory(parent=news_index, related_projects=[waterworks])
    translate(news_index, "uk")
    ukrainian = translate(item, "uk", title="Новий водогін")

    edit_url = reverse("wagtailadmin_pages:edit", args=(ukrainian.pk,))
    unchanged = querydict_from_html(editor.get(edit_url).content.decode(), "page-edit-form")
    unchanged.update(nested_form_data(BODY))
    response = editor.post(edit_url, unchanged)

    assert response.status_code == 302, (response.status_code, response.get("Location"))
    assert NewsPage.objects.get(pk=ukrainian.pk).related_projects == [waterworks]


def test_syncing_a_translation_leaves_its_related_projects_alone(homes):
    """Each language's editors choose its projects; a sync from the original keeps them."""
    news_index = NewsIndexPageFactory(parent=homes["sv"])
    dashboard = ProjectIndexPageFactory(parent=homes["sv"])
    waterworks = ProjectPageFactory(parent=dashboard, title="Vattenverket")
    library = ProjectPageFactory(parent=dashboard, title="Biblioteket")
    translate(news_index, "uk")
    translate(dashboard, "uk")
    ukrainian_waterworks = translate(waterworks, "uk", title="Водоканал")
    item = NewsPageFactory(parent=news_index, related_projects=[waterworks])
    translate_object(item, [Locale.objects.get(language_code="uk")])
    ukrainian = item.get_translation(Locale.objects.get(language_code="uk"))
    ukrainian.related_projects = [ukrainian_waterworks]
    ukrainian.save_revision().publish()

    item.related_projects = [library]
    item.save_revision().publish()
    source, _created = TranslationSource.update_or_create_from_instance(item)
    for translation in source.translations.all():
        translation.save_target(publish=True)

    assert NewsPage.objects.get(pk=ukrainian.pk).related_projects == [ukrainian_waterworks]


@pytest.mark.parametrize("page_factory", [NewsPageFactory, ProjectPageFactory])
def test_an_edit_that_sends_no_body_is_a_form_error_and_changes_nothing(editor, sv, page_factory):
    """The body's inputs are drawn by JavaScript; a post without them (a script that failed, a
    forged request) must not crash or replace the stored body with nothing."""
    parent = (NewsIndexPageFactory if page_factory is NewsPageFactory else ProjectIndexPageFactory)(
        parent=sv
    )
    page = page_factory(
        parent=parent, title="Nytt vattenverk", body=[("paragraph", RichText("<p>Rent vatten</p>"))]
    )
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    form = querydict_from_html(editor.get(edit_url).content.decode(), "page-edit-form")
    assert "body-count" not in form
    form["title"] = "Vattenverket invigt"

    response = editor.post(edit_url, form)

    assert response.status_code == 200
    html = unescape(response.content.decode())
    told = response.context["form"].errors["body"][0]
    # The StreamField's errors reach the page inside its JSON, non-ASCII letters escaped.
    assert told in html or json.dumps(told)[1:-1] in html  # the editor is told
    assert "Vattenverket invigt" in html and "Rent vatten" in html  # nothing the editor had is gone
    saved = type(page).objects.get(pk=page.pk).get_latest_revision_as_object()
    assert saved.title == "Nytt vattenverk"
    assert "Rent vatten" in str(saved.body)


@pytest.mark.parametrize("body", [{"body-count": "abc"}, {"body-count": "1"}])
def test_an_edit_with_a_broken_body_is_a_form_error(editor, sv, body):
    page = NewsPageFactory(parent=NewsIndexPageFactory(parent=sv), title="Nytt vattenverk")
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    form = querydict_from_html(editor.get(edit_url).content.decode(), "page-edit-form")
    form.update(body)

    response = editor.post(edit_url, form)

    assert response.status_code == 200
    assert response.context["form"].errors["body"]
