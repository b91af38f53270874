from modelsearch.backends.database.postgres import postgres

from search.backends.own_entries import OwnEntriesIndexMixin


class PostgresPrefixQueryCompiler(postgres.PostgresSearchQueryCompiler):
    LAST_TERM_IS_PREFIX = True


class PostgresIndex(OwnEntriesIndexMixin, postgres.PostgresIndex):
    pass


class PostgresSearchBackend(postgres.PostgresSearchBackend):
    query_compiler_class = PostgresPrefixQueryCompiler
    index_class = PostgresIndex
