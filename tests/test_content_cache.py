"""The content cache: anonymous visitors get cached pages, fresh after every kind of change.

Each change is checked on the pages that show it, in every language that lists it: the page
itself, the news index, the home page and search.
"""

import dataclasses
import datetime
import decimal
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.auth.models import User
from django.test import override_settings
from django.utils import timezone
from icalendar import Calendar
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Page, PageViewRestriction
from wagtail_factories import ImageFactory

from home import content_cache
from home.content_cache import VERSION_KEY, store
from news.cards import LISTING_IMAGE_SPECS
from news.choices import EventFormat
from search.models import UnansweredQuery
from tests.conftest import translate, translate_snippet
from tests.factories import (
    ContentPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ProjectMilestoneFactory,
    ProjectPageFactory,
)

CARD_PICTURE = LISTING_IMAGE_SPECS[0]

pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def page_cache():
    with override_settings(PAGE_CACHE=True, PAGE_CACHE_TIMEOUT=300):
        yield


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
    store().clear()
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


def test_cached_values_are_kept_in_the_workers_memory_until_content_changes(db):
    built = []

    def build():
        built.append(len(built) + 1)
        return built[-1]

    assert content_cache.cached("answer", build) == 1
    # Gone from the cache, still in the worker's memory.
    store().delete(content_cache.value_key("answer", True), version=content_cache.read_version())
    assert content_cache.cached("answer", build) == 1
    content_cache.new_version()
    assert content_cache.cached("answer", build) == 2
    assert built == [1, 2]


def test_a_request_reads_the_version_once(client, homes, monkeypatch):
    reads = []
    original = store().get

    def counting_get(key, *args, **kwargs):
        if key == VERSION_KEY:
            reads.append(key)
        return original(key, *args, **kwargs)

    monkeypatch.setattr(store(), "get", counting_get)
    assert client.get("/sv/").status_code == 200
    assert len(reads) == 1


def test_a_page_view_reads_nothing_else_from_the_cache_once_its_worker_has_seen_it(
    client, homes, monkeypatch, settings
):
    """The navigation, the home page's address and the other cached values are in the worker's
    memory."""
    settings.PAGE_CACHE = False  # a page built anew, not a cached one
    page = ContentPageFactory(parent=homes["sv"], title="Om partnerskapet")
    assert client.get(page.url).status_code == 200
    reads = []
    original_get, original_get_many = store().get, store().get_many
    monkeypatch.setattr(
        store(), "get", lambda key, *a, **k: reads.append(key) or original_get(key, *a, **k)
    )
    monkeypatch.setattr(
        store(),
        "get_many",
        lambda keys, *a, **k: reads.extend(keys) or original_get_many(keys, *a, **k),
    )

    assert "Om partnerskapet" in client.get(page.url).content.decode()
    assert reads == [VERSION_KEY]


def test_a_change_starts_another_version_once_it_is_committed(
    db, django_capture_on_commit_callbacks
):
    """A page viewed while a publish is still in its transaction shows the old content; what it
    cached under the version the publish started must not outlive the commit."""
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        content_cache.content_changed()
        during_the_transaction = content_cache.read_version()
    assert len(callbacks) == 1
    assert content_cache.read_version() != during_the_transaction


def test_another_release_reads_and_writes_its_own_pages_and_values(settings, tmp_path):
    """While new code replaces the old, neither serves the other's pages or cached values."""
    template = tmp_path / "templates" / "page.html"
    template.parent.mkdir()
    template.write_text("<p>Nyheter</p>")
    settings.BASE_DIR = tmp_path
    code = content_cache.code_version.__wrapped__()
    assert content_cache.code_version.__wrapped__() == code  # the same code, the same version

    template.write_text("<p>Nyheter och evenemang</p>")
    assert content_cache.code_version.__wrapped__() != code
    assert content_cache.read_version().startswith(f"{content_cache.code_version()}.")


def stored_pages(monkeypatch):
    """The addresses of the pages the cache stores from now on."""
    stored = []
    original = store().set

    def recording_set(key, value, *args, **kwargs):
        if key.startswith("page:"):
            stored.append(key)
        return original(key, value, *args, **kwargs)

    monkeypatch.setattr(store(), "set", recording_set)
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


# Time passes: what a page shows of the clock decides how long it is kept.

STOCKHOLM = ZoneInfo("Europe/Stockholm")
NOW = datetime.datetime(2026, 12, 2, 12, 0, tzinfo=STOCKHOLM)
HOUR = datetime.timedelta(hours=1)


@pytest.fixture
def clock(settings):
    """Noon in Alingsås, standing still; pages kept as long as with Redis (a day) at most, and
    by browsers and proxies an hour."""
    settings.PAGE_CACHE_TIMEOUT = 86400
    settings.PAGE_CACHE_MAX_AGE = 3600
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def upcoming_section(response, heading_id):
    """The section under the heading, or "" where the page leaves it out."""
    html = response.content.decode()
    start = html.find(f'id="{heading_id}"')
    return html[start : html.index("</section>", start)] if start >= 0 else ""


