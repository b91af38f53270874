"""bakerydemo beside the portal in `make bench` (benchmarks/bakerydemo.py) runs on the portal's
Django and Wagtail, whatever versions its own requirements ask for."""

from importlib.metadata import version

from benchmarks.bakerydemo import requirements

BASE = """\
Django>=6.0,<6.1
python-dotenv>=1.2.1,<2
wagtail>=7.4,<7.5
wagtail-font-awesome-svg>=1,<2
"""
PRODUCTION = """\
-r base.txt
elasticsearch==5.5.3
uwsgi>=2.0.17,<2.1
psycopg[binary]>=3.3.3,<3.4
whitenoise>=6.11.0,<7
boto3>=1.42,<1.43
"""


def checkout(tmp_path):
    (tmp_path / "requirements").mkdir()
    (tmp_path / "requirements" / "base.txt").write_text(BASE)
    (tmp_path / "requirements" / "production.txt").write_text(PRODUCTION)
    return tmp_path


def test_django_and_wagtail_are_pinned_to_the_portals_versions(tmp_path):
    lines = requirements(checkout(tmp_path)).splitlines()

    assert f"django=={version('django')}" in lines
    assert f"wagtail=={version('wagtail')}" in lines
    assert "Django>=6.0,<6.1" not in lines
    assert "wagtail>=7.4,<7.5" not in lines


def test_its_other_requirements_and_what_its_production_settings_import_are_kept(tmp_path):
    lines = requirements(checkout(tmp_path)).splitlines()

    assert "wagtail-font-awesome-svg>=1,<2" in lines
    assert "python-dotenv>=1.2.1,<2" in lines
    assert "psycopg[binary]>=3.3.3,<3.4" in lines
    assert "whitenoise>=6.11.0,<7" in lines
    assert f"gunicorn=={version('gunicorn')}" in lines
    assert not any(line.startswith(("uwsgi", "boto3", "elasticsearch")) for line in lines)
