"""The one place the portal uses a package's private API, each use with why and how to delete it.

tests/test_public_apis.py fails on a private name anywhere else; each use here is run by a test
(named beside it), so an upgrade that removes or changes it fails there, not in production.
"""


def insert_rows(model, objects, fields, returning_fields=None):
    """INSERT `objects` of `model` with `fields` in one statement, returning `returning_fields`.

    Why: the benchmark site generator (benchmarks/generator.py) writes 20,000 pages, and Django's
    `bulk_create` refuses models with a parent table (every Wagtail page type), so the page rows
    and the page type's rows are written with the same low-level `QuerySet._insert` that
    `bulk_create` itself uses. Only the benchmark uses it, never a request.
    Delete when: Django's `bulk_create` supports multi-table inheritance (then call it instead).
    Tested by tests/test_bench_generator.py.
    """
    return model._base_manager._insert(
        objects, fields=fields, returning_fields=returning_fields, using="default"
    )
