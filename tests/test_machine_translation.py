"""Machine translation as editors get it: wagtail-localize's LibreTranslate client against a
local server speaking LibreTranslate's HTTP API, and the settings that choose the service.
"""

import html
import json
import os
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests
from django.conf import settings
from django.test import override_settings
from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.dummy import DummyTranslator
from wagtail_localize.strings import StringValue

LIBRETRANSLATE = "wagtail_localize.machine_translators.libretranslate.LibreTranslator"
DEEPL = "wagtail_localize.machine_translators.deepl.DeepLTranslator"

# What the fake "engine" knows, from Swedish; anything else comes back marked "[<target>] text".
GLOSSARY = {
    "uk": {
        "Vänortsbesök i Lviv": "Візит до міста-побратима Львова",
        "Skolor och förskolor": "Школи та дитячі садки",
        "Samarbete": "Співпраця",
        "med Lviv": "зі Львовом",
    },
    "en": {
        "Vänortsbesök i Lviv": "Twin-town visit to Lviv",
        "Skolor och förskolor": "Schools and preschools",
        "Samarbete": "Cooperation",
        "med Lviv": "with Lviv",
    },
}
ENGINE_FAILURE_TEXT = "Text som översättningsmotorn kraschar på"


def translate_text_nodes(text, target):
    """Translate the text between tags and keep the tags, as LibreTranslate does for HTML."""

    def translate_segment(segment):
        stripped = segment.strip()
        if not stripped:
            return segment
        return segment.replace(stripped, GLOSSARY[target].get(stripped, f"[{target}] {stripped}"))

    parts = re.split(r"(<[^>]*>)", text)
    # LibreTranslate unescapes what it returns.
    return html.unescape(
        "".join(part if part.startswith("<") else translate_segment(part) for part in parts)
    )


class LibreTranslateHandler(BaseHTTPRequestHandler):
    """POST /translate with a JSON body, checked and answered the way LibreTranslate does."""

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.server.requests.append(
            {"path": self.path, "content_type": self.headers.get("Content-Type"), "body": body}
        )
        if self.path != "/translate":
            return self.answer(404, {"error": "Not Found"})
        if self.headers.get("Content-Type") != "application/json":
            return self.answer(400, {"error": "Invalid request: expected a JSON body"})
        try:
            data = json.loads(body)
        except ValueError:
            data = None
        if not isinstance(data, dict):
            return self.answer(400, {"error": "Invalid JSON format"})

        api_key = data.get("api_key")
        if self.server.api_key and api_key and api_key != self.server.api_key:
            return self.answer(403, {"error": "Invalid API key"})
        if self.server.api_key and not api_key:
            return self.answer(
                400, {"error": "Please contact the server operator to get an API key"}
            )
        for name in ("q", "source", "target"):
            if not data.get(name):
                return self.answer(400, {"error": f"Invalid request: missing {name} parameter"})
        q, source, target = data["q"], data["source"], data["target"]
        for code in (source, target):
            if code not in {"sv", *GLOSSARY}:
                return self.answer(400, {"error": f"{code} is not supported"})
        if data.get("format", "text") not in {"text", "html"}:
            return self.answer(400, {"error": f"{data['format']} format is not supported"})

        texts = q if isinstance(q, list) else [q]
        if ENGINE_FAILURE_TEXT in texts:
            return self.answer(500, {"error": "Cannot translate text: the engine crashed"})
        if source != "sv":
            translations = [f"[{target}] {text}" for text in texts]
        else:
            translations = [translate_text_nodes(text, target) for text in texts]
        return self.answer(
            200, {"translatedText": translations if isinstance(q, list) else translations[0]}
        )

    def answer(self, status, payload):
        content = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def log_message(self, format, *args):
        """Keep the test output free of access logs."""


class FakeLibreTranslate(ThreadingHTTPServer):
    def __init__(self):
        super().__init__(("127.0.0.1", 0), LibreTranslateHandler)
        self.api_key = ""  # set to require this key, as a LibreTranslate with --api-keys does
        self.requests = []

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_port}"


@pytest.fixture
def libretranslate():
    server = FakeLibreTranslate()
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    yield server
    server.shutdown()
    thread.join()
    server.server_close()


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
