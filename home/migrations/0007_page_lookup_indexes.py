"""Indexes on Wagtail's page table for the lookups every public request makes.

Routing finds a URL's pages by `url_path` (HomePage.route), and section listings ask for the
children at one depth under a path. Wagtail indexes `path` alone, so with 10,000 news items in a
language both lookups read every page of that language: about a millisecond of database time on
every request. Wagtail's own migrations do not touch these index names.
"""

from django.db import migrations

INDEXES = {
    # Equality only (IN a list of paths). A hash index has no length limit on its keys.
    "home_page_url_path": {
        "postgresql": "CREATE INDEX {name} ON wagtailcore_page USING hash (url_path)",
        "default": "CREATE INDEX {name} ON wagtailcore_page (url_path)",
    },
    # Children of a page: depth = n AND path BETWEEN ... (treebeard) or LIKE 'prefix%' (Wagtail).
    "home_page_depth_path": {
        "default": "CREATE INDEX {name} ON wagtailcore_page (depth, path)",
    },
    "home_page_depth_path_like": {
        "postgresql": "CREATE INDEX {name} ON wagtailcore_page (depth, path varchar_pattern_ops)",
    },
}


def create_indexes(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for name, statements in INDEXES.items():
        statement = statements.get(vendor, statements.get("default"))
        if statement:
            schema_editor.execute(statement.format(name=name))


def drop_indexes(apps, schema_editor):
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_accessibility_statement_easy_read"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes, elidable=False)]
