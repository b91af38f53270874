"""Query words for the portal's search: normalised, then cut to stems that match as prefixes.

Swedish and Ukrainian are inflected: "samarbete" must find "samarbetet" and "Львів" must find
"Львова". PostgreSQL ships no Ukrainian stemmer and one search configuration serves three
languages, so the index keeps words as written (the language-neutral "simple" configuration)
and each query word is cut to a light stem that is matched as a prefix. Cutting too much only
finds more, and relevance ranking puts the closest words first.
"""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

# Ukrainian writes the apostrophe as ʼ (U+02BC), ' or ’; readers type any of them, or none.
APOSTROPHES = "\u02bc'\u2019\u2018`\u00b4\u02b9"
_APOSTROPHE_IN_WORD = re.compile(rf"(?<=\w)[{APOSTROPHES}](?=\w)")
_WORD = re.compile(rf"\w+(?:[{APOSTROPHES}]\w+)*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Bidirectional overrides, zero-width and other invisible characters change nothing a reader sees.
_INVISIBLE = re.compile("[\x00\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]")

MIN_STEM = 3

# Endings removed from query words, longest first. Light on purpose: nouns and adjectives in
# their common cases, a few verb forms; anything left shorter than MIN_STEM keeps the ending.
_ENDINGS = {
    "sv": (
        "arnas ernas ornas andets andet arna erna orna ande ende heten heter else ens ets "
        "are ast het an ar er or en et na as es a e s"
    ),
    "uk": (
        "ськими ського ському ська ське ські ськ ями ами ові еві ого ому ими ій ий "
        "ої ою ею ів їв ях ах ам ям ом ем ім ює ує ать ять ити ати а я у ю і ї и о е є ь"
    ),
    "en": "ations ation ings ing ies ied es ed s",
}
ENDINGS = {
    language: sorted(set(endings.split()), key=len, reverse=True)
    for language, endings in _ENDINGS.items()
}

_UK_ALTERNATING = re.compile("(.+)([іоеїє])([^аеєиіїоуюяь]+)")


def normalise(text):
    """The text as the index and the queries see it: NFC, no invisible characters, no apostrophes
    inside words."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return _APOSTROPHE_IN_WORD.sub("", text)


def words(text):
    """The words of a text, lower-cased, apostrophes inside words removed."""
    return [_APOSTROPHE_IN_WORD.sub("", word).lower() for word in _WORD.findall(normalise(text))]


def apostrophe_spellings(text):
    """The text's words that contain an apostrophe, spelt without it ("обʼєднання" → "обєднання").

    Indexed beside the text, because the database splits "об'єднання" at the apostrophe."""
    found = dict.fromkeys(
        _APOSTROPHE_IN_WORD.sub("", word)
        for word in _WORD.findall(unicodedata.normalize("NFC", text or ""))
        if any(mark in word for mark in APOSTROPHES)
    )
    return " ".join(found)


def stems(word, language):
    """Prefixes that find the word's inflected forms; Cyrillic words are read as Ukrainian.

    The word itself is one of them: pages with the very form asked for match more of the query
    and rank first."""
    if _CYRILLIC.search(word):
        language = "uk"
    stem = word
    for ending in ENDINGS.get(language, ()):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            stem = word[: -len(ending)]
            break
    found = {word, stem}
    if language == "uk":
        found |= _vowel_alternations(stem)
    return sorted(found)


def _vowel_alternations(stem):
    """Ukrainian і in a closed last syllable alternates with о or е (Львів/Львова), ї with є
    (Київ/Києва)."""
    match = _UK_ALTERNATING.fullmatch(stem)
    if not match:
        return set()
    start, vowel, end = match.groups()
    alternatives = {"і": "ое", "о": "і", "е": "і", "ї": "є", "є": "ї"}[vowel]
    return {f"{start}{other}{end}" for other in alternatives}


def query_terms(query, language, limit=12):
    """The distinct words of a query, at most `limit` of them, each with its stems.

    Single letters are dropped when the query has longer words: as prefixes they match
    everything."""
    distinct = list(dict.fromkeys(words(query)))
    if any(len(word) > 1 for word in distinct):
        distinct = [word for word in distinct if len(word) > 1]
    return [(word, stems(word, language)) for word in distinct[:limit]]


def highlight(text, prefixes):
    """The text, escaped, with each word that starts with one of the prefixes in <mark>."""
    if not text or not prefixes:
        return escape(text or "")
    prefixes = tuple(prefixes)
    pieces = []
    end = 0
    for match in _WORD.finditer(text):
        word = _APOSTROPHE_IN_WORD.sub("", match.group()).lower()
        if word.startswith(prefixes):
            pieces.append(escape(text[end : match.start()]))
            pieces.append(f"<mark>{escape(match.group())}</mark>")
            end = match.end()
    pieces.append(escape(text[end:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above.