def max_age(response):
    return int(response["Cache-Control"].split("max-age=")[1].split(",")[0])


def test_an_event_that_ends_leaves_the_upcoming_events_when_it_ends(client, homes, clock):
    events = EventIndexPageFactory(parent=homes["sv"])
    meeting = EventPageFactory(
        parent=events,
        title="Partnermöte online",
        start=NOW + HOUR,
        end=NOW + 3 * HOUR,
        format=EventFormat.ONLINE,
        online_url="https://example.org/partnermote",
    )
    calendar = f"{events.url}calendar/"
    before = {url: get(client, url) for url in ("/sv/", events.url, meeting.url, calendar)}
    for url in before:
        assert get(client, url)["X-Page-Cache"] == "hit", url
    # A minute before the end, browsers and proxies are told to keep the page a minute at most.
    clock.move_to(NOW + 3 * HOUR - datetime.timedelta(seconds=60))
    for url in before:
        again = get(client, url)
        assert again["X-Page-Cache"] == "hit", url
        assert max_age(again) <= 60, url
    assert "Partnermöte online" in upcoming_section(before["/sv/"], "upcoming-events-heading")
    assert "Partnermöte online" in upcoming_section(before[events.url], "upcoming-heading")
    assert '<a href="https://example.org/partnermote">' in before[meeting.url].content.decode()
    assert len(Calendar.from_ical(before[calendar].content).walk("VEVENT")) == 1

    clock.move_to(NOW + 3 * HOUR + datetime.timedelta(seconds=1))
    after = {url: get(client, url) for url in before}
    assert all(response.get("X-Page-Cache") != "hit" for response in after.values())
    assert "Partnermöte online" not in upcoming_section(after["/sv/"], "upcoming-events-heading")
    assert "Partnermöte online" not in upcoming_section(after[events.url], "upcoming-heading")
    assert "Partnermöte online" in after[events.url].content.decode()  # among past events
    assert '<a href="https://example.org/partnermote">' not in after[meeting.url].content.decode()
    assert Calendar.from_ical(after[calendar].content).walk("VEVENT") == []


def test_a_milestone_is_overdue_from_midnight_after_its_due_date(client, dashboard, clock):
    project = ProjectPageFactory(parent=dashboard, title="Vattenverket")
    ProjectMilestoneFactory(
        project=project, locale=project.locale, title="Pumpar levererade", due_date=NOW.date()
    )
    project.save_revision().publish()
    midnight = datetime.datetime(2026, 12, 3, 0, 0, tzinfo=STOCKHOLM)
    for url in (project.url, dashboard.url):
        get(client, url)
        cached = get(client, url)
        assert cached["X-Page-Cache"] == "hit", url
        assert "Overdue" not in cached.content.decode() and "Försenad" not in cached.text, url
        assert max_age(cached) <= (midnight - NOW).total_seconds(), url

    clock.move_to(midnight + datetime.timedelta(seconds=1))
    for url in (project.url, dashboard.url):
        response = get(client, url)
        assert response.get("X-Page-Cache") != "hit", url
        assert "status--overdue" in response.content.decode(), url


def test_a_cached_value_that_shows_the_time_is_kept_no_longer_than_it_holds(db, clock):
    built = []

    def build():
        content_cache.changes_at(NOW + HOUR)
        built.append(len(built) + 1)
        return built[-1]

    assert content_cache.cached("next-meeting", build) == 1
    with content_cache.scope() as page:
        assert content_cache.cached("next-meeting", build) == 1
        # The page that shows the value is kept no longer than the value holds.
        assert page.expires == NOW + HOUR
    clock.move_to(NOW + HOUR + datetime.timedelta(seconds=1))
    assert content_cache.cached("next-meeting", build) == 2


def test_without_redis_a_worker_sees_another_workers_change_within_the_timeout(
    client, homes, clock, settings
):
    """Each worker has its own in-process cache and never hears of another's publish: what it
    keeps, pages and values alike, lasts PAGE_CACHE_TIMEOUT (30 s without Redis)."""
    settings.PAGE_CACHE_TIMEOUT = 30
    page = ContentPageFactory(parent=homes["sv"], title="Om oss", show_in_menus=True)
    page.save_revision().publish()
    assert "Om oss" in get(client, "/sv/").content.decode()
    with override_settings(PAGE_CACHE=False):
        assert "Om oss" in get(client, "/sv/").content.decode()  # the navigation, cached

    # Another worker publishes a new menu title: this one's cache hears nothing of it.
    Page.objects.filter(pk=page.pk).update(title="Om partnerskapet")
    assert "Om partnerskapet" not in get(client, "/sv/").content.decode()
    clock.shift(31)
    assert "Om partnerskapet" in get(client, "/sv/").content.decode()
    with override_settings(PAGE_CACHE=False):
        assert "Om partnerskapet" in get(client, "/sv/").content.decode()


