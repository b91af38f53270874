"""Writes the Ukrainian admin's English fallback: `locale/english-fallback/uk/`.

Django falls back to LANGUAGE_CODE's catalogue for any string a language lacks, so wherever
Wagtail, wagtail-localize, allauth or Django have a Swedish string and no Ukrainian one, the Lviv
editors' admin showed Swedish. This catalogue gives each such string in English, or in
Ukrainian once someone has translated it here (the command keeps those translations), and
`tests/test_admin_language.py` fails when a package upgrade brings new ones: run this command
then. Delete it, and the folder, when the packages' Ukrainian catalogues are complete.
"""

import os
from importlib.util import find_spec
from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management import BaseCommand, call_command

FALLBACK_DIR = Path(settings.BASE_DIR) / "locale" / "english-fallback"
DOMAINS = ("django", "djangojs")
HEADER = {
    "Project-Id-Version": "alingsas-lviv-portal",
    "Language": "uk",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": (
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
        "(n%100<10 || n%100>=20) ? 1 : 2);"
    ),
}


def package_catalogues(language, domain):
    """The .po files of `language` that Django and the installed apps ship."""
    roots = [Path(find_spec("django").origin).parent / "conf", *map(Path, app_paths())]
    for root in roots:
        path = root / "locale" / language / "LC_MESSAGES" / f"{domain}.po"
        if path.exists():
            yield path


def app_paths():
    return sorted({app.path for app in apps.get_app_configs()} - {str(settings.BASE_DIR)})


def translated(paths):
    """(context, msgid) → entry, for every translated entry of the catalogues."""
    entries = {}
    for path in paths:
        for entry in polib.pofile(str(path)).translated_entries():
            entries.setdefault((entry.msgctxt, entry.msgid), entry)
    return entries


def missing(domain):
    """The entries the packages translate into Swedish and not into Ukrainian."""
    swedish = translated(package_catalogues("sv", domain))
    ukrainian = translated(package_catalogues("uk", domain))
    project = FALLBACK_DIR.parent / "uk" / "LC_MESSAGES" / f"{domain}.po"
    if project.exists():
        ukrainian.update(translated([project]))
    return {key: entry for key, entry in swedish.items() if key not in ukrainian}


def fallback_path(domain):
    return FALLBACK_DIR / "uk" / "LC_MESSAGES" / f"{domain}.po"


class Command(BaseCommand):
    help = (
        "Write the English fallback of the Ukrainian admin (strings with Swedish and no Ukrainian)."
    )

    def handle(self, *args, **options):
        for domain in DOMAINS:
            path = fallback_path(domain)
            kept = translated([path]) if path.exists() else {}
            catalogue = polib.POFile(wrapwidth=78)
            catalogue.metadata = HEADER
            catalogue.header = (
                "Strings the packages have in Swedish and not in Ukrainian, in English until\n"
                "translated here. Written by `manage.py english_fallback`, which keeps the\n"
                "translations: translate the msgstr, then run it again."
            )
            for key, entry in sorted(
                missing(domain).items(), key=lambda item: (item[0][1], item[0][0] or "")
            ):
                previous = kept.get(key)
                new = polib.POEntry(msgctxt=entry.msgctxt, msgid=entry.msgid)
                if entry.msgid_plural:
                    new.msgid_plural = entry.msgid_plural
                    new.msgstr_plural = (
                        previous.msgstr_plural
                        if previous
                        else {0: entry.msgid, 1: entry.msgid_plural, 2: entry.msgid_plural}
                    )
                else:
                    new.msgstr = previous.msgstr if previous else entry.msgid
                new.flags = [flag for flag in entry.flags if flag.endswith("-format")]
                catalogue.append(new)
            os.makedirs(path.parent, exist_ok=True)
            catalogue.save(str(path))
            self.stdout.write(f"{path.relative_to(settings.BASE_DIR)}: {len(catalogue)} strings")
        call_command("compilemessages", locale=["uk"], ignore_patterns=[".venv/*"], verbosity=0)
