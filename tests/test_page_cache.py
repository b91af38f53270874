"""The page cache: anonymous visitors get stored pages, fresh after every kind of change.

Each change is checked on the pages that show it, in every language that lists it: the page
itself, the news index, the home page and search.
"""

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import override_settings
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction
from wagtail_factories import ImageFactory

from home import page_cache as frames
from news.cards import LISTING_IMAGE_SPECS
from tests.conftest import translate, translate_snippet
from tests.factories import ContentPageFactory, NewsIndexPageFactory, NewsPageFactory

CARD_PICTURE = LISTING_IMAGE_SPECS[0]

pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def page_cache():
    cache.clear()
    with override_settings(PAGE_CACHE=True, PAGE_CACHE_TIMEOUT=300):
        yield
    cache.clear()


@pytest.fixture
def site(homes):
    """A news item in Swedish and Ukrainian, with the indexes that list it."""
    sv_index = NewsIndexPageFactory(parent=homes["sv"], show_in_menus=True)
    uk_index = translate(sv_index, "uk", title="Новини", slug="novyny")
    item = NewsPageFactory(parent=sv_index, title="Solceller på skolan")
    uk_item = translate(item, "uk", title="Сонячні батареї у школі")
    return {
        "sv": {"home": homes["sv"], "index": sv_index, "item": item},
        "uk": {"home": homes["uk"], "index": uk_index, "item": uk_item},
    }


def urls(site):
    """Every cached page that shows the news item, in both languages."""
    return [
        *(site[code][name].url for code in ("sv", "uk") for name in ("home", "index", "item")),
        "/sv/sok/?q=solceller",
        "/uk/poshuk/?q=сонячні",
    ]


def get(client, url):
    response = client.get(url)
    assert response.status_code in (200, 301, 404), url
    return response


def warm(client, site):
    for url in urls(site):
        get(client, url)
        assert get(client, url)["X-Page-Cache"] == "hit", url


def test_a_second_anonymous_visit_is_served_from_the_cache(client, site):
    url = site["sv"]["item"].url
    first = get(client, url)
    second = get(client, url)
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Cache-Control"] == "public, max-age=60"
    assert "Cookie" in second["Vary"]


def test_an_unknown_address_is_cached_until_something_is_published_there(client, site):
    get(client, "/sv/nyheter/snart/")
    assert get(client, "/sv/nyheter/snart/")["X-Page-Cache"] == "hit"
    page = NewsPageFactory(parent=site["sv"]["index"], title="Snart", slug="snart", live=False)
    assert get(client, "/sv/nyheter/snart/").status_code == 404
    page.save_revision().publish()
    assert get(client, "/sv/nyheter/snart/").status_code == 200


def test_a_new_redirect_is_not_hidden_by_a_cached_404(client, site):
    get(client, "/sv/gammal-adress/")
    Redirect.objects.create(old_path="/sv/gammal-adress", redirect_page=site["sv"]["item"])
    assert client.get("/sv/gammal-adress/").status_code == 301


def test_a_recommended_page_shows_at_once_on_a_cached_search(client, site):
    guide = ContentPageFactory(parent=site["sv"]["home"], title="Guide för nyanlända")
    url = "/sv/sok/?q=solceller"
    get(client, url)
    assert get(client, url)["X-Page-Cache"] == "hit"
    assert "Guide för nyanlända" not in get(client, url).content.decode()

    promotion = SearchPromotion.objects.create(query=Query.get("solceller"), page=guide)
    assert "Guide för nyanlända" in get(client, url).content.decode()

    promotion.delete()
    assert "Guide för nyanlända" not in get(client, url).content.decode()


