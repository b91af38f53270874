"""Nothing that is not public leaks into any public output: the anonymous leak suite.

One world holds a secret of each kind, each with its own marker in title and text: private
pages of every type, a page in a private section, an alias of a page in that section, drafts
of live pages, pages never published, a private activity of a public project, and a document in
a private collection. Every public output is fetched anonymously and must contain no marker.

The suite is a table: OUTPUTS (a name and the addresses it is read from) × SECRETS. A new output
is one row in OUTPUTS. Each secret also has a positive control: made public, its marker shows
in the outputs named for it, so the suite cannot pass by showing nothing.
"""

import datetime
import functools
import re
from collections import Counter
from urllib.parse import quote, urlsplit

import pytest
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail_factories import DocumentFactory, ImageFactory

from news.models import EventPage
from partnership.choices import MilestoneStatus
from partnership.models.inlines import ProgressUpdate, ProjectDocument, ProjectMilestone
from tests.conftest import translate
from tests.factories import (
    ContentPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    FundingLineFactory,
    HomePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
)

LANGUAGES = ["sv", "uk", "en"]
# A word every page of the world has, secret or not, so that one search finds them all.
COMMON_WORD = "zebrafink"
SECRETS = {
    "private page": "qzprivatemark",
    "page in a private section": "qzsectionmark",
    "alias of a page in a private section": "qzaliasmark",
    "draft": "qzdraftmark",
    "never published": "qzunpublishedmark",
    "private activity": "qzactivitymark",
    "document in a private collection": "qzdocumentmark",
}
REQUESTS = Counter()


def text(marker, what):
    return f"{marker} {what} {COMMON_WORD}"


def restrict(page, restriction_type=PageViewRestriction.LOGIN):
    kwargs = {"password": "hemligt"} if restriction_type == PageViewRestriction.PASSWORD else {}
    return PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, **kwargs
    )


