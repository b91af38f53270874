"""Wagtail's database search backend, with every query word matched as a prefix.

Wagtail only treats the last word of a query as a prefix (for autocompletion). The portal's
search (`search.results.SearchTerms`) sends light stems of every word, each of which must match
as a prefix, so "samarbet" finds "samarbetet" and "samarbeten". Everything else, indexing
included, is Wagtail's own backend. SEARCH_URL switches to OpenSearch instead (README, "Search").

The switch is modelsearch's own `LAST_TERM_IS_PREFIX`, which its autocomplete compilers set the
same way. It is not documented API: tests/test_public_apis.py checks that the package still has
it, and tests/test_search.py that every word still matches as a prefix. Delete these subclasses
when Wagtail's search offers prefix matching of every word.
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend


def SearchBackend(params):  # noqa: N802 - Wagtail looks the backend up by this name.
    """The prefix-matching backend for the default database, or Wagtail's own for others."""
    # Each backend module reads its vendor's index models on import, so import only the one used.
    if connection.vendor == "postgresql":
        from search.backends.postgres import PostgresSearchBackend

        return PostgresSearchBackend(params)
    backend = DatabaseSearchBackend(params)
    if connection.vendor == "sqlite" and backend.__class__.__name__ == "SQLiteSearchBackend":
        from search.backends.sqlite import SQLiteSearchBackend

        return SQLiteSearchBackend(params)
    return backend
