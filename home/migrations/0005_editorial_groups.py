from django.contrib.auth.management import create_permissions
from django.db import migrations

from home import editorial

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def child_path(parent, number):
    """treebeard's materialised path for the parent's `number`th child (historical models lack it)."""
    step = ""
    for _ in range(4):
        number, digit = divmod(number, len(ALPHABET))
        step = ALPHABET[digit] + step
    return parent.path + step


def create_groups(apps, schema_editor):
    # Model permissions are normally made after all migrations; these groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in editorial.ALL_GROUPS}
    access_admin = permission("wagtailadmin", "access_admin")
    submit_translation = permission("wagtail_localize", "submit_translation")
    for group in groups.values():
        group.permissions.add(access_admin, submit_translation)

    roles = {
        "editors": editorial.EDITOR_GROUPS,
        "moderators": editorial.MODERATOR_GROUPS,
        "coordinators": [editorial.TRANSLATION_COORDINATORS],
    }
    for role, group_names in roles.items():
        for model, actions in editorial.SNIPPET_PERMISSIONS[role].items():
            for action in actions:
                for name in group_names:
                    groups[name].permissions.add(permission("home", f"{action}_{model}"))

    root = Collection.objects.get(depth=1)
    media = [("wagtailimages", "image"), ("wagtaildocs", "document")]
    for name, (editors, moderators) in editorial.COLLECTIONS.items():
        collection = Collection.objects.filter(depth=2, name=name).first()
        if collection is None:
            root.numchild += 1
            collection = Collection.objects.create(
                name=name, depth=2, path=child_path(root, root.numchild), numchild=0
            )
            root.save(update_fields=["numchild"])
        for group_name, actions in (
            (editors, editorial.EDITOR_MEDIA_PERMISSIONS),
            (moderators, editorial.MODERATOR_MEDIA_PERMISSIONS),
        ):
            for app_label, model in media:
                for action in actions:
                    GroupCollectionPermission.objects.get_or_create(
                        group=groups[group_name],
                        collection=collection,
                        permission=permission(app_label, f"{action}_{model}"),
                    )
    # Everyone may use every organisation's pictures and documents, not change them.
    for group in groups.values():
        for app_label, model in media:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission(app_label, f"choose_{model}")
            )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_organisation_publisher_groups"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