def test_the_workers_memory_is_bounded_in_bytes():
    memory = content_cache.WorkerMemory(limit=8000)
    for number in range(100):
        memory.put(f"value:{number}", bytes(900), timeout=60)
        assert memory.size <= 8000
    assert memory.get("value:0") is None  # the oldest went first
    assert memory.get("value:99") == bytes(900)
    memory.put("too-large", bytes(2000), timeout=60)  # over an eighth of the limit: not kept
    assert memory.get("too-large") is None


# Visits the cache answers still count.


def test_a_search_served_from_the_cache_is_counted_in_the_search_log(client, site):
    for _ in range(3):
        get(client, "/sv/sok/?q=solceller")
        get(client, "/sv/sok/?q=kvantdator")
    assert get(client, "/sv/sok/?q=kvantdator")["X-Page-Cache"] == "hit"
    today = timezone.localdate()
    assert QueryDailyHits.objects.get(query__query_string="solceller", date=today).hits == 3
    assert QueryDailyHits.objects.get(query__query_string="kvantdator", date=today).hits == 4
    unanswered = UnansweredQuery.objects.get(query__query_string="kvantdator")
    assert unanswered.hits == 4
    assert not UnansweredQuery.objects.filter(query__query_string="solceller").exists()


# The cache server down.

UNREACHABLE_REDIS = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "content": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",  # the discard port: nothing listens there
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
    },
}


def test_a_publish_while_redis_is_down_is_reported_and_not_lost(client, site, caplog):
    item = site["sv"]["item"]
    url = item.url
    get(client, url)
    assert get(client, url)["X-Page-Cache"] == "hit"

    with override_settings(CACHES=UNREACHABLE_REDIS):
        item.title = "Solceller på alla skolor"
        item.save_revision().publish()
        assert content_cache.pending_change
        assert "could not be told" in caplog.text
        # Pages are made afresh meanwhile, and the health check says why it is not ready.
        during = get(client, url)
        assert "X-Page-Cache" not in during
        assert "Solceller på alla skolor" in during.content.decode()
        assert client.get("/readyz").status_code == 503

    # The cache is back, with the pages from before the publish still in it.
    after = get(client, url)
    assert not content_cache.pending_change
    assert after["X-Page-Cache"] == "miss"
    assert "Solceller på alla skolor" in after.content.decode()
    assert client.get("/readyz").status_code == 200


# Plain data only.

PLAIN = (str, bytes, int, float, bool, type(None), datetime.date, decimal.Decimal)


def assert_plain(value, where):
    if isinstance(value, PLAIN):
        return
    if isinstance(value, list | tuple | set | frozenset):
        for item in value:
            assert_plain(item, where)
    elif isinstance(value, dict):
        for key, item in value.items():
            assert_plain(key, where)
            assert_plain(item, where)
    elif dataclasses.is_dataclass(value) and value.__dataclass_params__.frozen:
        for field in dataclasses.fields(value):
            assert_plain(getattr(value, field.name), where)
    else:
        raise AssertionError(f"{where} caches a {type(value).__name__}: {value!r}")


@pytest.mark.django_db
def test_only_plain_data_is_cached(client, demo_site, monkeypatch):
    """No model instance, queryset or lazy string: nothing shared between requests or threads
    that a template could change in place, and nothing that unpickles differently after a
    deploy."""
    written = []
    original_set, original_set_many = store().set, store().set_many
    monkeypatch.setattr(
        store(),
        "set",
        lambda key, value, *a, **k: (
            written.append((key, value)) or original_set(key, value, *a, **k)
        ),
    )
    monkeypatch.setattr(
        store(),
        "set_many",
        lambda values, *a, **k: (
            written.extend(values.items()) or original_set_many(values, *a, **k)
        ),
    )
    for url in ("/sv/", "/uk/", "/sv/nyheter/", "/sv/sok/?q=samarbete", "/sv/projekt/"):
        assert client.get(url).status_code == 200, url
    news = client.get("/sv/nyheter/").content.decode()
    assert (
        client.get(news.split('class="card__title"><a href="')[1].split('"')[0]).status_code == 200
    )
    assert len(written) > 20
    for key, value in written:
        assert_plain(value, key)


def test_two_changes_in_the_same_instant_are_two_versions(db, clock):
    """A clock that stands still (or ticks coarsely) never makes a change look like no change."""
    versions = {content_cache.read_version()}
    for _ in range(2):
        content_cache.new_version()
        versions.add(content_cache.read_version())
    assert len(versions) == 3
