"""What sits behind a view restriction stays there: activities, aliases and promoted results.

A page is private when it or a page above it has a view restriction, and an alias is as private
as its original, wherever it stands. Every listing, total and output leaves private pages out.
"""

import json
from decimal import Decimal

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from partnership.models.inlines import PartnerNeed
from tests.conftest import translate
from tests.factories import (
    ContentPageFactory,
    FundingLineFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
    ProjectPageFactory,
)

SECRET = "Hemligsak"


def make_private(page, restriction_type=PageViewRestriction.LOGIN):
    return PageViewRestriction.objects.create(page=page, restriction_type=restriction_type)


@pytest.fixture
def project(dashboard):
    """A public project with a public activity and a private one, each with granted funding."""
    project = ProjectPageFactory(parent=dashboard, title="Vatten för Zjovkva", slug="vatten")
    public = ProjectPageFactory(
        parent=project, title="Pumpstation", slug="pump", progress_manual=20
    )
    private = ProjectPageFactory(
        parent=project,
        title=f"{SECRET} förhandling",
        slug="forhandling",
        intro=f"{SECRET} intro",
        progress_manual=100,
    )
    FundingLineFactory(project=public, amount=Decimal("1000.00"))
    FundingLineFactory(project=private, amount=Decimal("999000.00"))
    make_private(private)
    return project


def test_a_private_activity_is_left_out_of_its_public_project(client, project):
    page = client.get(project.url)
    html = page.content.decode()

    assert page.status_code == 200
    assert "Pumpstation" in html
    assert SECRET not in html
    assert page.context["page"].progress.percent == 20  # the private activity's 100 % left out
    assert "999" not in html  # nor its money in the totals


@pytest.mark.parametrize("export", ["csv", "json"])
def test_a_private_activity_is_left_out_of_the_exports(client, project, export):
    body = client.get(f"{project.get_parent().url}export/{export}/").content.decode("utf-8-sig")

    assert "Pumpstation" in body
    assert SECRET not in body
    assert "999000" not in body


def test_a_need_names_only_a_public_project(client, homes, project):
    activity = project.get_children().get(slug="forhandling").specific
    partners = PartnerIndexPageFactory(parent=homes["sv"])
    partner = PartnerPageFactory(parent=partners, title="Zjovkva", slug="zjovkva")
    PartnerNeed.objects.create(partner=partner, sector="Vatten", description="-", project=activity)
    PartnerNeed.objects.create(partner=partner, sector="Skola", description="-", project=project)

    html = client.get(partner.url).content.decode()

    assert "Vatten för Zjovkva" in html
    assert SECRET not in html


@pytest.fixture
def alias(homes):
    """A page in a private section, and an alias of it in the public part of the tree."""
    section = ContentPageFactory(parent=homes["sv"], title="Styrelsen", slug="styrelsen")
    make_private(section, PageViewRestriction.PASSWORD)
    original = ContentPageFactory(
        parent=section, title=f"{SECRET} protokoll", slug="protokoll", intro=f"{SECRET} text"
    )
    return original.create_alias(parent=homes["sv"], update_slug="protokoll-kopia")


def test_an_alias_of_a_page_in_a_private_section_is_private(client, alias):
    response = client.get(alias.url)

    assert response.status_code == 200  # Wagtail's password form
    assert SECRET not in response.content.decode()
    assert "password" in response.content.decode().lower()


def test_an_alias_of_a_page_in_a_private_section_is_listed_nowhere(client, alias):
    search = client.get("/sv/sok/", {"q": "protokoll"}).content.decode()
    sitemap = client.get("/sitemap-sv-1.xml").content.decode()
    api = client.get("/api/v2/pages/", {"search": "protokoll"}).json()
    detail = client.get(f"/api/v2/pages/{alias.pk}/")

    assert SECRET not in search
    assert "protokoll-kopia" not in sitemap
    assert api["meta"]["total_count"] == 0
    assert detail.status_code == 404


def test_an_alias_becomes_private_with_its_original(client, homes):
    original = ContentPageFactory(parent=homes["sv"], title=f"{SECRET} plan", slug="plan")
    alias = original.create_alias(parent=homes["sv"], update_slug="plan-kopia")
    assert SECRET in client.get(alias.url).content.decode()  # public while the original is

    make_private(original.get_parent().get_children().get(slug="plan"))

    assert client.get(alias.url).status_code == 302  # to the login page
    assert "plan-kopia" not in client.get("/sitemap-sv-1.xml").content.decode()


def test_an_english_alias_of_a_private_swedish_page_is_private(client, homes):
    section = ContentPageFactory(parent=homes["sv"], title="Internt", slug="internt")
    make_private(section)
    original = ContentPageFactory(parent=section, title=f"{SECRET} budget", slug="budget")
    alias = original.create_alias(parent=homes["en"], update_slug="budget")

    assert client.get(alias.url).status_code == 302
    listed = client.get("/api/v2/pages/", {"locale": "sv", "fields": "title"}).json()
    assert all(SECRET not in item["title"] for item in listed["items"])


@pytest.fixture
def promoted(homes):
    """A public guide and a private one, both recommended for the same search."""
    guide = ContentPageFactory(parent=homes["sv"], title="Guide för nyanlända", slug="guide")
    hidden = ContentPageFactory(parent=homes["sv"], title=f"{SECRET} guide", slug="intern-guide")
    make_private(hidden)
    query = Query.get("bostad")
    SearchPromotion.objects.create(query=query, page=guide, sort_order=0)
    SearchPromotion.objects.create(query=query, page=hidden, sort_order=1)
    return guide


def test_a_private_page_is_never_a_recommended_result(client, promoted):
    html = client.get("/sv/sok/", {"q": "bostad"}).content.decode()

    assert "Guide för nyanlända" in html
    assert SECRET not in html


def test_an_unpublished_page_is_never_a_recommended_result(client, homes, promoted):
    promoted.unpublish()

    assert "Guide för nyanlända" not in client.get("/sv/sok/", {"q": "bostad"}).content.decode()


def test_a_json_export_of_a_public_project_counts_public_activities_only(client, project):
    package = json.loads(client.get(f"{project.get_parent().url}export/json/").content)

    assert SECRET not in json.dumps(package, ensure_ascii=False)


def test_a_private_translation_is_not_offered_by_the_language_switcher(client, homes):
    page = ContentPageFactory(parent=homes["sv"], title="Om oss", slug="om-oss")
    hidden = translate(page, "uk", title=f"{SECRET} про нас", slug=f"{SECRET.lower()}-pro-nas")
    make_private(hidden)

    html = client.get(page.url).content.decode()

    assert SECRET.lower() not in html.lower()
