from modelsearch.backends.database.sqlite import sqlite


class SQLitePrefixQueryCompiler(sqlite.SQLiteSearchQueryCompiler):
    LAST_TERM_IS_PREFIX = True


class SQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    query_compiler_class = SQLitePrefixQueryCompiler
