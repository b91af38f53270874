from django.contrib.auth.management import create_permissions
from django.db import migrations

from home import editorial


def grant_promotion_permissions(apps, schema_editor):
    # Model permissions are normally made after all migrations; the grant needs them now.
    app_config = apps.get_app_config("wagtailsearchpromotions")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailsearchpromotions",
        codename__in=editorial.PROMOTION_PERMISSIONS,
    )
    for group in Group.objects.filter(name__in=editorial.MODERATOR_GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("home", "0005_editorial_groups"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(grant_promotion_permissions, migrations.RunPython.noop)]
