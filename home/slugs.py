"""Page slugs in plain ASCII, whatever the title's alphabet.

Cyrillic follows Ukraine's national transliteration (Cabinet of Ministers resolution 55 of
2010, also used for passports and place names): "Львів" → "lviv", "Жовква" → "zhovkva",
"Харків" → "kharkiv". Other letters lose their accents ("Mötesplats" → "motesplats").
"""

import unicodedata

from django.utils.text import slugify

APOSTROPHES = ("ʼ", "'", "’")
# Letters whose spelling depends on where in the word they stand: at its start, elsewhere.
WORD_INITIAL = {
    "є": ("ye", "ie"),
    "ї": ("yi", "i"),
    "й": ("y", "i"),
    "ю": ("yu", "iu"),
    "я": ("ya", "ia"),
}
LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ʼ": "", "'": "", "’": "",
    # Letters of Russian names that Ukrainian texts quote.
    "ё": "io", "ы": "y", "э": "e", "ъ": "",
}  # fmt: skip


def transliterate(text):
    result = []
    previous = ""
    for char in text:
        lower = char.lower()
        if lower in WORD_INITIAL:
            initial, inner = WORD_INITIAL[lower]
            at_word_start = not previous.isalpha() and previous not in APOSTROPHES
            latin = initial if at_word_start else inner
        elif lower == "г" and previous.lower() == "з":
            latin = "gh"  # "зг" is written "zgh", to tell it from "ж"
        else:
            latin = LETTERS.get(lower, char)
        result.append(latin.capitalize() if char != lower and latin else latin)
        previous = char
    return "".join(result)


def slug_for(text):
    ascii_text = unicodedata.normalize("NFKD", transliterate(text))
    return slugify(ascii_text.encode("ascii", "ignore").decode())