@pytest.mark.parametrize(
    "change",
    [
        "edit and publish",
        "translation publish",
        "unpublish",
        "move",
        "delete",
        "snippet",
        "picture",
        "make private",
    ],
)
def test_every_change_shows_at_once_on_every_page_that_shows_it(client, site, change):
    item, uk_item = site["sv"]["item"], site["uk"]["item"]
    if change == "picture":
        item.image = ImageFactory(file__width=1200, file__height=800)
        item.save_revision().publish()
    warm(client, site)
    expect_sv, expect_uk = "Solceller på skolan", "Сонячні батареї у школі"

    if change == "edit and publish":
        item.title = expect_sv = "Solceller på alla skolor"
        item.save_revision().publish()
    elif change == "translation publish":
        uk_item.title = expect_uk = "Сонячні батареї в усіх школах"
        uk_item.save_revision().publish()
    elif change == "unpublish":
        item.unpublish()
        expect_sv = None
    elif change == "move":
        archive = ContentPageFactory(parent=site["sv"]["home"], title="Arkiv", slug="arkiv")
        item.move(archive, pos="last-child")
        expect_sv = None  # no longer under the news index…
        assert get(client, item.url).url == f"/sv/arkiv/{item.slug}/"  # …redirected
        assert get(client, f"/sv/arkiv/{item.slug}/").status_code == 200
    elif change == "delete":
        uk_item.delete()
        expect_uk = None
    elif change == "picture":
        # A new focal point: the cropped card picture is made again, under another name.
        old_card_picture = item.image.get_rendition(CARD_PICTURE).url
        item.image.focal_point_x, item.image.focal_point_y = 100, 700
        item.image.focal_point_width = item.image.focal_point_height = 50
        item.image.save()
    elif change == "make private":
        PageViewRestriction.objects.create(
            page=item, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
        )
        expect_sv = None
    elif change == "snippet":
        organisation = item.organisation
        translate_snippet(organisation, "uk", name="Нова назва організації")
        organisation.name = "Nytt namn på organisationen"
        organisation.save()

    for url in urls(site):
        assert get(client, url).get("X-Page-Cache") != "hit", url
    index_sv = get(client, site["sv"]["index"].url).content.decode()
    index_uk = get(client, site["uk"]["index"].url).content.decode()
    assert (expect_sv in index_sv) if expect_sv else ("Solceller" not in index_sv)
    assert (expect_uk in index_uk) if expect_uk else ("Сонячні" not in index_uk)
    if change == "snippet":
        assert "Nytt namn på organisationen" in get(client, item.url).content.decode()
        assert "Nytt namn på organisationen" in index_sv
        assert "Нова назва організації" in index_uk
    if change == "picture":
        assert old_card_picture not in index_sv
        assert item.image.get_rendition(CARD_PICTURE).url in index_sv


def test_drafts_do_not_empty_the_cache(client, site):
    warm(client, site)
    item = site["sv"]["item"]
    item.title = "Utkast"
    item.save_revision()
    assert get(client, item.url)["X-Page-Cache"] == "hit"


def test_editors_are_never_served_or_stored(client, site, admin_user):
    url = site["sv"]["item"].url
    get(client, url)  # cached for visitors
    client.force_login(admin_user)
    editor_view = get(client, url)
    assert "X-Page-Cache" not in editor_view
    assert "private" in editor_view["Cache-Control"]
    assert "wagtail-userbar" in editor_view.content.decode()

    client.logout()
    cache.clear()
    client.force_login(admin_user)
    get(client, url)  # an editor's visit first, on an empty cache
    client.logout()
    visitor_view = get(client, url)
    assert visitor_view["X-Page-Cache"] == "miss"
    assert "wagtail-userbar" not in visitor_view.content.decode()
    assert "userbar" not in get(client, url).content.decode()


def test_private_pages_are_never_stored(client, site):
    page = site["sv"]["item"]
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )
    for _ in range(2):
        response = get(client, page.url)
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"]
    assert page.title not in response.content.decode()


