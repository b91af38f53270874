from django.conf import settings
from django.db import migrations


def create_locales(apps, schema_editor):
    """Every install publishes in all of LANGUAGES, so each gets its Wagtail locale up front."""
    Locale = apps.get_model("wagtailcore", "Locale")
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
