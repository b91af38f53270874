"""Related projects become ordered links chosen with the page chooser, in the same table.

The many-to-many field's table is kept as the links' table and only gains their order (a
nullable column), so no row is copied and the release still running reads and writes it as
before. Revisions and translation sources keep their list of project ids and also get the same
projects as links, so an old draft opens, compares and publishes with its projects.
"""

import json

import django.db.models.deletion
import modelcluster.fields
from django.core.serializers.json import DjangoJSONEncoder
from django.db import migrations, models

TABLE = "news_newspage_related_projects"
BATCH = 1000


def as_links(content):
    """The serialised page `content` with its project ids also as links; None if it has none."""
    if "related_projects" not in content or "related_project_links" in content:
        return None
    content["related_project_links"] = [
        {"pk": None, "sort_order": order, "page": content.get("pk"), "project": project}
        for order, project in enumerate(content["related_projects"])
    ]
    return content


def add_links_to_stored_content(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    news_page = ContentType.objects.filter(app_label="news", model="newspage").first()
    if news_page is None:
        return  # a new database: nothing stored yet

    changed = []
    for revision in Revision.objects.filter(content_type=news_page).iterator(chunk_size=BATCH):
        if as_links(revision.content) is not None:
            changed.append(revision)
        if len(changed) == BATCH:
            Revision.objects.bulk_update(changed, ["content"])
            changed = []
    Revision.objects.bulk_update(changed, ["content"])

    changed = []
    sources = TranslationSource.objects.filter(specific_content_type=news_page)
    for source in sources.iterator(chunk_size=BATCH):
        content = as_links(json.loads(source.content_json))
        if content is not None:
            source.content_json = json.dumps(content, cls=DjangoJSONEncoder)
            changed.append(source)
        if len(changed) == BATCH:
            TranslationSource.objects.bulk_update(changed, ["content_json"])
            changed = []
    TranslationSource.objects.bulk_update(changed, ["content_json"])


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0004_news_image_alt_text"),
        ("partnership", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(model_name="newspage", name="related_projects"),
                migrations.CreateModel(
                    name="NewsPageRelatedProject",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "sort_order",
                            models.IntegerField(blank=True, editable=False, null=True),
                        ),
                        (
                            "page",
                            modelcluster.fields.ParentalKey(
                                db_column="newspage_id",
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="related_project_links",
                                to="news.newspage",
                            ),
                        ),
                        (
                            "project",
                            models.ForeignKey(
                                db_column="projectpage_id",
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="news_links",
                                to="partnership.projectpage",
                                verbose_name="project",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "related project",
                        "verbose_name_plural": "related projects",
                        "db_table": TABLE,
                        "ordering": ["sort_order"],
                        "abstract": False,
                        "unique_together": {("page", "project")},
                    },
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    f"ALTER TABLE {TABLE} ADD COLUMN sort_order integer NULL",
                    f"ALTER TABLE {TABLE} DROP COLUMN sort_order",
                ),
            ],
        ),
        migrations.RunPython(add_links_to_stored_content, migrations.RunPython.noop),
    ]
