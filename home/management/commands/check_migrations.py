"""Refuse unapplied migrations that would break the code still serving while a release runs.

Releases migrate first and then replace the running code (docs/deployment.md), so for a while
the old code runs on the new schema. Dropping or renaming a table or column breaks it, and so
does a new NOT NULL column without a database default (the old code's INSERTs leave it out).
Only the project's own apps are checked (a dependency's upgrade notes say what its migrations
need), and a new, empty database has no running code to break. Such changes go out in two
releases: first code that no longer uses the column, then the migration, which then marks
itself `deploy_safe = True`.
"""

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import connections
from django.db.migrations import operations
from django.db.migrations.executor import MigrationExecutor
from django.db.models import NOT_PROVIDED

DESTRUCTIVE = (
    operations.RemoveField,
    operations.DeleteModel,
    operations.RenameField,
    operations.RenameModel,
    operations.AlterModelTable,
)


def unsafe_operations(migration):
    """Describe each operation of the migration that the previous release's code cannot survive."""
    if getattr(migration, "deploy_safe", False):
        return []
    found = []
    for operation in migration.operations:
        if isinstance(operation, DESTRUCTIVE):
            found.append(operation.describe())
        elif isinstance(operation, operations.AddField):
            field = operation.field
            if not field.null and not field.many_to_many and field.db_default is NOT_PROVIDED:
                found.append(f"{operation.describe()} (NOT NULL without db_default)")
    return found


def is_own_app(label):
    """Installed packages live in site-packages, wherever the virtual environment is."""
    return "site-packages" not in apps.get_app_config(label).path


class Command(BaseCommand):
    help = "Fail if an unapplied migration drops, renames or adds a required column (say why)."

    def add_arguments(self, parser):
        parser.add_argument("--database", default="default")

    def handle(self, *args, database, **options):
        executor = MigrationExecutor(connections[database])
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if not executor.loader.applied_migrations:
            self.stdout.write(f"{len(plan)} unapplied migration(s) on an empty database.")
            return
        problems = [
            f"{migration.app_label}.{migration.name}: {description}"
            for migration, backwards in plan
            if not backwards and is_own_app(migration.app_label)
            for description in unsafe_operations(migration)
        ]
        if problems:
            raise CommandError(
                "These migrations would break the running release:\n  "
                + "\n  ".join(problems)
                + "\nShip them in two releases, then mark the migration deploy_safe = True."
            )
        self.stdout.write(f"{len(plan)} unapplied migration(s), none destructive.")
