"""Relevance on PostgreSQL: inflected Swedish and Ukrainian queries find the page a reader wants.

Over the demo content plus generated pages: a distinctive page per case, and filler pages that
mention the same words in passing, so that "comes first" means something. SQLite's full-text
search ranks differently; the search works there but this table is PostgreSQL's.
"""

import pytest
from django.db import connection

from tests.factories import ContentPageFactory
from tests.test_search import found, search

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the relevance table is for the PostgreSQL search backend (make test-postgres)",
)

# (language, title, introduction) of the generated pages
GENERATED = [
    ("sv", "Skolorna i Alingsås och Lviv utbyter lärare", "Ett utbyte mellan skolor i två länder."),
    ("sv", "Vänortsavtalet undertecknat", "Kommunfullmäktige godkände vänortsavtalet i juni."),
    ("sv", "Brandförsvaret skänker utrustning", "Räddningstjänsten skickar brandbilar."),
    ("uk", "Обʼєднання громад Львівщини", "Про територіальні громади та їхні обʼєднання."),
    ("uk", "Об'єднані зусилля волонтерів", "Волонтери об'єднали зусилля для допомоги."),
    ("uk", "У Львові відкрили центр для переселенців", "Центр працює щодня."),
    ("uk", "Школярі з Києва відвідали Алінгсос", "Учні поділилися враженнями."),
    ("en", "Schools in Alingsås and Lviv exchange teachers", "An exchange between two schools."),
    ("en", "Fire brigade donates equipment", "The rescue service sends fire engines."),
]
# Pages that mention the query words only in passing, so that the title match must win.
FILLER = {
    "sv": "Rapport {n}: om samarbete, skola och vänort i korthet",
    "uk": "Звіт {n}: співпраця, об'єднання громад і Львів коротко",
    "en": "Report {n}: cooperation, schools and Lviv in brief",
}

# first: the page tops the list; found: it is on the first page of results; nothing: no results.
# Short titles rank high, so a longer title with the exact form asked for may come second.
FIRST, FOUND, NOTHING = "first", "found", "nothing"

CASES = [
    # Swedish: definite and plural forms, compounds, mixed case
    ("sv", "samarbete", FIRST, "Samarbete med Mötesplats Alingsås"),
    ("sv", "samarbetet", FIRST, "Samarbete med Mötesplats Alingsås"),
    ("sv", "samarbeten", FIRST, "Samarbete med Mötesplats Alingsås"),
    ("sv", "skolan", FIRST, "Skolorna i Alingsås och Lviv utbyter lärare"),
    ("sv", "SKOLOR", FIRST, "Skolorna i Alingsås och Lviv utbyter lärare"),
    ("sv", "vänort", FIRST, "Vänortsavtalet undertecknat"),
    ("sv", "kommunerna", FOUND, "Kommuner i Lviv-regionen söker partner i Sverige"),
    ("sv", "studiebesök", FOUND, "Studiebesöket våren 2026"),
    ("sv", "tillgänglighet", FIRST, "Tillgänglighetsredogörelse"),
    ("sv", "personuppgift", FIRST, "Personuppgifter och kakor"),
    ("sv", "stöd ukrainare", FIRST, "Stöd till ukrainare i Alingsås"),
    ("sv", "brandförsvar", FIRST, "Brandförsvaret skänker utrustning"),
    ("sv", "lägesbild", FIRST, "Lägesbild i november: så går arbetet med Lviv-regionen"),
    ("sv", "Львів", NOTHING, None),
    # Ukrainian: cases, і/о alternation, the apostrophe written four ways, mixed case
    ("uk", "Львів", FOUND, "Львівська область"),
    ("uk", "Львова", FOUND, "Львівська область"),
    ("uk", "Львові", FOUND, "У Львові відкрили центр для переселенців"),
    ("uk", "Київ", FIRST, "Школярі з Києва відвідали Алінгсос"),
    ("uk", "обʼєднання", FIRST, "Обʼєднання громад Львівщини"),
    ("uk", "об'єднання", FIRST, "Обʼєднання громад Львівщини"),
    ("uk", "об’єднання", FIRST, "Обʼєднання громад Львівщини"),
    ("uk", "обєднання", FIRST, "Обʼєднання громад Львівщини"),
    ("uk", "обʼєднані", FIRST, "Об'єднані зусилля волонтерів"),
    ("uk", "з'ясовує", FOUND, "Співпраця з Mötesplats Alingsås"),
    ("uk", "співпраця", FIRST, "Співпраця з Mötesplats Alingsås"),
    ("uk", "ГРОМАДИ Львівщини", FOUND, "Громади Львівщини шукають партнерів у Швеції"),
    ("uk", "доступність", FIRST, "Заява про доступність"),
    ("uk", "samarbete", NOTHING, None),
    # English, with a query that only the Ukrainian tree could answer
    ("en", "partners", FIRST, "Partners"),
    ("en", "school", FIRST, "Schools in Alingsås and Lviv exchange teachers"),
    ("en", "Accessibility", FIRST, "Accessibility statement"),
    ("en", "HROMADAS", FIRST, "Hromadas in the Lviv region look for partners in Sweden"),
    ("en", "funding", FIRST, "Alingsås applies for funding to prepare a partnership"),
    ("en", "cookies", FIRST, "Personal data and cookies"),
    ("en", "Ukrainians", FIRST, "Support for Ukrainians in Alingsås"),
    ("en", "municipalities", FOUND, "Alingsås Municipality"),
    ("en", "fire brigades", FIRST, "Fire brigade donates equipment"),
    ("en", "study visits", FOUND, "The study visit in spring 2026"),
    ("en", "Львівщина", NOTHING, None),
]


@pytest.fixture
def relevance_site(demo_site):
    homes = {
        page.locale.language_code: page
        for page in demo_site.root_page.get_translations(inclusive=True)
        .select_related("locale")
        .specific()
    }
    for language_code, title, intro in GENERATED:
        ContentPageFactory(parent=homes[language_code], title=title, intro=intro)
    for language_code, title in FILLER.items():
        for number in range(15):
            ContentPageFactory(parent=homes[language_code], title=title.format(n=number))
    return homes


@pytest.mark.parametrize(("language_code", "query", "expectation", "title"), CASES)
def test_relevance(client, relevance_site, language_code, query, expectation, title):
    titles = found(search(client, language_code, q=query))
    if expectation == NOTHING:
        assert titles == []
    elif expectation == FIRST:
        assert titles[:1] == [title], titles
    else:
        assert title in titles, titles


def test_the_table_covers_each_language_ten_times():
    for language_code in ("sv", "uk", "en"):
        assert sum(case[0] == language_code for case in CASES) >= 10