def build_world():
    """Public pages of every type in three languages, and the secrets among them."""
    root = Page.get_first_root_node()
    homes = {"sv": HomePageFactory(parent=root, title="Startsida", slug="hem")}
    Site.objects.update(root_page=homes["sv"])
    homes["uk"] = translate(homes["sv"], "uk", title="Головна")
    homes["en"] = translate(homes["sv"], "en", title="Home")

    sections = {
        "news": NewsIndexPageFactory(parent=homes["sv"]),
        "events": EventIndexPageFactory(parent=homes["sv"]),
        "partners": PartnerIndexPageFactory(parent=homes["sv"]),
        "projects": ProjectIndexPageFactory(parent=homes["sv"]),
    }
    indexes = {("sv", name): page for name, page in sections.items()}
    for code in ("uk", "en"):
        for name, page in sections.items():
            indexes[code, name] = translate(page, code, slug=f"{name}-{code}")

    public = {}
    for code in LANGUAGES:
        public[f"news {code}"] = NewsPageFactory(
            parent=indexes[code, "news"], title=f"Nyhet {code} {COMMON_WORD}", image=ImageFactory()
        )
        public[f"event {code}"] = EventPageFactory(
            parent=indexes[code, "events"], title=f"Möte {code} {COMMON_WORD}"
        )
        public[f"partner {code}"] = PartnerPageFactory(
            parent=indexes[code, "partners"], title=f"Partner {code} {COMMON_WORD}"
        )
        public[f"content {code}"] = ContentPageFactory(
            parent=homes[code], title=f"Om {code} {COMMON_WORD}", slug=f"om-{code}"
        )
    project = ProjectPageFactory(
        parent=indexes["sv", "projects"], title=f"Vatten {COMMON_WORD}", slug="vatten"
    )
    public["project"] = project
    public["activity"] = ProjectPageFactory(parent=project, title="Pumpstation", slug="pump")
    FundingLineFactory(project=public["activity"])

    secret = {name: [] for name in SECRETS}
    private_pages = secret["private page"]
    mark = SECRETS["private page"]
    private_pages += [
        NewsPageFactory(parent=indexes["sv", "news"], title=text(mark, "nyhet"), slug="n1"),
        NewsPageFactory(parent=indexes["uk", "news"], title=text(mark, "новина"), slug="n2"),
        EventPageFactory(parent=indexes["sv", "events"], title=text(mark, "möte"), slug="e1"),
        PartnerPageFactory(parent=indexes["sv", "partners"], title=text(mark, "p"), slug="p1"),
        ProjectPageFactory(parent=indexes["sv", "projects"], title=text(mark, "pr"), slug="r1"),
        ContentPageFactory(parent=homes["en"], title=text(mark, "page"), slug="c1"),
    ]
    for page in private_pages:
        page.intro = text(mark, "intro")
        page.save()
        restrict(page, PageViewRestriction.PASSWORD if page.slug == "c1" else "login")

    board = ContentPageFactory(parent=homes["sv"], title="Styrelsen", slug="styrelsen")
    restrict(board, PageViewRestriction.PASSWORD)
    mark = SECRETS["page in a private section"]
    secret["page in a private section"].append(
        ContentPageFactory(
            parent=board, title=text(mark, "protokoll"), intro=text(mark, "i"), slug="protokoll"
        )
    )
    mark = SECRETS["alias of a page in a private section"]
    aliased = ContentPageFactory(
        parent=board, title=text(mark, "plan"), intro=text(mark, "i"), slug="plan"
    )
    secret["alias of a page in a private section"].append(
        aliased.create_alias(parent=homes["en"], update_slug="plan")
    )

    mark = SECRETS["draft"]
    for name in ("news sv", "event uk", "content en", "partner sv"):
        page = public[name]
        page.title = text(mark, "titel")
        page.intro = text(mark, "intro")
        page.save_revision()
        secret["draft"].append(page)

    mark = SECRETS["never published"]
    never = secret["never published"]
    never += [
        NewsPageFactory(parent=indexes["sv", "news"], title=text(mark, "n"), live=False, slug="n3"),
        EventPageFactory(
            parent=indexes["en", "events"], title=text(mark, "e"), live=False, slug="e3"
        ),
        ProjectPageFactory(parent=project, title=text(mark, "a"), live=False, slug="a2"),
        ContentPageFactory(parent=homes["uk"], title=text(mark, "c"), live=False, slug="c2"),
        translate(public["news sv"], "en", publish=False, title=text(mark, "translation")),
    ]

    mark = SECRETS["private activity"]
    activity = ProjectPageFactory(
        parent=project, title=text(mark, "aktivitet"), intro=text(mark, "i"), slug="a1"
    )
    restrict(activity)
    FundingLineFactory(project=activity)
    ProgressUpdate.objects.create(
        project=activity, locale=activity.locale, date=datetime.date(2025, 3, 1), text=mark
    )
    ProjectMilestone.objects.create(
        project=activity,
        locale=activity.locale,
        title=text(mark, "delmål"),
        due_date=datetime.date(2025, 2, 1),
        status=MilestoneStatus.MET,
        date_met=datetime.date(2025, 2, 1),
    )
    secret["private activity"].append(activity)

    board_files = Collection.get_first_root_node().add_child(name="Styrelsen")
    CollectionViewRestriction.objects.create(
        collection=board_files, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = DocumentFactory(
        title=text(SECRETS["document in a private collection"], "protokoll"),
        collection=board_files,
    )
    ProjectDocument.objects.create(project=project, document=document, locale=project.locale)
    secret["document in a private collection"].append(document)

    # Recommended for the common word: public, and every secret page.
    query = Query.get(COMMON_WORD)
    recommended = [public["content sv"], *(p for pages in secret.values() for p in pages)]
    for number, page in enumerate(p for p in recommended if isinstance(p, Page)):
        SearchPromotion.objects.create(query=query, page=page, sort_order=number)

    return {
        "homes": homes,
        "indexes": indexes,
        "public": public,
        "secret": secret,
        "board": board,
        "board_files": board_files,
    }


@pytest.fixture(scope="module")
def world_data(django_db_setup, django_db_blocker, request):
    """The world, built once for the module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        world = build_world()
        yield world
        transaction.set_rollback(True)
    cache.clear()
    # The suite's size, printed after the test run (not captured as a test's output).
    report = request.config.pluginmanager.get_plugin("terminalreporter")
    if report and REQUESTS:
        request.config.add_cleanup(
            functools.partial(
                report.write_line,
                f"leak suite: {len(OUTPUTS)} outputs x {len(SECRETS)} secrets, "
                f"{sum(REQUESTS.values())} anonymous requests",
            )
        )


@pytest.fixture
def world(world_data, db):
    return world_data


# --- the outputs: each a function giving the addresses it is read from (a client for those
# found by reading another output) ---


def in_language(code, name, *args):
    with translation.override(code):
        return reverse(name, args=args)


def public_pages(client, world):
    return [
        *(page.url for page in world["homes"].values()),
        *(page.url for page in world["indexes"].values()),
        *(page.url for page in world["public"].values()),
    ]


def on_indexes(name, *suffixes):
    """An output read from every language's `name` index page, at each of `suffixes`."""

    def addresses(client, world):
        return [
            world["indexes"][code, name].url + suffix for code in LANGUAGES for suffix in suffixes
        ]

    return addresses


def searches(client, world):
    return [
        f"{in_language(code, 'search')}?q={query}{kind}"
        for code in LANGUAGES
        for query in (COMMON_WORD, "protokoll", "plan")
        for kind in ("", "&type=news", "&type=event", "&type=project", "&type=page")
    ]


def api_pages(client, world):
    every_id = list(Page.objects.filter(depth__gt=1).values_list("pk", flat=True))
    listings = [
        *(f"?limit=20&offset={offset}" for offset in range(0, len(every_id), 20)),
        "?fields=*&limit=20",
        f"?search={COMMON_WORD}&fields=title,intro",
        f"?child_of={world['public']['project'].pk}&fields=title,intro",
        f"?descendant_of={world['homes']['sv'].pk}&fields=title&limit=20",
        f"?descendant_of={world['homes']['en'].pk}&fields=title&limit=20",
        f"?translation_of={world['public']['news sv'].pk}&fields=title",
        *(f"?locale={code}&fields=title,intro&limit=20" for code in LANGUAGES),
        *(
            f"?type={kind}&fields=*&limit=20"
            for kind in ("news.NewsPage", "news.EventPage", "partnership.ProjectPage")
        ),
        "?type=home.ContentPage&fields=title,intro&limit=20",
        "?type=partnership.PartnerPage&fields=title,intro&limit=20",
        "?order=-first_published_at&fields=title&limit=20",
    ]
    return [
        *(f"/api/v2/pages/{query}" for query in listings),
        *(f"/api/v2/pages/{pk}/" for pk in every_id),
        *(f"/api/v2/pages/find/?html_path={url}" for url in secret_addresses(client, world)),
    ]


def api_documents(client, world):
    documents = world["secret"]["document in a private collection"]
    return [
        "/api/v2/documents/",
        f"/api/v2/documents/?search={COMMON_WORD}",
        *(f"/api/v2/documents/{document.pk}/" for document in documents),
    ]


def secret_addresses(client, world):
    """The secrets' own addresses, as someone who guessed or was sent them would ask."""
    pages = [p for kind in world["secret"].values() for p in kind if isinstance(p, Page)]
    return [page.url for page in pages if page.url] + [
        f"{page.url}calendar/" for page in pages if page.url and page.specific_class is EventPage
    ]


def sitemap(client, world):
    return ["/sitemap.xml", *(f"/sitemap-{code}-1.xml" for code in LANGUAGES)]


def sitemap_listed(client, world):
    """Every address the sitemap's sections name, which crawlers will fetch."""
    listed = " ".join(fetch(client, url) for url in sitemap(client, world)[1:])
    return [urlsplit(address).path for address in re.findall(r"<loc>([^<]+)</loc>", listed)]


OUTPUTS = {
    "public pages, their Open Graph tags and JSON-LD": public_pages,
    "news indexes": on_indexes("news", "", "?year=2025", "?page=2"),
    "event indexes": on_indexes("events", ""),
    "partner indexes": on_indexes("partners", ""),
    "dashboards": on_indexes("projects", "", "?status=implementation"),
    "dashboards since a date": on_indexes("projects", "?since=2000-01-01"),
    "search and its recommended results": searches,
    "RSS feeds": on_indexes("news", "feed/rss/"),
    "Atom feeds": on_indexes("news", "feed/atom/"),
    "iCal feeds": on_indexes("events", "calendar/"),
    "iCal files of events": lambda client, world: [
        world["public"][f"event {code}"].url + "calendar/" for code in LANGUAGES
    ],
    "CSV exports": on_indexes("projects", "export/csv/"),
    "JSON exports": on_indexes("projects", "export/json/"),
    "sitemap index and sections": sitemap,
    "every page the sitemap names": sitemap_listed,
    "robots.txt": lambda client, world: ["/robots.txt"],
    "API pages, listed, filtered, by id and by path": api_pages,
    "API images": lambda client, world: ["/api/v2/images/", "/api/v2/images/?fields=*"],
    "API documents": api_documents,
    "the secrets' own addresses": secret_addresses,
    "a page that does not exist": lambda client, world: ["/sv/finns-inte/", "/uk/nemaie/"],
}


def fetch(client, url):
    """The response's body and headers as text: everything an anonymous reader is shown."""
    REQUESTS[url] += 1
    response = client.get(url)
    assert response.status_code < 500, url
    body = b"".join(response.streaming_content) if response.streaming else response.content
    headers = " ".join(f"{name}: {value}" for name, value in response.headers.items())
    shown = f"{headers}\n{body.decode('utf-8', errors='replace')}"
    # The address asked for may be echoed back, in any language (a login's ?next=, a 404's
    # language links): the asker knew it already.
    path = urlsplit(url).path.split("/", 2)[-1]
    return shown.replace(path, "").replace(quote(path, safe=""), "")


def read(client, world, output):
    urls = OUTPUTS[output](client, world)
    assert urls, output
    return {url: fetch(client, url) for url in urls}


@pytest.mark.parametrize("output", OUTPUTS)
def test_no_secret_shows_in(client, world, output):
    leaks = [
        f"{secret} at {url}"
        for url, content in read(client, world, output).items()
        for secret, marker in SECRETS.items()
        if marker in content
    ]
    assert leaks == []


def test_the_world_has_every_kind_of_secret(world):
    assert all(world["secret"][name] for name in SECRETS)


# --- positive controls: made public, each secret shows where it belongs ----------------------


def reveal_private_pages(world):
    PageViewRestriction.objects.filter(
        page__in=[p.pk for p in world["secret"]["private page"]]
    ).delete()


def reveal_section(world):
    PageViewRestriction.objects.filter(page=world["board"]).delete()


def publish_drafts(world):
    for page in world["secret"]["draft"]:
        page.get_latest_revision().publish()


def publish_never_published(world):
    for page in world["secret"]["never published"]:
        page.save_revision().publish()


def reveal_activity(world):
    PageViewRestriction.objects.filter(page__in=world["secret"]["private activity"]).delete()


def reveal_documents(world):
    CollectionViewRestriction.objects.filter(collection=world["board_files"]).delete()


CONTROLS = {
    "private page": (
        reveal_private_pages,
        ["news indexes", "RSS feeds", "iCal feeds", "partner indexes", "dashboards", "sitemap"],
    ),
    "page in a private section": (
        reveal_section,
        ["search and its recommended results", "API pages, listed, filtered, by id and by path"],
    ),
    "alias of a page in a private section": (
        reveal_section,
        ["search and its recommended results", "API pages, listed, filtered, by id and by path"],
    ),
    "draft": (publish_drafts, ["public pages, their Open Graph tags and JSON-LD", "news indexes"]),
    "never published": (publish_never_published, ["news indexes", "iCal feeds", "dashboards"]),
    "private activity": (
        reveal_activity,
        ["dashboards", "dashboards since a date", "CSV exports", "JSON exports"],
    ),
    "document in a private collection": (
        reveal_documents,
        ["API documents", "public pages, their Open Graph tags and JSON-LD"],
    ),
}


@pytest.mark.parametrize("secret", SECRETS)
def test_a_secret_made_public_shows(client, world, secret):
    reveal, outputs = CONTROLS[secret]
    reveal(world)
    marker = SECRETS[secret]
    for output in outputs:
        if output == "sitemap":
            # The sitemap names addresses, not titles: it lists the pages that now show it.
            listed = "".join(read(client, world, "sitemap index and sections").values())
            assert any(page.get_full_url() in listed for page in world["secret"][secret]), output
            continue
        contents = "".join(read(client, world, output).values())
        assert marker in contents, output


def test_controls_cover_every_secret():
    assert set(CONTROLS) == set(SECRETS)
    assert all(
        output in OUTPUTS or output == "sitemap"
        for _r, outs in CONTROLS.values()
        for output in outs
    )
