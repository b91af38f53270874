"""An unhandled error with DEBUG off reaches the operator: logged to stderr with the path."""

import logging.config

from django.conf import settings
from django.test import Client, override_settings
from django.urls import path

from portal.settings import base


def broken_view(request):
    raise RuntimeError("the view failed")


urlpatterns = [path("trasig/sida/", broken_view)]


@override_settings(ROOT_URLCONF=__name__, DEBUG=False)
def test_an_unhandled_error_is_logged_to_stderr_with_the_path(db, capsys, caplog):
    # The logging every environment but the test suite uses (base.py); configured here so its
    # console handler writes to the stderr this test captures.
    logging.config.dictConfig(base.LOGGING)
    logging.getLogger().addHandler(caplog.handler)  # dictConfig removed it
    try:
        response = Client(raise_request_exception=False).get("/trasig/sida/?fråga=1")
    finally:
        logging.config.dictConfig(settings.LOGGING)
    assert response.status_code == 500
    assert "the view failed" not in response.content.decode()  # visitors see no traceback

    stderr = capsys.readouterr().err
    assert "Internal Server Error: /trasig/sida/" in stderr
    assert "RuntimeError: the view failed" in stderr
    records = [r for r in caplog.records if r.name == "django.request"]
    assert [r.levelname for r in records] == ["ERROR"]
    assert records[0].request.path == "/trasig/sida/"
