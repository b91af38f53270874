"""What the public search finds: live, public pages of one language, by type, with excerpts."""

import difflib
import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import pgettext_lazy
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, get_page_models
from wagtail.search.query import And, Or, PlainText

from home.content_cache import cached
from home.models import BasePage, live_public
from news.models import EventPage, NewsPage
from news.models.pages import in_order
from partnership.models import PartnerPage, ProjectPage
from search.text import highlight, query_terms, words

# Result types: model, name of one result, name in the type filter. "page" is everything else.
RESULT_TYPES = {
    "news": (
        NewsPage,
        pgettext_lazy("search result", "News item"),
        pgettext_lazy("search filter", "News"),
    ),
    "event": (
        EventPage,
        pgettext_lazy("search result", "Event"),
        pgettext_lazy("search filter", "Events"),
    ),
    "project": (
        ProjectPage,
        pgettext_lazy("search result", "Project"),
        pgettext_lazy("search filter", "Projects"),
    ),
    "partner": (
        PartnerPage,
        pgettext_lazy("search result", "Partner"),
        pgettext_lazy("search filter", "Partners"),
    ),
    "page": (
        None,
        pgettext_lazy("search result", "Page"),
        pgettext_lazy("search filter", "Other pages"),
    ),
}
EXCERPT_LENGTH = 240
# Nobody reads past the 50th page of results; ranking and counting every match of a word found
# on most pages costs more than the rest of the page, so the list stops here ("more than 500").
MAX_RESULTS = 500


@dataclass
class SearchTerms:
    """A query read in one language: its words and the prefixes that find their forms."""

    words: list
    stems: list

    @classmethod
    def parse(cls, query, language):
        terms = query_terms(query, language)
        return cls(words=[word for word, _ in terms], stems=[stems for _, stems in terms])

    def __bool__(self):
        return bool(self.words)

    @property
    def prefixes(self):
        return sorted({stem for stems in self.stems for stem in stems})

    def as_query(self):
        """Every word must match, each through any of its stems."""
        return And([Or([PlainText(stem) for stem in stems]) for stems in self.stems])


def searchable_pages(locale, result_type=""):
    """Live, public pages of the locale, narrowed to one result type."""
    pages = live_public().filter(locale=locale)
    model = RESULT_TYPES[result_type][0] if result_type else None
    if model is not None:
        return pages.type(model)
    if result_type == "page":
        return pages.not_type(*(model for model, *_labels in RESULT_TYPES.values() if model))
    return pages


def search(locale, terms, result_type=""):
    """The pages matching every word, most relevant first (lazy: slice before iterating)."""
    return searchable_pages(locale, result_type).specific().search(terms.as_query())


def ranked_matches(locale, terms, result_type=""):
    """The best MAX_RESULTS matches, most relevant first, and one more if there are more: each as
    its id and content type, so that a page of them loads with one query per page type."""
    results = searchable_pages(locale, result_type).only("pk", "content_type")
    return [
        (page.pk, page.content_type_id)
        for page in results.search(terms.as_query())[: MAX_RESULTS + 1]
    ]


def search_key(locale, terms, result_type=""):
    """What names a search in the cache: its language, type and the stems of its words."""
    return hashlib.sha256(repr((locale.pk, result_type, terms.stems)).encode()).hexdigest()


def best_matches(locale, terms, result_type=""):
    """`ranked_matches`, cached until published content changes.

    The same queries come in again and again between two publishes (the partnership's own name,
    this week's news), so a repeated query costs a cache read instead of ranking every page that
    mentions it.
    """
    return cached(
        f"search-ranking:{search_key(locale, terms, result_type)}",
        lambda: ranked_matches(locale, terms, result_type),
        per_language=False,
    )


def promoted_queries():
    """The query strings that editors recommend pages for, cached until one changes."""
    return cached(
        "search-promoted-queries",
        lambda: set(SearchPromotion.objects.values_list("query__query_string", flat=True)),
        per_language=False,
    )


