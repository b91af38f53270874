"""Words the generated benchmark site is written in, per language.

Nouns come in several inflected forms, as real text uses them, so that search has to find
"samarbetet" when asked for "samarbete" over thousands of pages, not just exact matches.

Word frequencies follow Zipf's law, as in real text: each item is about a couple of the subject
nouns (the first ones far more often than the last), and the rest of its words come from a
lexicon of a few thousand made-up words, a handful of them common and most of them rare. So a
query for the partnership's own word ("samarbete") matches about half the site, one for a rarer
subject a few per cent, and one for a word found nowhere nothing, as on a real portal.
"""

import random

NOUNS = {
    "sv": [
        ("samarbete", "samarbetet", "samarbeten", "samarbetets"),
        ("kommun", "kommunen", "kommuner", "kommunerna"),
        ("skola", "skolan", "skolor", "skolorna"),
        ("vattenverk", "vattenverket", "vattenverken"),
        ("bibliotek", "biblioteket", "biblioteken"),
        ("sjukhus", "sjukhuset", "sjukhusen"),
        ("förening", "föreningen", "föreningar", "föreningarna"),
        ("ungdom", "ungdomen", "ungdomar", "ungdomarna"),
        ("besök", "besöket", "besöken"),
        ("utbildning", "utbildningen", "utbildningar"),
        ("värme", "värmen"),
        ("avfall", "avfallet"),
        ("demokrati", "demokratin"),
        ("återuppbyggnad", "återuppbyggnaden"),
        ("flykting", "flyktingen", "flyktingar", "flyktingarna"),
        ("brandstation", "brandstationen", "brandstationer"),
    ],
    "uk": [
        ("співпраця", "співпраці", "співпрацю", "співпрацею"),
        ("громада", "громади", "громаду", "громадою"),
        ("школа", "школи", "школу", "школою"),
        ("водоканал", "водоканалу", "водоканалом"),
        ("бібліотека", "бібліотеки", "бібліотеку"),
        ("лікарня", "лікарні", "лікарню"),
        ("обʼєднання", "обʼєднанням"),
        ("молодь", "молоді", "молоддю"),
        ("візит", "візиту", "візитом", "візити"),
        ("освіта", "освіти", "освіту"),
        ("тепло", "тепла", "теплом"),
        ("відходи", "відходів"),
        ("демократія", "демократії", "демократію"),
        ("відбудова", "відбудови", "відбудову"),
        ("біженець", "біженці", "біженців"),
        ("пожежна частина", "пожежної частини"),
    ],
    "en": [
        ("cooperation", "cooperations"),
        ("municipality", "municipalities", "municipality's"),
        ("school", "schools"),
        ("waterworks",),
        ("library", "libraries"),
        ("hospital", "hospitals"),
        ("association", "associations"),
        ("youth", "young people"),
        ("visit", "visits", "visited"),
        ("education", "training"),
        ("heating", "heat"),
        ("waste",),
        ("democracy",),
        ("reconstruction", "rebuilding"),
        ("refugee", "refugees"),
        ("fire station", "fire stations"),
    ],
}

FILLER = {
    "sv": [
        "och",
        "i",
        "för",
        "med",
        "om",
        "på",
        "till",
        "från",
        "under",
        "efter",
        "inom",
        "nya",
        "stora",
        "lokala",
        "gemensamma",
    ],
    "uk": [
        "і",
        "в",
        "для",
        "з",
        "про",
        "на",
        "до",
        "від",
        "під",
        "після",
        "у",
        "нові",
        "великі",
        "місцеві",
        "спільні",
    ],
    "en": [
        "and",
        "in",
        "for",
        "with",
        "about",
        "on",
        "to",
        "from",
        "under",
        "after",
        "within",
        "new",
        "large",
        "local",
        "joint",
    ],
}

VERBS = {
    "sv": ["planerar", "bygger", "stärker", "startar", "utvecklar", "renoverar", "stöder"],
    "uk": ["планує", "будує", "зміцнює", "розпочинає", "розвиває", "ремонтує", "підтримує"],
    "en": ["plans", "builds", "strengthens", "starts", "develops", "renovates", "supports"],
}

# Searched by `bench_search`: a base form, an inflected form, two words, and a word found nowhere.
SEARCH_QUERIES = {
    "sv": ["samarbete", "skolorna", "vattenverket kommunen", "brandstation", "zyxwvut"],
    "uk": ["співпраця", "школою", "водоканал громади", "бібліотека", "zyxwvut"],
    "en": ["cooperation", "libraries", "school refugees", "waterworks", "zyxwvut"],
}

# Syllables the made-up lexicon is built from, in each language's own script.
_SYLLABLE_TEXT = {
    "sv": "ba be bo dal de en fa fjä gå ha hol ka ke kli la lu ma mö na ni ol på ra ri rö sa "
    "sko sta te tu ul va ve vik yr",
    "uk": "ба бе бо ва ве ві да де до жи за ка ко ла ле ли ма ми но ня ор па пі ра ро ри са "
    "сто та ти ту ха ча ше ює",
    "en": "ba ber bo cal dan de en far gor ha hil ka ket lo lu mar mo nel ni or pa per ra ro "
    "san sel ta ter tu ul ven vik wel",
}
SYLLABLES = {language: text.split() for language, text in _SYLLABLE_TEXT.items()}
LEXICON_SIZE = 4000


def lexicon(language, size=LEXICON_SIZE, seed=7):
    """`size` distinct made-up words of two to four syllables, the same on every run."""
    rng = random.Random(f"{seed}-{language}")
    syllables = SYLLABLES[language]
    words = []
    seen = set()
    while len(words) < size:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def zipf_weights(count, exponent=1.0):
    """Weights of the 1st, 2nd, ... most frequent of `count` words under Zipf's law."""
    return [1 / (rank**exponent) for rank in range(1, count + 1)]
