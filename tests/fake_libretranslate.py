"""A small stand-in for a LibreTranslate server, speaking its real HTTP API on 127.0.0.1.

Used by the machine-translation tests and by the browser tests, so that wagtail-localize's own
LibreTranslate client is exercised over real HTTP without calling a real service.
"""

import html
import json
import re
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

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


@contextmanager
def running_libretranslate():
    server = FakeLibreTranslate()
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        thread.join()
        server.server_close()