def load_pages(matches):
    """The specific pages of these (id, content type) matches, in the order given."""
    ids_by_type = defaultdict(list)
    for pk, content_type_id in matches:
        ids_by_type[content_type_id].append(pk)
    pages = [
        page
        for content_type_id, ids in ids_by_type.items()
        for page in page_model(content_type_id).objects.filter(pk__in=ids)
    ]
    return in_order(pages, [pk for pk, _content_type_id in matches])


def page_model(content_type_id):
    """The page model of a content type; Wagtail's Page for a type no longer in the code."""
    return ContentType.objects.get_for_id(content_type_id).model_class() or Page


@dataclass(frozen=True)
class EventTime:
    """What components/event_time.html shows of an event, as plain values."""

    start: datetime
    end: datetime
    time_zone: str
    local_start: datetime
    local_end: datetime
    time_zone_display: str

    @classmethod
    def of(cls, event):
        return cls(
            start=event.start,
            end=event.end,
            time_zone=event.time_zone,
            local_start=event.local_start,
            local_end=event.local_end,
            time_zone_display=str(event.get_time_zone_display()),
        )

    def get_time_zone_display(self):
        return self.time_zone_display


@dataclass(frozen=True)
class Result:
    """One search result as the results list shows it: plain values, cached with the page of
    results they are on."""

    url: str
    type_label: str
    title: str
    excerpt: str
    date: date | None
    event: EventTime | None


def describe(pages, terms):
    """Result rows for a page of search results: type, highlighted title and excerpt."""
    rows = []
    for page in pages:
        label = next(
            (
                label
                for model, label, _ in RESULT_TYPES.values()
                if model and isinstance(page, model)
            ),
            RESULT_TYPES["page"][1],
        )
        rows.append(
            Result(
                url=page.url,
                type_label=str(label),
                title=highlight(page.title, terms.prefixes),
                excerpt=highlight(excerpt(page, terms.prefixes), terms.prefixes),
                date=getattr(page, "date", None),
                event=EventTime.of(page) if isinstance(page, EventPage) else None,
            )
        )
    return rows


def excerpt(page, prefixes):
    """The page's introduction if it mentions a query word, else the body around the first match."""
    texts = [getattr(page, "intro", ""), page.search_description]
    body = getattr(page, "body", None)
    if body is not None:
        texts.extend(body.stream_block.get_searchable_content(body))
    texts = [" ".join(text.split()) for text in texts if text and text.strip()]
    for text in texts:
        lowered = text.lower()
        position = min(
            (found for prefix in prefixes if (found := lowered.find(prefix)) >= 0), default=-1
        )
        if position < 0:
            continue
        if len(text) <= EXCERPT_LENGTH:
            return text
        start = max(0, position - EXCERPT_LENGTH // 3)
        start = text.rfind(" ", 0, start) + 1 if start else 0
        lead = "… " if start else ""
        if start + EXCERPT_LENGTH >= len(text):
            return lead + text[start:]
        end = text.rfind(" ", start, start + EXCERPT_LENGTH)
        return f"{lead}{text[start : end if end > start else None]} …"
    return _shorten(texts[0]) if texts else ""


def _shorten(text):
    if len(text) <= EXCERPT_LENGTH:
        return text
    return text[: text.rfind(" ", 0, EXCERPT_LENGTH)] + " …"


def suggestion(locale, terms):
    """A respelling of the query from the words of the locale's titles and introductions, or ''.

    Only asked for when a query found nothing."""
    vocabulary = _vocabulary(locale)
    respelt = []
    for word in terms.words:
        if word in vocabulary:
            respelt.append(word)
            continue
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
        respelt.append(close[0] if close else word)
    return " ".join(respelt) if respelt != terms.words else ""


def _vocabulary(locale):
    """Words of the live, public pages' titles and introductions, cached until content changes."""

    def build():
        found = set()
        for model in get_page_models():
            if issubclass(model, BasePage):
                pages = live_public(model.objects.filter(locale=locale).exact_type(model))
                for title, intro in pages.values_list("title", "intro"):
                    found.update(words(f"{title} {intro}"))
        return sorted(word for word in found if len(word) > 2)

    return cached(f"search-vocabulary:{locale.pk}", build, per_language=False)
