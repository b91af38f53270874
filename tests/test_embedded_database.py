"""The embedded default (SQLite, `make run`) survives one editor and a few readers at once."""

import threading
import time

import pytest
from django.db import connections, transaction

from portal.settings.base import embedded_database

ALIAS = "embedded"


@pytest.fixture
def embedded(tmp_path, django_db_blocker):
    """A database file of its own, outside the test database, as `make run` has."""
    configured = connections.configure_settings(
        {
            "default": dict(connections.settings["default"]),
            ALIAS: embedded_database(tmp_path / "db.sqlite3"),
        }
    )
    connections.settings[ALIAS] = configured[ALIAS]
    with django_db_blocker.unblock():
        with connections[ALIAS].cursor() as cursor:
            cursor.execute("CREATE TABLE revision (id INTEGER PRIMARY KEY, note TEXT)")
        yield
        connections[ALIAS].close()
    del connections[ALIAS]
    del connections.settings[ALIAS]


def save(note, errors):
    """What a publish and an autosave both do: read the page, think a little, then write."""
    try:
        with transaction.atomic(using=ALIAS), connections[ALIAS].cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM revision")
            time.sleep(0.3)
            cursor.execute("INSERT INTO revision (note) VALUES (%s)", [note])
    except Exception as error:  # noqa: BLE001 - the test reports whatever a writer met
        errors.append(error)
    finally:
        connections[ALIAS].close()


def test_two_concurrent_writers_both_succeed(embedded):
    errors = []
    writers = [
        threading.Thread(target=save, args=(note, errors)) for note in ("publish", "autosave")
    ]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()

    assert errors == []
    with connections[ALIAS].cursor() as cursor:
        cursor.execute("SELECT note FROM revision ORDER BY note")
        assert [row[0] for row in cursor.fetchall()] == ["autosave", "publish"]


def test_readers_go_on_while_an_editor_writes(embedded):
    with connections[ALIAS].cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
