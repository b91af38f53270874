"""Machine translation as editors get it: wagtail-localize's LibreTranslate client against a
local server speaking LibreTranslate's HTTP API, and the settings that choose the service.
"""

import json
import os
import subprocess
import sys

import pytest
import requests
from django.conf import settings
from django.test import override_settings
from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.dummy import DummyTranslator
from wagtail_localize.strings import StringValue

from tests.fake_libretranslate import ENGINE_FAILURE_TEXT, running_libretranslate

LIBRETRANSLATE = "wagtail_localize.machine_translators.libretranslate.LibreTranslator"
DEEPL = "wagtail_localize.machine_translators.deepl.DeepLTranslator"


@pytest.fixture
def libretranslate():
    with running_libretranslate() as server:
        yield server


def use_libretranslate(server, api_key=""):
    return override_settings(
        WAGTAILLOCALIZE_MACHINE_TRANSLATOR={
            "CLASS": LIBRETRANSLATE,
            "OPTIONS": {"LIBRETRANSLATE_URL": server.url, "API_KEY": api_key},
        }
    )


def translate(strings, source="sv", target="uk"):
    """Translate as the admin's "Translate with LibreTranslate" button does."""
    return get_machine_translator().translate(
        Locale(language_code=source), Locale(language_code=target), strings
    )


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (
            "uk",
            ["Візит до міста-побратима Львова", "Школи та дитячі садки", "[uk] Kommunfullmäktige"],
        ),
        ("en", ["Twin-town visit to Lviv", "Schools and preschools", "[en] Kommunfullmäktige"]),
    ],
)
def test_machine_translation_fills_in_the_services_translations(libretranslate, target, expected):
    swedish = ["Vänortsbesök i Lviv", "Skolor och förskolor", "Kommunfullmäktige"]
    strings = [StringValue.from_plaintext(text) for text in swedish]

    with use_libretranslate(libretranslate):
        translations = translate(strings, target=target)

    assert [translations[string].render_text() for string in strings] == expected


def test_machine_translation_sends_all_strings_in_one_libretranslate_request(libretranslate):
    strings = [StringValue.from_plaintext("Samarbete"), StringValue.from_plaintext("med Lviv")]

    with use_libretranslate(libretranslate):
        translate(strings)

    [request] = libretranslate.requests
    assert request["path"] == "/translate"
    assert request["content_type"] == "application/json"
    assert json.loads(request["body"]) == {
        "q": ["Samarbete", "med Lviv"],
        "source": "sv",
        "target": "uk",
        "api_key": "",
        "format": "html",
    }


def test_machine_translation_keeps_links_and_formatting_in_rich_text(libretranslate):
    string, attrs = StringValue.from_source_html(
        '<a href="https://www.alingsas.se/lviv">Samarbete</a> <b>med Lviv</b>'
    )

    with use_libretranslate(libretranslate):
        translations = translate([string])

    assert translations[string].render_html(attrs) == (
        '<a href="https://www.alingsas.se/lviv">Співпраця</a> <b>зі Львовом</b>'
    )


def test_machine_translation_sends_the_configured_api_key(libretranslate):
    libretranslate.api_key = "nyckel-alingsas"
    string = StringValue.from_plaintext("Samarbete")

    with use_libretranslate(libretranslate, api_key="nyckel-alingsas"):
        translations = translate([string])

    assert translations[string].render_text() == "Співпраця"
    assert json.loads(libretranslate.requests[0]["body"])["api_key"] == "nyckel-alingsas"


def test_machine_translation_with_a_wrong_api_key_is_refused(libretranslate):
    libretranslate.api_key = "nyckel-alingsas"

    with (
        use_libretranslate(libretranslate, api_key="gammal-nyckel"),
        pytest.raises(requests.HTTPError) as error,
    ):
        translate([StringValue.from_plaintext("Samarbete")])

    assert error.value.response.status_code == 403
    assert error.value.response.json() == {"error": "Invalid API key"}


def test_machine_translation_is_offered_between_different_languages_only(libretranslate):
    with use_libretranslate(libretranslate):
        translator = get_machine_translator()

    sv, uk = Locale(language_code="sv"), Locale(language_code="uk")
    assert translator.can_translate(sv, uk)
    assert not translator.can_translate(sv, sv)
    assert libretranslate.requests == []


def test_a_failing_translation_service_is_an_error_not_untranslated_swedish(libretranslate):
    strings = [StringValue.from_plaintext("Samarbete"), StringValue(ENGINE_FAILURE_TEXT)]

    with use_libretranslate(libretranslate), pytest.raises(requests.HTTPError) as error:
        translate(strings)

    assert error.value.response.status_code == 500
    assert error.value.response.json()["error"].startswith("Cannot translate text")


def test_the_test_suite_never_calls_a_real_translation_service():
    assert isinstance(get_machine_translator(), DummyTranslator)


TRANSLATION_VARIABLES = {"DEEPL_AUTH_KEY", "LIBRETRANSLATE_URL", "LIBRETRANSLATE_API_KEY"}


def machine_translator_setting(**env):
    """WAGTAILLOCALIZE_MACHINE_TRANSLATOR under the dev settings with only `env` configured."""
    environment = {
        key: value for key, value in os.environ.items() if key not in TRANSLATION_VARIABLES
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json; from django.conf import settings; "
            "print(json.dumps(getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', 'unset')))",
        ],
        env={**environment, "DJANGO_SETTINGS_MODULE": "portal.settings.dev", **env},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (
            {"DEEPL_AUTH_KEY": "deepl-key:fx"},
            {"CLASS": DEEPL, "OPTIONS": {"AUTH_KEY": "deepl-key:fx"}},
        ),
        (
            {"DEEPL_AUTH_KEY": "deepl-key:fx", "LIBRETRANSLATE_URL": "https://lt.alingsas.se"},
            {"CLASS": DEEPL, "OPTIONS": {"AUTH_KEY": "deepl-key:fx"}},
        ),
        (
            {"LIBRETRANSLATE_URL": "https://lt.alingsas.se/", "LIBRETRANSLATE_API_KEY": "lt-key"},
            {
                "CLASS": LIBRETRANSLATE,
                "OPTIONS": {"LIBRETRANSLATE_URL": "https://lt.alingsas.se", "API_KEY": "lt-key"},
            },
        ),
        (
            {"LIBRETRANSLATE_URL": "http://127.0.0.1:5000"},
            {
                "CLASS": LIBRETRANSLATE,
                "OPTIONS": {"LIBRETRANSLATE_URL": "http://127.0.0.1:5000", "API_KEY": ""},
            },
        ),
        ({}, "unset"),
        ({"DEEPL_AUTH_KEY": "", "LIBRETRANSLATE_URL": ""}, "unset"),
    ],
    ids=[
        "deepl",
        "deepl-before-libretranslate",
        "libretranslate-with-key",
        "libretranslate-without-key",
        "none",
        "empty-means-none",
    ],
)
def test_the_environment_chooses_the_machine_translation_service(env, expected):
    assert machine_translator_setting(**env) == expected
