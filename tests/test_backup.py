"""Backup, wipe, restore on PostgreSQL: everything editors made is back and the site serves it."""

import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, Revision

from tests.conftest import translate
from tests.factories import ContentPageFactory

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="pg_dump/pg_restore need PostgreSQL: run with DATABASE_URL=postgres://...",
    ),
]


def database_url():
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def run(script, *args):
    env = {
        "PATH": "/usr/bin:/bin",
        "DATABASE_URL": database_url(),
        "MEDIA_ROOT": settings.MEDIA_ROOT,
    }
    done = subprocess.run([ROOT / "ops" / script, *args], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def media(settings, tmp_path):
    """A media folder of this test's own, since the restore empties it."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return Path(settings.MEDIA_ROOT)


def test_a_backup_restores_pages_translations_revisions_images_and_documents(
    client, homes, media, tmp_path
):
    page = ContentPageFactory(parent=homes["sv"], title="Om partnerskapet", slug="om")
    page.save_revision().publish()
    translate(page, "uk", title="Про партнерство", slug="pro")
    translate(page, "en", title="About the partnership", slug="about")
    image = get_image_model().objects.create(title="Lviv", file=get_test_image_file())
    document = get_document_model().objects.create(
        title="Protokoll", file=ContentFile(b"%PDF-1.4\n", name="protokoll.pdf")
    )
    counts = (Page.objects.count(), Revision.objects.count())

    run("backup", str(tmp_path / "backup"))
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    shutil.rmtree(media)
    run("restore", str(tmp_path / "backup"))

    assert (Page.objects.count(), Revision.objects.count()) == counts
    assert Page.objects.filter(translation_key=page.translation_key).count() == 3
    for path, title in [
        ("/sv/om/", "Om partnerskapet"),
        ("/uk/pro/", "Про партнерство"),
        ("/en/about/", "About the partnership"),
    ]:
        assert title in client.get(path).content.decode()
    assert Path(get_image_model().objects.get(pk=image.pk).file.path).exists()
    served = client.get(get_document_model().objects.get(pk=document.pk).url)
    assert b"".join(served.streaming_content) == b"%PDF-1.4\n"
