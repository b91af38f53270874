from django.db.models import Q
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from home.content_cache import cached, on_every_view
from home.models import live_public
from home.pagination import paginate
from search.forms import SearchForm
from search.models import count_search
from search.results import (
    MAX_RESULTS,
    SearchTerms,
    best_matches,
    describe,
    load_pages,
    promoted_queries,
    search,
    search_key,
    suggestion,
)
from search.text import normalise

PER_PAGE = 10


def active_locale():
    """The Locale of the language being read, without a query: locales change rarely, and a
    change empties the content cache."""
    pk, code = cached("active-locale", lambda: active_locale_of(Locale.get_active()))
    return Locale(pk=pk, language_code=code)


def active_locale_of(locale):
    return locale.pk, locale.language_code


def search_view(request):
    """The search page of the language being read: results, or help when there are none."""
    form = SearchForm(request.GET)
    context = {"form": form, "search_query": ""}
    if not form.is_valid():
        return TemplateResponse(request, "search/search.html", context, status=400)

    query = normalise(form.cleaned_data["q"]).strip()
    locale = active_locale()
    terms = SearchTerms.parse(query, get_language())
    result_type = form.cleaned_data["type"]
    context.update(search_query=query, result_type=result_type)
    if not terms:
        return TemplateResponse(request, "search/search.html", context)

    matches = best_matches(locale, terms, result_type)
    try:
        results_page = paginate(request, matches[:MAX_RESULTS], PER_PAGE)
    except Http404:
        context["page_error"] = _("There is no such page of results.")
        return TemplateResponse(request, "search/search.html", context, status=400)
    answered = bool(results_page.paginator.count)
    logged = on_every_view(count_search, " ".join(terms.words), locale.pk, answered)
    context.update(
        searched=True,
        results_page=results_page,
        more_than=MAX_RESULTS if len(matches) > MAX_RESULTS else None,
        # A page of results as it shows, cached like the ranking it comes from.
        results=cached(
            f"search-results:{search_key(locale, terms, result_type)}:{results_page.number}",
            lambda: describe(load_pages(results_page.object_list), terms),
        ),
        # Recommended pages only where anyone may read them, in the language being read.
        promotions=logged.editors_picks.filter(
            Q(page__isnull=True) | Q(page__in=live_public().filter(locale=locale))
        )
        .select_related("page")
        .order_by("sort_order")
        if logged.query_string in promoted_queries()
        else [],
    )
    if not answered:
        respelt = suggestion(locale, terms)
        if respelt:
            corrected = SearchTerms.parse(respelt, get_language())
            context.update(
                suggestion=respelt,
                closest=describe(search(locale, corrected)[:5], corrected),
            )
    return TemplateResponse(request, "search/search.html", context)