def test_a_section_made_private_after_a_visit_is_private_at_once(client, homes):
    """Which sections are private is remembered (BasePage.get_view_restrictions) until a
    restriction changes; an alias still takes its original's restriction."""
    section = ContentPageFactory(parent=homes["sv"], title="Styrgrupp", slug="styrgrupp")
    minutes = ContentPageFactory(parent=section, title="Protokoll", slug="protokoll")
    assert client.get(minutes.url).status_code == 200

    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.LOGIN
    )
    for page in (section, minutes):
        response = client.get(page.url)
        assert response.status_code == 302, page.url
        assert "Protokoll" not in response.content.decode()

    restriction.delete()
    PageViewRestriction.objects.create(page=minutes, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(section.url).status_code == 200
    alias = minutes.create_alias(parent=homes["sv"], update_slug="protokoll-kopia")
    assert client.get(alias.url).status_code == 302


def test_admin_and_previews_are_not_cached(client, site, admin_user):
    client.force_login(admin_user)
    preview = client.get(f"/admin/pages/{site['sv']['item'].pk}/edit/preview/")
    assert "X-Page-Cache" not in preview
    client.logout()
    login = client.get("/admin/login/")
    assert "X-Page-Cache" not in login


@pytest.fixture
def admin_user(db):
    return User.objects.create_superuser("admin", password="x" * 12)


def test_remembered_values_are_kept_in_process_until_the_next_generation(db):
    built = []

    def build():
        built.append(len(built) + 1)
        return built[-1]

    assert frames.remember("answer", build) == 1
    cache.delete(frames.remembered_key("answer"))  # read from the worker's memory now
    assert frames.remember("answer", build) == 1
    frames.new_generation()
    assert frames.remember("answer", build) == 2
    assert built == [1, 2]


def test_a_request_reads_the_generation_once(client, homes, monkeypatch):
    reads = []
    original = cache.get

    def counting_get(key, *args, **kwargs):
        if key == frames.GENERATION_KEY:
            reads.append(key)
        return original(key, *args, **kwargs)

    monkeypatch.setattr(cache, "get", counting_get)
    assert client.get("/sv/").status_code == 200
    assert len(reads) == 1


def test_a_page_view_reads_nothing_else_from_the_cache_once_its_worker_has_seen_it(
    client, homes, monkeypatch, settings
):
    """The site, its root paths and the other remembered values are in the worker's memory."""
    settings.PAGE_CACHE = False  # a page built anew, not one from the page cache
    page = ContentPageFactory(parent=homes["sv"], title="Om partnerskapet")
    assert client.get(page.url).status_code == 200
    reads = []
    original_get, original_get_many = cache.get, cache.get_many
    monkeypatch.setattr(
        cache, "get", lambda key, *a, **k: reads.append(key) or original_get(key, *a, **k)
    )
    monkeypatch.setattr(
        cache,
        "get_many",
        lambda keys, *a, **k: reads.extend(keys) or original_get_many(keys, *a, **k),
    )

    assert "Om partnerskapet" in client.get(page.url).content.decode()
    assert reads == [frames.GENERATION_KEY]


def test_a_change_starts_another_generation_once_it_is_committed(
    db, django_capture_on_commit_callbacks
):
    """A page viewed while a publish is still in its transaction shows the old content; what it
    kept under the generation the publish started must not outlive the commit."""
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        frames.new_generation()
        during_the_transaction = frames.stored_generation()
    assert len(callbacks) == 1
    assert frames.stored_generation() != during_the_transaction


def test_another_release_reads_and_writes_its_own_pages_and_values(settings, tmp_path, rf):
    """While new code replaces the old, neither serves the other's pages or remembered values."""
    template = tmp_path / "templates" / "page.html"
    template.parent.mkdir()
    template.write_text("<p>Nyheter</p>")
    settings.BASE_DIR = tmp_path
    release = frames.release.__wrapped__()
    assert frames.release.__wrapped__() == release  # the same code, the same release

    template.write_text("<p>Nyheter och evenemang</p>")
    assert frames.release.__wrapped__() != release

    request = rf.get("/sv/")
    assert f":{frames.release()}:" in frames.page_key(request)
    assert f":{frames.release()}:" in frames.remembered_key("chrome:1")


def stored_pages(monkeypatch):
    """The addresses of the pages the cache stores from now on."""
    stored = []
    original = cache.set

    def recording_set(key, value, *args, **kwargs):
        if key.startswith("page-cache:") and key != frames.GENERATION_KEY:
            stored.append(key)
        return original(key, value, *args, **kwargs)

    monkeypatch.setattr(cache, "set", recording_set)
    return stored


def test_unknown_query_parameters_neither_fill_nor_read_the_cache(client, site, monkeypatch):
    """Tracking tags (`?utm_source=…`) make every address new; pages still link with them."""
    index = site["sv"]["index"].url
    get(client, index)
    stored = stored_pages(monkeypatch)
    for number in range(30):
        tagged = get(client, f"{index}?utm_source=nyhetsbrev-{number}&page=1")
        assert "X-Page-Cache" not in tagged
        assert "Solceller på skolan" in tagged.content.decode()
    assert stored == []
    assert get(client, index)["X-Page-Cache"] == "hit"


def test_the_parameters_pages_read_are_cached_apart(client, site):
    index, search = site["sv"]["index"].url, "/sv/sok/"
    for url in (f"{index}?page=1", f"{search}?q=solceller", f"{search}?q=solceller&type=news"):
        assert get(client, url)["X-Page-Cache"] == "miss", url
        assert get(client, url)["X-Page-Cache"] == "hit", url


def test_a_404_outside_the_language_trees_is_in_each_visitors_language(client, site):
    """Outside /sv/, /uk/ and /en/ the language comes from the browser (Accept-Language)."""
    responses = []
    for language in ("uk", "sv", "uk", "en"):
        response = client.get("/sitemap-sv-99.xml", HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 404
        assert f'<html lang="{language}"' in response.content.decode(), language
        responses.append(response)
    assert [response["X-Page-Cache"] for response in responses] == ["miss", "miss", "hit", "miss"]
