from modelsearch.backends.database.sqlite import sqlite

from search.backends.own_entries import OwnEntriesIndexMixin


class SQLitePrefixQueryCompiler(sqlite.SQLiteSearchQueryCompiler):
    LAST_TERM_IS_PREFIX = True


class SQLiteIndex(OwnEntriesIndexMixin, sqlite.SQLiteIndex):
    pass


class SQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    query_compiler_class = SQLitePrefixQueryCompiler
    index_class = SQLiteIndex
