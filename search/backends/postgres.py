from modelsearch.backends.database.postgres import postgres


class PostgresPrefixQueryCompiler(postgres.PostgresSearchQueryCompiler):
    LAST_TERM_IS_PREFIX = True


class PostgresSearchBackend(postgres.PostgresSearchBackend):
    query_compiler_class = PostgresPrefixQueryCompiler
