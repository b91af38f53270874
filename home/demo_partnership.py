"""Demo records for the partnership side of the portal, as plain data.

Organisations, topics, funding programmes, partner profiles, projects with their activities and
progress, events and news. Like ``home.demo_content``, the demo site is built from code, so its text
lives here. Every text is hand-written in Swedish, Ukrainian and English, not machine-translated;
the Lviv side’s news were written in Ukrainian first. What is planned comes from the council motion
“Stärka stödet till det ukrainska folket”. Milestones, progress updates, funding lines, news and
events are illustrative records of plausible steps, not reports of real meetings, decisions or
grants; no people, contact details, diary numbers or council decisions are invented.
"""

ORGANISATIONS = [
    {
        "key": "alingsas",
        "kind": "municipality",
        "country": "SE",
        "website": "https://www.alingsas.se",
        "sv": {"name": "Alingsås kommun", "short_name": ""},
        "uk": {"name": "Муніципалітет Алінгсоса", "short_name": ""},
        "en": {"name": "Alingsås Municipality", "short_name": ""},
    },
    {
        "key": "lviv-ova",
        "kind": "region",
        "country": "UA",
        "website": "https://loda.gov.ua",
        "sv": {"name": "Lvivs regionala (militära) administration", "short_name": ""},
        "uk": {"name": "Львівська обласна військова адміністрація", "short_name": "Львівська ОВА"},
        "en": {"name": "Lviv Regional (Military) Administration", "short_name": "Lviv RMA"},
    },
    {
        "key": "gr",
        "kind": "association",
        "country": "SE",
        "website": "https://goteborgsregionen.se",
        "sv": {"name": "Göteborgsregionen", "short_name": "GR"},
        "uk": {"name": "Гетеборзький регіон", "short_name": "GR"},
        "en": {"name": "Gothenburg Region", "short_name": "GR"},
    },
    {
        "key": "skr",
        "kind": "association",
        "country": "SE",
        "website": "https://skr.se",
        "sv": {"name": "Sveriges Kommuner och Regioner", "short_name": "SKR"},
        "uk": {
            "name": "Шведська асоціація місцевих органів влади та регіонів",
            "short_name": "SKR",
        },
        "en": {"name": "Swedish Association of Local Authorities and Regions", "short_name": "SKR"},
    },
    {
        "key": "motesplats",
        "kind": "civil_society",
        "country": "SE",
        "website": "",
        "sv": {
            "name": "Mötesplats Alingsås / Alingsås stöttar Ukraina",
            "short_name": "Mötesplats Alingsås",
        },
        "uk": {
            "name": "Mötesplats Alingsås / Alingsås stöttar Ukraina",
            "short_name": "Mötesplats Alingsås",
        },
        "en": {
            "name": "Mötesplats Alingsås / Alingsås stöttar Ukraina",
            "short_name": "Mötesplats Alingsås",
        },
    },
    {
        "key": "equmeniakyrkan",
        "kind": "civil_society",
        "country": "SE",
        "website": "",
        "sv": {"name": "Equmeniakyrkan Alingsås", "short_name": ""},
        "uk": {"name": "Equmeniakyrkan Alingsås", "short_name": ""},
        "en": {"name": "Equmeniakyrkan Alingsås", "short_name": ""},
    },
    {
        "key": "icld",
        "kind": "funder",
        "country": "SE",
        "website": "https://icld.se",
        "sv": {"name": "Internationellt centrum för lokal demokrati", "short_name": "ICLD"},
        "uk": {"name": "Міжнародний центр місцевої демократії", "short_name": "ICLD"},
        "en": {"name": "Swedish International Centre for Local Democracy", "short_name": "ICLD"},
    },
    {
        "key": "svenska-institutet",
        "kind": "funder",
        "country": "SE",
        "website": "https://si.se",
        "sv": {"name": "Svenska institutet", "short_name": "SI"},
        "uk": {"name": "Шведський інститут", "short_name": "SI"},
        "en": {"name": "Swedish Institute", "short_name": "SI"},
    },
]

TOPICS = [
    {
        "slug": "local-democracy",
        "sv": "Lokal demokrati",
        "uk": "Місцева демократія",
        "en": "Local democracy",
    },
    {"slug": "reconstruction", "sv": "Återuppbyggnad", "uk": "Відбудова", "en": "Reconstruction"},
    {
        "slug": "refugee-support",
        "sv": "Stöd till flyktingar",
        "uk": "Підтримка біженців",
        "en": "Support for refugees",
    },
    {
        "slug": "municipal-services",
        "sv": "Kommunal service",
        "uk": "Муніципальні послуги",
        "en": "Municipal services",
    },
    {"slug": "education", "sv": "Utbildning", "uk": "Освіта", "en": "Education"},
    {
        "slug": "civil-society",
        "sv": "Civilsamhälle",
        "uk": "Громадянське суспільство",
        "en": "Civil society",
    },
    {"slug": "study-visits", "sv": "Studiebesök", "uk": "Навчальні візити", "en": "Study visits"},
    {"slug": "funding", "sv": "Finansiering", "uk": "Фінансування", "en": "Funding"},
]

FUNDING_PROGRAMMES = [
    {
        "key": "icld-municipal-partnership",
        "funder": "icld",
        "url": "https://icld.se",
        "call_deadline": None,
        "sv": {
            "name": "Kommunala partnerskap (ICLD)",
            "eligibility": (
                "Svenska kommuner, regioner och kommunala samverkansorganisationer kan söka "
                "tillsammans med en motsvarande organisation i ett av ICLD:s samarbetsländer, där "
                "Ukraina ingår. Ett partnerskap inleds ofta med en förberedelsefas. Aktuella "
                "villkor och ansökningsperioder finns på ICLD:s webbplats."
            ),
        },
        "uk": {
            "name": "Програма муніципального партнерства (ICLD)",
            "eligibility": (
                "Подавати заявку можуть шведські муніципалітети, регіони та обʼєднання органів "
                "місцевого самоврядування разом з відповідною організацією в одній із "
                "країн-партнерок ICLD, серед яких — Україна. Партнерство часто починається з "
                "підготовчого етапу. Чинні умови та строки подання заявок дивіться на сайті ICLD."
            ),
        },
        "en": {
            "name": "Municipal Partnership Programme (ICLD)",
            "eligibility": (
                "Swedish municipalities, regions and local authority associations can apply "
                "together with a counterpart in one of ICLD’s partner countries, which include "
                "Ukraine. A partnership often begins with a preparation phase. Current conditions "
                "and application periods are on ICLD’s website."
            ),
        },
    },
    {
        "key": "cities4cities",
        "funder": "skr",
        "url": "https://cities4cities.eu",
        "call_deadline": None,
        "sv": {
            "name": "Cities4Cities | United4Ukraine (Polaris)",
            "eligibility": (
                "Cities4Cities hjälper ukrainska och europeiska kommuner att hitta varandra och "
                "bygga långsiktiga partnerskap. SKR:s dotterbolag SALAR International är en av "
                "organisatörerna, och initiativet ingår i det svensk-ukrainska programmet Polaris. "
                "Villkoren för stöd skiljer sig mellan utlysningarna – se webbplatsen."
            ),
        },
        "uk": {
            "name": "Cities4Cities | United4Ukraine (Polaris)",
            "eligibility": (
                "Cities4Cities допомагає українським громадам і європейським муніципалітетам "
                "знайти одне одного та побудувати довгострокове партнерство. Серед організаторів — "
                "SALAR International, дочірня компанія шведської асоціації SKR, а сама ініціатива "
                "є частиною шведсько-української програми Polaris. Умови підтримки залежать від "
                "конкурсу — дивіться сайт платформи."
            ),
        },
        "en": {
            "name": "Cities4Cities | United4Ukraine (Polaris)",
            "eligibility": (
                "Cities4Cities helps Ukrainian hromadas and European municipalities find each "
                "other and build long-term partnerships. SKR’s subsidiary SALAR International is "
                "one of its organisers, and the initiative is part of the Swedish-Ukrainian "
                "Polaris programme. Conditions for support vary from call to call – see the "
                "website."
            ),
        },
    },
]

PARTNERS = [
    {
        "key": "alingsas",
        "organisation": "alingsas",
        "kind": "municipality",
        "country": "SE",
        "population": 42000,
        "area_km2": None,
        "latitude": "57.93036",
        "longitude": "12.53287",
        "website": "https://www.alingsas.se",
        "topics": ["local-democracy", "municipal-services", "refugee-support", "civil-society"],
        "sv": {
            "title": "Alingsås kommun",
            "slug": "alingsas-kommun",
            "intro": (
                "Alingsås är en kommun i Västra Götaland, nordost om Göteborg, med omkring 42 000 "
                "invånare. Kommunen är en av medlemskommunerna i Göteborgsregionen (GR)."
            ),
            "region": "Västra Götalands län",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Alingsås ligger i Västra Götalands län, nordost om Göteborg, och är en "
                        "av medlemskommunerna i Göteborgsregionen (GR). Kommunen har omkring "
                        "42 000 invånare.</p>"
                        "<p>Sedan Rysslands fullskaliga invasion av Ukraina 2022 har "
                        "föreningslivet, civilsamhället, kommunen och många invånare i Alingsås "
                        "gjort stora insatser. Flyktingar från Ukraina har fått en trygg plats "
                        "här, och flera av dem arbetar och är i dag aktiva Alingsåsare.</p>"
                    ),
                ),
                ("heading", {"text": "Vad Alingsås kan bidra med", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>Erfarenheter av kommunal service och av hur en svensk kommun "
                        "styrs.</li>"
                        "<li>Arbete med medborgardialog och lokal demokrati.</li>"
                        "<li>Erfarenheter av att ta emot flyktingar, tillsammans med "
                        "civilsamhället.</li>"
                        "</ul>"
                        "<p>Genom Göteborgsregionens samarbete med Lviv-regionen vill Alingsås "
                        "hitta en samarbetspartner bland kommunerna där – en kommun med behov av "
                        "stöd och samverkan.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "text": "Till Alingsås kommuns webbplats",
                        "page": None,
                        "external_url": "https://www.alingsas.se",
                    },
                ),
            ],
        },
        "uk": {
            "title": "Муніципалітет Алінгсоса",
            "slug": "munitsypalitet-alinhsosa",
            "intro": (
                "Алінгсос — муніципалітет у лені Вестра-Йоталанд на північний схід від Гетеборга, "
                "де живе близько 42 тисяч людей. Він входить до Гетеборзького регіону (GR)."
            ),
            "region": "лен Вестра-Йоталанд",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Алінгсос розташований у лені Вестра-Йоталанд, на північний схід від "
                        "Гетеборга, і є одним із муніципалітетів-членів Гетеборзького регіону "
                        "(Göteborgsregionen, GR). Тут живе близько 42 тисяч людей.</p>"
                        "<p>Від початку повномасштабного вторгнення Росії в Україну у 2022 році "
                        "громадські обʼєднання, громадянське суспільство, муніципалітет і чимало "
                        "мешканців Алінгсоса доклали великих зусиль, щоб допомогти. Біженці з "
                        "України знайшли тут безпечний прихисток, багато хто з них працює і став "
                        "активним мешканцем міста.</p>"
                    ),
                ),
                ("heading", {"text": "Чим Алінгсос може бути корисним", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>Досвід надання муніципальних послуг і управління шведським "
                        "муніципалітетом.</li>"
                        "<li>Робота з мешканцями: громадські обговорення та місцева "
                        "демократія.</li>"
                        "<li>Досвід прийому біженців спільно з громадянським суспільством.</li>"
                        "</ul>"
                        "<p>Через співпрацю Гетеборзького регіону зі Львівщиною Алінгсос хоче "
                        "знайти партнера серед громад області — громаду, яка потребує підтримки та "
                        "співпраці.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "text": "Перейти на сайт муніципалітету Алінгсоса",
                        "page": None,
                        "external_url": "https://www.alingsas.se",
                    },
                ),
            ],
        },
        "en": {
            "title": "Alingsås Municipality",
            "slug": "alingsas-municipality",
            "intro": (
                "Alingsås is a municipality in Västra Götaland, north-east of Gothenburg, with "
                "about 42,000 inhabitants. It is one of the member municipalities of the "
                "Gothenburg Region (GR)."
            ),
            "region": "Västra Götaland County",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Alingsås lies in Västra Götaland County, north-east of Gothenburg, and "
                        "is one of the member municipalities of the Gothenburg Region "
                        "(Göteborgsregionen, GR). About 42,000 people live here.</p>"
                        "<p>Since Russia’s full-scale invasion of Ukraine in 2022, local "
                        "associations, civil society, the municipality and many residents of "
                        "Alingsås have made a great effort. Refugees from Ukraine have found a "
                        "safe place here, and many of them now work and are active residents of "
                        "the town.</p>"
                    ),
                ),
                ("heading", {"text": "What Alingsås can offer", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>Experience of municipal services and of how a Swedish municipality is "
                        "governed.</li>"
                        "<li>Work on citizen dialogue and local democracy.</li>"
                        "<li>Experience of receiving refugees together with civil society.</li>"
                        "</ul>"
                        "<p>Through the Gothenburg Region’s cooperation with the Lviv region, "
                        "Alingsås wants to find a partner among the hromadas there – one that "
                        "needs support and cooperation.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "text": "Go to Alingsås Municipality’s website",
                        "page": None,
                        "external_url": "https://www.alingsas.se",
                    },
                ),
            ],
        },
        "needs": [
            {
                "status": "open",
                "project": "partner-hromada",
                "sv": {
                    "sector": "Kontakter med en partnerkommun (hromada)",
                    "description": (
                        "Alingsås söker en samarbetspartner bland kommunerna i Lviv-regionen som "
                        "har behov av stöd och samverkan: en hromada som vill ha ett långsiktigt "
                        "utbyte, till exempel om service till invånarna, lokal demokrati eller "
                        "mottagandet av internflyktingar."
                    ),
                },
                "uk": {
                    "sector": "Контакти з громадою-партнером",
                    "description": (
                        "Алінгсос шукає партнера серед громад Львівщини, які потребують підтримки "
                        "та співпраці: громаду, зацікавлену в довгостроковому обміні досвідом — "
                        "наприклад, щодо послуг для мешканців, місцевої демократії чи прийому "
                        "внутрішньо переміщених осіб."
                    ),
                },
                "en": {
                    "sector": "Contacts with a partner hromada",
                    "description": (
                        "Alingsås is looking for a partner among the hromadas of the Lviv region "
                        "that need support and cooperation: a hromada interested in a long-term "
                        "exchange, for example on services for residents, local democracy or "
                        "hosting internally displaced people."
                    ),
                },
            },
        ],
    },
    {
        "key": "lviv-region",
        "organisation": "lviv-ova",
        "kind": "region",
        "country": "UA",
        "population": 2500000,
        "area_km2": "21800",
        "latitude": "49.83968",
        "longitude": "24.02972",
        "website": "https://loda.gov.ua",
        "topics": [
            "local-democracy",
            "reconstruction",
            "refugee-support",
            "municipal-services",
            "education",
        ],
        "sv": {
            "title": "Lviv-regionen",
            "slug": "lviv-regionen",
            "intro": (
                "Lviv-regionen (Lvivs oblast) ligger i västra Ukraina vid gränsen mot Polen, med "
                "staden Lviv som centrum. Här bor omkring 2,5 miljoner människor."
            ),
            "region": "Lvivs oblast",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Lvivs oblast ligger i västra Ukraina och gränsar till Polen. Regionens "
                        "centrum är staden Lviv. Oblasten är omkring 21 800 km² stor och har "
                        "omkring 2,5 miljoner invånare.</p>"
                        "<p>Efter decentraliseringsreformen står kommunerna – på ukrainska hromada "
                        "(громада) – för en stor del av den lokala servicen. Sedan Rysslands "
                        "fullskaliga invasion har regionen tagit emot många internflyktingar, "
                        "vilket har ökat trycket på kommunerna.</p>"
                    ),
                ),
                ("heading", {"text": "Samarbetet med Göteborgsregionen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Göteborgsregionen (GR) har på rekommendation av Sveriges Kommuner och "
                        "Regioner (SKR) inlett en dialog med Lviv-regionen. Alingsås deltar i "
                        "samarbetet och söker en partnerkommun i regionen. Behoven nedan är "
                        "exempel på områden där svenska kommuner kan bidra.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "text": "Till Lvivs regionala administrations webbplats",
                        "page": None,
                        "external_url": "https://loda.gov.ua",
                    },
                ),
            ],
        },
        "uk": {
            "title": "Львівська область",
            "slug": "lvivska-oblast",
            "intro": (
                "Львівщина — область на заході України, на кордоні з Польщею, з центром у Львові. "
                "Тут живе близько 2,5 мільйона людей."
            ),
            "region": "Львівська область",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Львівська область розташована на заході України і межує з Польщею. "
                        "Обласний центр — Львів. Площа області — близько 21,8 тисячі км², "
                        "населення — близько 2,5 мільйона осіб.</p>"
                        "<p>Після реформи децентралізації значну частину місцевих послуг надають "
                        "територіальні громади. Від початку повномасштабного вторгнення Росії "
                        "Львівщина прийняла багато внутрішньо переміщених осіб, і це стало "
                        "додатковим навантаженням для громад.</p>"
                    ),
                ),
                ("heading", {"text": "Співпраця з Гетеборзьким регіоном", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>За рекомендацією Шведської асоціації місцевих органів влади та "
                        "регіонів (SKR) Гетеборзький регіон (GR) розпочав діалог зі Львівщиною. "
                        "Муніципалітет Алінгсоса долучився до цієї співпраці та шукає "
                        "громаду-партнера в області. Потреби, наведені нижче, — приклади напрямів, "
                        "у яких шведські муніципалітети можуть допомогти.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "text": "Сайт Львівської обласної військової адміністрації",
                        "page": None,
                        "external_url": "https://loda.gov.ua",
                    },
                ),
            ],
        },
        "en": {
            "title": "Lviv region",
            "slug": "lviv-region",
            "intro": (
                "The Lviv region (Lviv Oblast) lies in western Ukraine on the border with Poland, "
                "with the city of Lviv as its centre. About 2.5 million people live here."
            ),
            "region": "Lviv Oblast",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Lviv Oblast lies in western Ukraine and borders Poland. Its "
                        "administrative centre is the city of Lviv. The oblast covers about 21,800 "
                        "km² and has about 2.5 million inhabitants.</p>"
                        "<p>Since the decentralisation reform, hromadas – Ukraine’s territorial "
                        "communities – provide much of the local services. Since Russia’s "
                        "full-scale invasion, the region has taken in many internally displaced "
                        "people, which has put extra pressure on its hromadas.</p>"
                    ),
                ),
                ("heading", {"text": "Cooperation with the Gothenburg Region", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>On the recommendation of the Swedish Association of Local Authorities "
                        "and Regions (SKR), the Gothenburg Region (GR) has opened a dialogue with "
                        "the Lviv region. Alingsås has joined the cooperation and is looking for a "
                        "partner hromada in the region. The needs below are examples of areas "
                        "where Swedish municipalities can help.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "text": "Lviv Regional Administration’s website",
                        "page": None,
                        "external_url": "https://loda.gov.ua",
                    },
                ),
            ],
        },
        "needs": [
            {
                "status": "matched",
                "project": "partner-hromada",
                "sv": {
                    "sector": "Partnerskap med en svensk kommun",
                    "description": (
                        "Kommuner (hromador) i Lviv-regionen som vill bygga ett långsiktigt "
                        "partnerskap med en svensk kommun, för erfarenhetsutbyte och gemensamma "
                        "projekt. Alingsås söker en partnerkommun i regionen, och behovet är "
                        "därför kopplat till det projektet."
                    ),
                },
                "uk": {
                    "sector": "Партнерство зі шведським муніципалітетом",
                    "description": (
                        "Громади Львівщини, які хочуть довгострокового партнерства зі шведським "
                        "муніципалітетом для обміну досвідом і спільних проєктів. Муніципалітет "
                        "Алінгсоса шукає громаду-партнера в області, тож цю потребу повʼязано з "
                        "його проєктом."
                    ),
                },
                "en": {
                    "sector": "Partnership with a Swedish municipality",
                    "description": (
                        "Hromadas in the Lviv region that want a long-term partnership with a "
                        "Swedish municipality to share experience and run joint projects. Alingsås "
                        "is looking for a partner hromada in the region, so this need is linked to "
                        "that project."
                    ),
                },
            },
            {
                "status": "open",
                "project": None,
                "sv": {
                    "sector": "Stöd till kommuner som tar emot internflyktingar",
                    "description": (
                        "Kommuner som har tagit emot många internflyktingar behöver utbyta "
                        "erfarenheter om bostäder, social service och om hur nya invånare blir en "
                        "del av lokalsamhället. Alingsås erfarenheter av att ta emot flyktingar "
                        "från Ukraina kan vara till nytta."
                    ),
                },
                "uk": {
                    "sector": "Підтримка громад, які приймають внутрішньо переміщених осіб",
                    "description": (
                        "Громадам, які прийняли багато внутрішньо переміщених осіб, потрібен обмін "
                        "досвідом щодо житла, соціальних послуг та інтеграції нових мешканців у "
                        "життя громади. Тут може стати в пригоді досвід Алінгсоса, який прийняв "
                        "біженців з України."
                    ),
                },
                "en": {
                    "sector": "Support for hromadas hosting internally displaced people",
                    "description": (
                        "Hromadas that have taken in many internally displaced people need to "
                        "share experience on housing, social services and helping new residents "
                        "become part of the community. Alingsås’s experience of receiving refugees "
                        "from Ukraine may be useful here."
                    ),
                },
            },
            {
                "status": "open",
                "project": None,
                "sv": {
                    "sector": "Lokal demokrati och kommunal service",
                    "description": (
                        "Utbyte om tillgänglig service till invånarna, om hur invånare, inte minst "
                        "unga, kan vara med och påverka lokala beslut och om öppenhet i den "
                        "kommunala förvaltningen."
                    ),
                },
                "uk": {
                    "sector": "Місцева демократія та муніципальні послуги",
                    "description": (
                        "Обмін досвідом щодо доступних адміністративних послуг, залучення "
                        "мешканців, зокрема молоді, до ухвалення місцевих рішень і відкритості в "
                        "роботі органів місцевого самоврядування."
                    ),
                },
                "en": {
                    "sector": "Local democracy and municipal services",
                    "description": (
                        "Sharing experience on accessible services for residents, on involving "
                        "residents – young people in particular – in local decisions, and on "
                        "openness in local government."
                    ),
                },
            },
        ],
    },
]

PROJECTS = [
    {
        "key": "gr-cooperation",
        "motion_point": 1,
        "status": "implementation",
        "start_date": "2025-09-01",
        "end_date": None,
        "progress_manual": None,
        "weight": 1,
        "organisation": "alingsas",
        "partners": ["gr", "lviv-ova"],
        "topics": ["local-democracy", "study-visits", "municipal-services"],
        "latitude": None,
        "longitude": None,
        "external_ids": [],
        "sv": {
            "title": "Deltagande i GR:s samarbete med Lviv-regionen",
            "slug": "deltagande-i-grs-samarbete",
            "intro": (
                "Alingsås deltar i Göteborgsregionens samarbete med Lviv-regionen och tog emot en "
                "del av studiebesöket våren 2026. Motionens första punkt."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Projektet motsvarar den första punkten i motionen ”Stärka stödet till "
                        "det ukrainska folket”: att Alingsås kommun deltar i Göteborgsregionens "
                        "(GR) samarbete med Lviv-regionen och erbjuder sig att ta emot besök vid "
                        "studiebesöket 2026.</p>"
                        "<p>GR har på rekommendation av Sveriges Kommuner och Regioner (SKR) "
                        "inlett en dialog med Lviv-regionen i västra Ukraina. Alingsås bidrar "
                        "genom att ta emot en del av studiebesöket och genom att visa hur en "
                        "svensk kommun arbetar med service, lokal demokrati och civilsamhälle.</p>"
                    ),
                ),
                ("heading", {"text": "Aktiviteter", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>Studiebesöket våren 2026: planering tillsammans med GR och "
                        "besöksdagen i Alingsås.</li>"
                        "<li>Uppföljning av studiebesöket och Alingsås fortsatta roll i "
                        "samarbetet.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><i>Milstolparna och lägesrapporterna på den här sidan är exempel i "
                        "portalens demoversion.</i></p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "text": "Om Göteborgsregionen",
                        "page": None,
                        "external_url": "https://goteborgsregionen.se",
                    },
                ),
            ],
        },
        "uk": {
            "title": "Участь у співпраці GR зі Львівщиною",
            "slug": "uchast-u-spivpratsi-gr",
            "intro": (
                "Алінгсос долучився до співпраці Гетеборзького регіону зі Львівщиною і навесні "
                "2026 року прийняв частину навчального візиту. Перший пункт подання."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Цей проєкт відповідає першому пункту подання «Посилити підтримку "
                        "українського народу»: муніципалітет Алінгсоса долучається до співпраці "
                        "Гетеборзького регіону (GR) зі Львівщиною та пропонує приймати гостей під "
                        "час навчального візиту 2026 року.</p>"
                        "<p>За рекомендацією Шведської асоціації місцевих органів влади та "
                        "регіонів (SKR) GR розпочав діалог зі Львівщиною. Алінгсос робить свій "
                        "внесок: приймає частину навчального візиту і показує, як шведський "
                        "муніципалітет працює з послугами, місцевою демократією та громадянським "
                        "суспільством.</p>"
                    ),
                ),
                ("heading", {"text": "Заходи", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>Навчальний візит навесні 2026 року: підготовка разом із GR і день "
                        "візиту в Алінгсосі.</li>"
                        "<li>Підсумки візиту та подальша роль Алінгсоса у співпраці.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><i>Контрольні точки та записи про хід роботи на цій сторінці — "
                        "приклади з демоверсії порталу.</i></p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "text": "Про Гетеборзький регіон",
                        "page": None,
                        "external_url": "https://goteborgsregionen.se",
                    },
                ),
            ],
        },
        "en": {
            "title": "Taking part in GR’s cooperation with the Lviv region",
            "slug": "gr-cooperation",
            "intro": (
                "Alingsås takes part in the Gothenburg Region’s cooperation with the Lviv region "
                "and hosted part of the study visit in spring 2026. Point 1 of the motion."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>This project corresponds to the first point of the motion “Stärka "
                        "stödet till det ukrainska folket” (Strengthening support for the "
                        "Ukrainian people): Alingsås kommun takes part in the Gothenburg Region’s "
                        "(GR) cooperation with the Lviv region and offers to host visitors during "
                        "the study visit in 2026.</p>"
                        "<p>On the recommendation of the Swedish Association of Local Authorities "
                        "and Regions (SKR), GR has opened a dialogue with the Lviv region in "
                        "western Ukraine. Alingsås contributes by hosting part of the study visit "
                        "and by showing how a Swedish municipality works with services, local "
                        "democracy and civil society.</p>"
                    ),
                ),
                ("heading", {"text": "Activities", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>The study visit in spring 2026: planning with GR and the visit day in "
                        "Alingsås.</li>"
                        "<li>Follow-up of the study visit and Alingsås’s continued role in the "
                        "cooperation.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><i>The milestones and progress updates on this page are examples in "
                        "the portal’s demo version.</i></p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "text": "About the Gothenburg Region",
                        "page": None,
                        "external_url": "https://goteborgsregionen.se",
                    },
                ),
            ],
        },
        "milestones": [
            {
                "due_date": "2025-12-15",
                "status": "met",
                "date_met": "2025-12-05",
                "sv": "Alingsås har anmält intresse för besöksprogrammet till GR",
                "uk": "Алінгсос повідомив GR про бажання долучитися до програми візиту",
                "en": "Alingsås has told GR it wants to join the visit programme",
            },
            {
                "due_date": "2026-04-30",
                "status": "met",
                "date_met": "2026-04-22",
                "sv": "Alingsås del av studiebesöket genomförd",
                "uk": "Частину навчального візиту в Алінгсосі проведено",
                "en": "Alingsås’s part of the study visit held",
            },
            {
                "due_date": "2027-01-31",
                "status": "scheduled",
                "date_met": None,
                "sv": "Plan för Alingsås deltagande i GR:s samarbete under 2027",
                "uk": "План участі Алінгсоса у співпраці GR на 2027 рік",
                "en": "Plan for Alingsås’s part in GR’s cooperation in 2027",
            },
        ],
        "updates": [
            {
                "date": "2025-09-22",
                "sv": (
                    "Alingsås tog kontakt med GR för att få veta mer om samarbetet med "
                    "Lviv-regionen och om det planerade studiebesöket."
                ),
                "uk": (
                    "Алінгсос звернувся до GR, щоб більше дізнатися про співпрацю зі Львівщиною та "
                    "запланований навчальний візит."
                ),
                "en": (
                    "Alingsås contacted GR to find out more about the cooperation with the Lviv "
                    "region and the planned study visit."
                ),
            },
            {
                "date": "2025-12-05",
                "sv": (
                    "GR bjöd in medlemskommunerna att vara med i besöksprogrammet. Alingsås "
                    "anmälde att kommunen gärna tar emot en del av besöket."
                ),
                "uk": (
                    "GR запросив муніципалітети-члени долучитися до програми візиту. Алінгсос "
                    "повідомив, що охоче прийме частину візиту."
                ),
                "en": (
                    "GR invited its member municipalities to join the visit programme. Alingsås "
                    "replied that it would gladly host part of the visit."
                ),
            },
            {
                "date": "2026-10-06",
                "sv": "GR bjöd in värdkommunerna till en gemensam uppföljning av studiebesöket.",
                "uk": (
                    "GR запросив муніципалітети, які приймали гостей, на спільне підбиття "
                    "підсумків навчального візиту."
                ),
                "en": "GR invited the host municipalities to a joint follow-up of the study visit.",
            },
            {
                "date": "2026-11-12",
                "sv": (
                    "Arbetet med en plan för Alingsås deltagande i GR:s samarbete under 2027 har "
                    "börjat."
                ),
                "uk": "Розпочато роботу над планом участі Алінгсоса у співпраці GR на 2027 рік.",
                "en": "Work has started on a plan for Alingsås’s part in GR’s cooperation in 2027.",
            },
        ],
        "funding": [],
        "activities": [
            {
                "key": "study-visit-2026",
                "motion_point": 1,
                "status": "completion",
                "start_date": "2026-01-12",
                "end_date": "2026-05-15",
                "progress_manual": None,
                "weight": 2,
                "organisation": "alingsas",
                "partners": ["gr", "lviv-ova", "motesplats"],
                "topics": ["study-visits", "municipal-services", "civil-society"],
                "latitude": "57.93036",
                "longitude": "12.53287",
                "external_ids": [],
                "sv": {
                    "title": "Studiebesöket våren 2026",
                    "slug": "studiebesoket-2026",
                    "intro": (
                        "Planering och genomförande av den dag som delegationen från Lviv-regionen "
                        "tillbringade i Alingsås under GR:s studiebesök."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Våren 2026 besökte en delegation från Lviv-regionen "
                                "Göteborgsregionen. Alingsås tog emot en del av besöket: en dag om "
                                "kommunal service, lokal demokrati och samarbete med "
                                "civilsamhället, bland annat med ”Mötesplats Alingsås / Alingsås "
                                "stöttar Ukraina”.</p>"
                                "<p>Aktiviteten omfattade planeringen tillsammans med GR, de "
                                "praktiska förberedelserna, själva besöksdagen och en kort rapport "
                                "efteråt. Kommunen stod för kostnaderna för sin del av besöket.</p>"
                                "<p><i>Datumet och programmet i demon är exempel. Motionen anger "
                                "bara att studiebesöket planeras till våren 2026.</i></p>"
                            ),
                        ),
                    ],
                },
                "uk": {
                    "title": "Навчальний візит навесні 2026 року",
                    "slug": "navchalnyi-vizyt-2026",
                    "intro": (
                        "Підготовка і проведення дня, який делегація зі Львівщини провела в "
                        "Алінгсосі під час навчального візиту, організованого GR."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Навесні 2026 року делегація зі Львівщини відвідала "
                                "Гетеборзький регіон. Алінгсос прийняв частину візиту: день, "
                                "присвячений муніципальним послугам, місцевій демократії та "
                                "співпраці з громадянським суспільством, зокрема з ініціативою "
                                "«Mötesplats Alingsås / Alingsås stöttar Ukraina».</p>"
                                "<p>Захід охоплював підготовку програми разом із GR, організаційні "
                                "питання, сам день візиту і короткий звіт після нього. Витрати на "
                                "свою частину візиту муніципалітет покрив із власного бюджету.</p>"
                                "<p><i>Дата і програма в цій демоверсії — умовні. У поданні "
                                "сказано лише, що візит заплановано на весну 2026 року.</i></p>"
                            ),
                        ),
                    ],
                },
                "en": {
                    "title": "The study visit in spring 2026",
                    "slug": "study-visit-2026",
                    "intro": (
                        "Planning and running the day that the delegation from the Lviv region "
                        "spent in Alingsås during GR’s study visit."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>In spring 2026 a delegation from the Lviv region visited the "
                                "Gothenburg region. Alingsås hosted part of the visit: a day on "
                                "municipal services, local democracy and working with civil "
                                "society, including “Mötesplats Alingsås / Alingsås stöttar "
                                "Ukraina”.</p>"
                                "<p>The activity covered planning with GR, practical preparations, "
                                "the visit day itself and a short report afterwards. The "
                                "municipality paid for its own part of the visit.</p>"
                                "<p><i>The date and programme in this demo are examples. The "
                                "motion only says that the study visit is planned for spring "
                                "2026.</i></p>"
                            ),
                        ),
                    ],
                },
                "milestones": [
                    {
                        "due_date": "2026-03-15",
                        "status": "met",
                        "date_met": "2026-03-10",
                        "sv": "Programmet för dagen i Alingsås överenskommet med GR",
                        "uk": "Програму дня в Алінгсосі погоджено з GR",
                        "en": "Programme for the day in Alingsås agreed with GR",
                    },
                    {
                        "due_date": "2026-04-10",
                        "status": "met",
                        "date_met": "2026-04-08",
                        "sv": "Lokaler, tolkning och transporter ordnade",
                        "uk": "Приміщення, переклад і транспорт організовано",
                        "en": "Venues, interpreting and transport arranged",
                    },
                    {
                        "due_date": "2026-04-22",
                        "status": "met",
                        "date_met": "2026-04-22",
                        "sv": "Besöksdagen i Alingsås genomförd",
                        "uk": "День візиту в Алінгсосі проведено",
                        "en": "Visit day in Alingsås held",
                    },
                    {
                        "due_date": "2026-05-15",
                        "status": "met",
                        "date_met": "2026-05-06",
                        "sv": "Kort rapport från dagen publicerad",
                        "uk": "Короткий звіт про день візиту опубліковано",
                        "en": "Short report on the day published",
                    },
                ],
                "updates": [
                    {
                        "date": "2026-02-10",
                        "sv": (
                            "Planeringen med GR har börjat. Dagen i Alingsås ska handla om "
                            "kommunal service, lokal demokrati och civilsamhällets roll."
                        ),
                        "uk": (
                            "Розпочато підготовку разом із GR. День в Алінгсосі буде присвячено "
                            "муніципальним послугам, місцевій демократії та ролі громадянського "
                            "суспільства."
                        ),
                        "en": (
                            "Planning with GR has started. The day in Alingsås will focus on "
                            "municipal services, local democracy and the role of civil society."
                        ),
                    },
                    {
                        "date": "2026-04-22",
                        "sv": (
                            "Besöksdagen i Alingsås genomfördes enligt programmet, med ett möte "
                            "med Mötesplats Alingsås under eftermiddagen."
                        ),
                        "uk": (
                            "День візиту в Алінгсосі пройшов за програмою; після обіду гості "
                            "зустрілися з Mötesplats Alingsås."
                        ),
                        "en": (
                            "The visit day in Alingsås went ahead as planned, with a meeting with "
                            "Mötesplats Alingsås in the afternoon."
                        ),
                    },
                    {
                        "date": "2026-05-06",
                        "sv": "En kort rapport från dagen finns nu på evenemangssidan.",
                        "uk": "Короткий звіт про день візиту опубліковано на сторінці події.",
                        "en": "A short report on the day is now on the event page.",
                    },
                ],
                "funding": [
                    {
                        "funder": "alingsas",
                        "programme": None,
                        "amount": "50000",
                        "currency": "SEK",
                        "status": "granted",
                    },
                ],
            },
            {
                "key": "follow-up-gr",
                "motion_point": 1,
                "status": "implementation",
                "start_date": "2026-05-01",
                "end_date": None,
                "progress_manual": None,
                "weight": 1,
                "organisation": "alingsas",
                "partners": ["gr", "lviv-ova"],
                "topics": ["local-democracy", "study-visits"],
                "latitude": None,
                "longitude": None,
                "external_ids": [],
                "sv": {
                    "title": "Uppföljning av studiebesöket",
                    "slug": "uppfoljning-av-studiebesoket",
                    "intro": (
                        "Vad gav studiebesöket, och hur fortsätter Alingsås i GR:s samarbete med "
                        "Lviv-regionen?"
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Efter studiebesöket följer Alingsås och GR upp vad besöket gav "
                                "och hur samarbetet med Lviv-regionen kan fortsätta. "
                                "Erfarenheterna sammanfattas för kommunstyrelsen, och kommunen tar "
                                "fram ett förslag om sin fortsatta roll i GR:s samarbete.</p>"
                                "<p>Uppföljningen hänger ihop med motionens andra punkt: "
                                "kontakterna från besöket är en grund för att hitta en "
                                "samarbetspartner bland kommunerna i Lviv-regionen.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p><i>Milstolparna och lägesrapporterna på den här sidan är "
                                "exempel i portalens demoversion.</i></p>"
                            ),
                        ),
                    ],
                },
                "uk": {
                    "title": "Підсумки візиту та подальші кроки",
                    "slug": "pidsumky-vizytu",
                    "intro": (
                        "Що дав навчальний візит і як Алінгсос продовжить участь у співпраці GR зі "
                        "Львівщиною?"
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Після навчального візиту Алінгсос і GR підбивають підсумки: що "
                                "дав візит і як розвивати співпрацю зі Львівщиною далі. Висновки "
                                "узагальнюють для виконавчого комітету муніципалітету "
                                "(Kommunstyrelsen), а муніципалітет готує пропозицію щодо своєї "
                                "подальшої ролі у співпраці GR.</p>"
                                "<p>Ця робота повʼязана з другим пунктом подання: контакти, що "
                                "зʼявилися під час візиту, допоможуть знайти партнера серед громад "
                                "Львівщини.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p><i>Контрольні точки та записи про хід роботи на цій сторінці — "
                                "приклади з демоверсії порталу.</i></p>"
                            ),
                        ),
                    ],
                },
                "en": {
                    "title": "Follow-up of the study visit",
                    "slug": "follow-up-study-visit",
                    "intro": (
                        "What did the study visit achieve, and how will Alingsås continue in GR’s "
                        "cooperation with the Lviv region?"
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>After the study visit, Alingsås and GR are following up what "
                                "the visit achieved and how the cooperation with the Lviv region "
                                "can continue. The lessons are summarised for the municipal "
                                "executive board (Kommunstyrelsen), and the municipality is "
                                "drafting a proposal for its continued role in GR’s "
                                "cooperation.</p>"
                                "<p>The follow-up is linked to the motion’s second point: the "
                                "contacts made during the visit are a basis for finding a partner "
                                "among the hromadas of the Lviv region.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p><i>The milestones and progress updates on this page are "
                                "examples in the portal’s demo version.</i></p>"
                            ),
                        ),
                    ],
                },
                "milestones": [
                    {
                        "due_date": "2026-06-30",
                        "status": "met",
                        "date_met": "2026-06-16",
                        "sv": "Erfarenheterna från besöket sammanfattade för kommunstyrelsen",
                        "uk": "Висновки з візиту узагальнено для виконавчого комітету",
                        "en": "Lessons from the visit summarised for the executive board",
                    },
                    {
                        "due_date": "2026-10-31",
                        "status": "partially_met",
                        "date_met": "2026-10-27",
                        "sv": "Gemensam uppföljning med GR och de andra värdkommunerna",
                        "uk": (
                            "Спільне підбиття підсумків з GR та іншими муніципалітетами-господарями"
                        ),
                        "en": "Joint follow-up with GR and the other host municipalities",
                    },
                    {
                        "due_date": "2027-02-28",
                        "status": "scheduled",
                        "date_met": None,
                        "sv": "Förslag om Alingsås fortsatta roll i samarbetet",
                        "uk": "Пропозиція щодо подальшої ролі Алінгсоса у співпраці",
                        "en": "Proposal for Alingsås’s continued role in the cooperation",
                    },
                ],
                "updates": [
                    {
                        "date": "2026-06-16",
                        "sv": (
                            "En sammanfattning av erfarenheterna från studiebesöket har lämnats "
                            "till kommunstyrelsen."
                        ),
                        "uk": (
                            "Узагальнення висновків з навчального візиту передано виконавчому "
                            "комітету муніципалітету."
                        ),
                        "en": (
                            "A summary of the lessons from the study visit has been given to the "
                            "municipal executive board."
                        ),
                    },
                    {
                        "date": "2026-10-27",
                        "sv": (
                            "Uppföljningsmötet med GR och de andra värdkommunerna hölls digitalt. "
                            "Den gemensamma skriftliga sammanfattningen är ännu inte klar."
                        ),
                        "uk": (
                            "Підсумкову зустріч з GR та іншими муніципалітетами-господарями "
                            "провели онлайн. Спільне письмове резюме ще не готове."
                        ),
                        "en": (
                            "The follow-up meeting with GR and the other host municipalities was "
                            "held online. The joint written summary is not finished yet."
                        ),
                    },
                    {
                        "date": "2026-11-16",
                        "sv": (
                            "Arbetet med ett förslag om Alingsås fortsatta roll i samarbetet har "
                            "börjat."
                        ),
                        "uk": (
                            "Розпочато підготовку пропозиції щодо подальшої ролі Алінгсоса у "
                            "співпраці."
                        ),
                        "en": (
                            "Work has started on a proposal for Alingsås’s continued role in the "
                            "cooperation."
                        ),
                    },
                ],
                "funding": [],
            },
        ],
    },
    {
        "key": "partner-hromada",
        "motion_point": 2,
        "status": "preparation",
        "start_date": "2026-01-15",
        "end_date": None,
        "progress_manual": None,
        "weight": 1,
        "organisation": "alingsas",
        "partners": ["lviv-ova", "gr"],
        "topics": ["local-democracy", "reconstruction", "refugee-support", "funding"],
        "latitude": None,
        "longitude": None,
        "external_ids": [],
        "sv": {
            "title": "Att hitta en partnerkommun i Lviv-regionen",
            "slug": "partnerkommun-i-lviv-regionen",
            "intro": (
                "Alingsås utvecklar kontakterna med Lviv-regionen och söker en samarbetspartner "
                "bland kommuner med behov av stöd och samverkan. Motionens andra punkt."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Projektet motsvarar motionens andra punkt: kommunstyrelsen ska "
                        "utveckla kontakter med Lviv-regionen och söka en samarbetspartner bland "
                        "kommuner med behov av stöd och samverkan.</p>"
                        "<p>En ukrainsk kommun kallas hromada (громада). Efter "
                        "decentraliseringsreformen ansvarar hromadorna för en stor del av den "
                        "lokala servicen, och många av dem har tagit emot internflyktingar sedan "
                        "Rysslands fullskaliga invasion.</p>"
                    ),
                ),
                ("heading", {"text": "Finansiering", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Samarbeten med ukrainska kommuner kan ofta få extern finansiering. I "
                        "demon visas en ansökan till ICLD:s program för kommunala partnerskap (i "
                        "kronor), en till Cities4Cities/Polaris (i euro) och en ansökan om "
                        "medfinansiering i Lviv-regionen (i hryvnia). Ingen av dem är beviljad.</p>"
                        "<p><i>Milstolparna, lägesrapporterna och beloppen på den här sidan är "
                        "exempel i portalens demoversion.</i></p>"
                    ),
                ),
            ],
        },
        "uk": {
            "title": "Пошук громади-партнера на Львівщині",
            "slug": "poshuk-hromady-partnera",
            "intro": (
                "Алінгсос розвиває контакти зі Львівщиною і шукає партнера серед громад, які "
                "потребують підтримки та співпраці. Другий пункт подання."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Цей проєкт відповідає другому пункту подання: виконавчий комітет "
                        "муніципалітету має розвивати контакти зі Львівщиною та шукати партнера "
                        "серед громад, які потребують підтримки та співпраці.</p>"
                        "<p>Після реформи децентралізації саме громади надають значну частину "
                        "місцевих послуг, і багато з них від початку повномасштабного вторгнення "
                        "Росії прийняли внутрішньо переміщених осіб.</p>"
                    ),
                ),
                ("heading", {"text": "Фінансування", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Для співпраці з українськими громадами часто можна залучити зовнішнє "
                        "фінансування. У демоверсії показано заявку до програми муніципального "
                        "партнерства ICLD (у кронах), заявку до Cities4Cities/Polaris (у євро) і "
                        "запит на співфінансування на Львівщині (у гривнях). Жодну з них ще не "
                        "схвалено.</p>"
                        "<p><i>Контрольні точки, записи про хід роботи та суми на цій сторінці — "
                        "приклади з демоверсії порталу.</i></p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Finding a partner hromada in the Lviv region",
            "slug": "partner-hromada",
            "intro": (
                "Alingsås is developing contacts with the Lviv region and looking for a partner "
                "among hromadas that need support and cooperation. Point 2 of the motion."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>This project corresponds to the motion’s second point: the municipal "
                        "executive board is to develop contacts with the Lviv region and look for "
                        "a partner among municipalities that need support and cooperation.</p>"
                        "<p>In Ukraine a municipality is called a hromada (громада). Since the "
                        "decentralisation reform, hromadas provide much of the local services, and "
                        "many of them have taken in internally displaced people since Russia’s "
                        "full-scale invasion.</p>"
                    ),
                ),
                ("heading", {"text": "Funding", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Cooperation with Ukrainian municipalities can often attract external "
                        "funding. The demo shows an application to ICLD’s Municipal Partnership "
                        "Programme (in kronor), one to Cities4Cities/Polaris (in euros) and a "
                        "request for co-financing in the Lviv region (in hryvnias). None of them "
                        "has been granted.</p>"
                        "<p><i>The milestones, progress updates and amounts on this page are "
                        "examples in the portal’s demo version.</i></p>"
                    ),
                ),
            ],
        },
        "milestones": [
            {
                "due_date": "2026-06-30",
                "status": "met",
                "date_met": "2026-06-11",
                "sv": "Första digitala mötet med partner i Lviv-regionen",
                "uk": "Перша онлайн-зустріч з партнерами на Львівщині",
                "en": "First online meeting with partners in the Lviv region",
            },
            {
                "due_date": "2026-09-30",
                "status": "not_met",
                "date_met": None,
                "sv": "Avsiktsförklaring undertecknad med en partnerkommun",
                "uk": "Підписано лист про наміри з громадою-партнером",
                "en": "Letter of intent signed with a partner hromada",
            },
            {
                "due_date": "2026-10-15",
                "status": "met",
                "date_met": "2026-10-13",
                "sv": "Ansökan om förberedelsefas lämnad till ICLD",
                "uk": "Заявку на підготовчий етап подано до ICLD",
                "en": "Application for a preparation phase submitted to ICLD",
            },
            {
                "due_date": "2027-04-30",
                "status": "scheduled",
                "date_met": None,
                "sv": "Gemensam arbetsplan med partnerkommunen",
                "uk": "Спільний план роботи з громадою-партнером",
                "en": "Joint work plan with the partner hromada",
            },
        ],
        "updates": [
            {
                "date": "2026-02-18",
                "sv": (
                    "Alingsås beskrev för GR och partnerna i Lviv-regionen vad kommunen kan "
                    "erbjuda i ett partnerskap."
                ),
                "uk": (
                    "Алінгсос розповів GR і партнерам на Львівщині, що муніципалітет може "
                    "запропонувати в партнерстві."
                ),
                "en": (
                    "Alingsås described to GR and the partners in the Lviv region what the "
                    "municipality can offer in a partnership."
                ),
            },
            {
                "date": "2026-06-11",
                "sv": (
                    "Första digitala mötet med partner i Lviv-regionen: parterna berättade om "
                    "behov och möjliga samarbetsområden."
                ),
                "uk": (
                    "Перша онлайн-зустріч з партнерами на Львівщині: сторони розповіли про потреби "
                    "та можливі напрями співпраці."
                ),
                "en": (
                    "First online meeting with partners in the Lviv region: the parties described "
                    "their needs and possible areas of cooperation."
                ),
            },
            {
                "date": "2026-10-13",
                "sv": (
                    "En ansökan om förberedelsefas har lämnats till ICLD tillsammans med en "
                    "tänkbar partnerkommun. Ansökningar har också gjorts till "
                    "Cities4Cities/Polaris och om medfinansiering i Lviv-regionen."
                ),
                "uk": (
                    "Разом із потенційною громадою-партнером подано заявку на підготовчий етап до "
                    "ICLD. Також подано заявку до Cities4Cities/Polaris і запит на "
                    "співфінансування на Львівщині."
                ),
                "en": (
                    "An application for a preparation phase has been submitted to ICLD together "
                    "with a possible partner hromada. Applications have also gone to "
                    "Cities4Cities/Polaris and for co-financing in the Lviv region."
                ),
            },
            {
                "date": "2026-11-05",
                "sv": (
                    "Avsiktsförklaringen som planerades till september har skjutits upp. Parterna "
                    "tar upp den igen på det digitala partnermötet i februari 2027."
                ),
                "uk": (
                    "Підписання листа про наміри, заплановане на вересень, перенесено. Сторони "
                    "повернуться до нього на онлайн-зустрічі партнерів у лютому 2027 року."
                ),
                "en": (
                    "The letter of intent planned for September has been postponed. The partners "
                    "will return to it at the online partner meeting in February 2027."
                ),
            },
        ],
        "funding": [
            {
                "funder": "icld",
                "programme": "icld-municipal-partnership",
                "amount": "250000",
                "currency": "SEK",
                "status": "applied",
            },
            {
                "funder": "skr",
                "programme": "cities4cities",
                "amount": "10000",
                "currency": "EUR",
                "status": "applied",
            },
            {
                "funder": "lviv-ova",
                "programme": None,
                "amount": "400000",
                "currency": "UAH",
                "status": "applied",
            },
        ],
        "activities": [],
    },
    {
        "key": "local-support",
        "motion_point": 3,
        "status": "identification",
        "start_date": "2026-05-01",
        "end_date": None,
        "progress_manual": 20,
        "weight": 1,
        "organisation": "alingsas",
        "partners": ["motesplats", "equmeniakyrkan"],
        "topics": ["refugee-support", "civil-society"],
        "latitude": "57.93036",
        "longitude": "12.53287",
        "external_ids": [],
        "sv": {
            "title": "Samarbete med Mötesplats Alingsås",
            "slug": "samarbete-med-motesplats-alingsas",
            "intro": (
                "Kommunen utreder hur den kan samarbeta med ”Mötesplats Alingsås / Alingsås "
                "stöttar Ukraina” för att stärka stödet till ukrainska flyktingar lokalt. "
                "Motionens tredje punkt."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Projektet motsvarar motionens tredje punkt: att utreda hur kommunen "
                        "kan samarbeta med ”Mötesplats Alingsås / Alingsås stöttar Ukraina” för "
                        "att stärka stödet till ukrainska flyktingar lokalt. Equmeniakyrkan är en "
                        "av de drivande krafterna bakom initiativet.</p>"
                    ),
                ),
                ("heading", {"text": "Vad utredningen ska svara på", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>Vilket stöd ukrainare i Alingsås behöver i dag.</li>"
                        "<li>Vad initiativet och kommunen redan gör, och var de kan komplettera "
                        "varandra.</li>"
                        "<li>Vilka former ett samarbete kan ta.</li>"
                        "</ul>"
                        "<p>Utredningen är i ett tidigt skede och planeras att redovisas för "
                        "kommunstyrelsen under våren 2027.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><i>Milstolparna och lägesrapporterna på den här sidan är exempel i "
                        "portalens demoversion.</i></p>"
                    ),
                ),
            ],
        },
        "uk": {
            "title": "Співпраця з Mötesplats Alingsås",
            "slug": "spivpratsia-z-motesplats-alingsas",
            "intro": (
                "Муніципалітет зʼясовує, як співпрацювати з «Mötesplats Alingsås / Alingsås "
                "stöttar Ukraina», щоб посилити підтримку українських біженців на місці. Третій "
                "пункт подання."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Цей проєкт відповідає третьому пункту подання: зʼясувати, як "
                        "муніципалітет може співпрацювати з ініціативою «Mötesplats Alingsås / "
                        "Alingsås stöttar Ukraina», щоб посилити підтримку українських біженців "
                        "тут, на місці. Одна з рушійних сил ініціативи — церква Equmeniakyrkan.</p>"
                    ),
                ),
                ("heading", {"text": "На які питання має відповісти дослідження", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>Якої підтримки потребують українці в Алінгсосі сьогодні.</li>"
                        "<li>Що вже роблять ініціатива і муніципалітет і де вони можуть "
                        "доповнювати одне одного.</li>"
                        "<li>Якою може бути форма співпраці.</li>"
                        "</ul>"
                        "<p>Робота перебуває на початковому етапі; результати планують представити "
                        "виконавчому комітету муніципалітету навесні 2027 року.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><i>Контрольні точки та записи про хід роботи на цій сторінці — "
                        "приклади з демоверсії порталу.</i></p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Working with Mötesplats Alingsås",
            "slug": "working-with-motesplats-alingsas",
            "intro": (
                "The municipality is investigating how it can work with “Mötesplats Alingsås / "
                "Alingsås stöttar Ukraina” to strengthen support for Ukrainian refugees locally. "
                "Point 3 of the motion."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>This project corresponds to the motion’s third point: investigating "
                        "how the municipality can work with “Mötesplats Alingsås / Alingsås "
                        "stöttar Ukraina” to strengthen support for Ukrainian refugees locally. "
                        "Equmeniakyrkan is one of the driving forces behind the initiative.</p>"
                    ),
                ),
                ("heading", {"text": "What the investigation is to answer", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>What support Ukrainians in Alingsås need today.</li>"
                        "<li>What the initiative and the municipality already do, and where they "
                        "can complement each other.</li>"
                        "<li>What form cooperation could take.</li>"
                        "</ul>"
                        "<p>The investigation is at an early stage and is due to be presented to "
                        "the municipal executive board in spring 2027.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><i>The milestones and progress updates on this page are examples in "
                        "the portal’s demo version.</i></p>"
                    ),
                ),
            ],
        },
        "milestones": [
            {
                "due_date": "2027-03-31",
                "status": "scheduled",
                "date_met": None,
                "sv": "Utredningen redovisad för kommunstyrelsen",
                "uk": "Результати дослідження представлено виконавчому комітету",
                "en": "Investigation presented to the municipal executive board",
            },
        ],
        "updates": [
            {
                "date": "2026-05-27",
                "sv": (
                    "Utredningen har börjat. Kommunen har bjudit in Mötesplats Alingsås till ett "
                    "första samtal."
                ),
                "uk": (
                    "Роботу розпочато. Муніципалітет запросив Mötesplats Alingsås на першу розмову."
                ),
                "en": (
                    "The investigation has started. The municipality has invited Mötesplats "
                    "Alingsås to a first conversation."
                ),
            },
            {
                "date": "2026-09-08",
                "sv": (
                    "Kommunen träffade Mötesplats Alingsås och Equmeniakyrkan för att samtala om "
                    "vilka behov ukrainare i Alingsås har i dag."
                ),
                "uk": (
                    "Представники муніципалітету зустрілися з Mötesplats Alingsås та "
                    "Equmeniakyrkan, щоб поговорити про сьогоднішні потреби українців в Алінгсосі."
                ),
                "en": (
                    "The municipality met Mötesplats Alingsås and Equmeniakyrkan to talk about "
                    "what Ukrainians in Alingsås need today."
                ),
            },
            {
                "date": "2026-10-21",
                "sv": (
                    "Kommunens förvaltningar har beskrivit det stöd de redan ger ukrainare i "
                    "Alingsås, som underlag för utredningen."
                ),
                "uk": (
                    "Підрозділи муніципалітету описали підтримку, яку вже надають українцям в "
                    "Алінгсосі; це стане основою для дослідження."
                ),
                "en": (
                    "The municipality’s departments have described the support they already give "
                    "Ukrainians in Alingsås, as input to the investigation."
                ),
            },
            {
                "date": "2026-11-17",
                "sv": (
                    "Preliminära alternativ för ett samarbete diskuterades med Mötesplats Alingsås."
                ),
                "uk": "Попередні варіанти співпраці обговорили з Mötesplats Alingsås.",
                "en": (
                    "Preliminary options for cooperation were discussed with Mötesplats Alingsås."
                ),
            },
        ],
        "funding": [],
        "activities": [],
    },
]

EVENTS = [
    {
        "key": "study-visit-2026",
        "start": "2026-04-22T09:00",
        "end": "2026-04-22T16:00",
        "time_zone": "Europe/Stockholm",
        "format": "in_person",
        "online_url": "",
        "registration_url": "",
        "organisation": "gr",
        "topics": ["study-visits", "local-democracy", "municipal-services", "civil-society"],
        "attendee_count": None,
        "sv": {
            "title": "Studiebesök från Lviv-regionen i Alingsås",
            "slug": "studiebesok-fran-lviv-regionen",
            "intro": (
                "En dag i Alingsås under Göteborgsregionens studiebesök från Lviv-regionen, om "
                "kommunal service, lokal demokrati och civilsamhällets roll."
            ),
            "location": "Alingsås",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Våren 2026 besöker en delegation från Lviv-regionen Göteborgsregionen "
                        "(GR). Besöket är en del av GR:s samarbete med Lviv-regionen, som inleddes "
                        "på rekommendation av Sveriges Kommuner och Regioner (SKR). GR har bjudit "
                        "in sina medlemskommuner att vara en del av besöksprogrammet.</p>"
                        "<p>I Alingsås får delegationen se hur en svensk kommun arbetar med "
                        "service till invånarna och med lokal demokrati. Gästerna träffar också "
                        "”Mötesplats Alingsås / Alingsås stöttar Ukraina”, där Equmeniakyrkan är "
                        "en av de drivande krafterna. Dagen avslutas med ett samtal om hur "
                        "samarbetet kan fortsätta.</p>"
                        "<p><i>Datumet och programmet på den här sidan är exempel i portalens "
                        "demoversion. Motionen anger bara att studiebesöket planeras till våren "
                        "2026.</i></p>"
                    ),
                ),
            ],
            "report": (
                "<p>Besöksdagen började med ett välkomnande och en presentation av hur kommunen är "
                "organiserad och styrs. Därefter besökte gästerna några av kommunens verksamheter "
                "och fick se hur servicen till invånarna fungerar i praktiken.</p>"
                "<p>Under eftermiddagen träffade delegationen ”Mötesplats Alingsås / Alingsås "
                "stöttar Ukraina”. Samtalet handlade om hur civilsamhället och kommunen "
                "tillsammans kan stötta ukrainare som bor i Alingsås. Dagen avslutades med ett "
                "samtal om fortsatt samarbete. Erfarenheterna följs upp tillsammans med GR.</p>"
            ),
        },
        "uk": {
            "title": "Навчальний візит делегації зі Львівщини до Алінгсоса",
            "slug": "navchalnyi-vizyt-do-alinhsosa",
            "intro": (
                "День в Алінгсосі під час навчального візиту зі Львівщини до Гетеборзького "
                "регіону: муніципальні послуги, місцева демократія та роль громадянського "
                "суспільства."
            ),
            "location": "Алінгсос",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Навесні 2026 року делегація зі Львівщини відвідує Гетеборзький регіон "
                        "(GR). Візит — частина співпраці GR зі Львівщиною, яку розпочали за "
                        "рекомендацією Шведської асоціації місцевих органів влади та регіонів "
                        "(SKR). GR запросив свої муніципалітети долучитися до програми візиту.</p>"
                        "<p>В Алінгсосі делегація побачить, як шведський муніципалітет надає "
                        "послуги мешканцям і як працює місцева демократія. Гості також "
                        "зустрінуться з ініціативою «Mötesplats Alingsås / Alingsås stöttar "
                        "Ukraina», однією з рушійних сил якої є церква Equmeniakyrkan. Наприкінці "
                        "дня йтиметься про те, як розвивати співпрацю далі.</p>"
                        "<p><i>Дата і програма на цій сторінці — умовні, це приклад із демоверсії "
                        "порталу. У поданні сказано лише, що навчальний візит заплановано на весну "
                        "2026 року.</i></p>"
                    ),
                ),
            ],
            "report": (
                "<p>День візиту розпочався з привітання і розповіді про те, як організовано й як "
                "управляється муніципалітет. Потім гості відвідали кілька муніципальних установ і "
                "побачили, як послуги для мешканців працюють на практиці.</p>"
                "<p>Після обіду делегація зустрілася з ініціативою «Mötesplats Alingsås / Alingsås "
                "stöttar Ukraina». Говорили про те, як громадянське суспільство і муніципалітет "
                "можуть разом підтримувати українців, які живуть в Алінгсосі. Наприкінці дня "
                "обговорили подальшу співпрацю. Підсумки візиту підбиватимуть разом із GR.</p>"
            ),
        },
        "en": {
            "title": "Study visit from the Lviv region to Alingsås",
            "slug": "study-visit-lviv-region",
            "intro": (
                "A day in Alingsås during the Gothenburg Region’s study visit from the Lviv "
                "region, on municipal services, local democracy and the role of civil society."
            ),
            "location": "Alingsås",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>In spring 2026 a delegation from the Lviv region visits the Gothenburg "
                        "Region (GR). The visit is part of GR’s cooperation with the Lviv region, "
                        "begun on the recommendation of the Swedish Association of Local "
                        "Authorities and Regions (SKR). GR has invited its member municipalities "
                        "to be part of the visit programme.</p>"
                        "<p>In Alingsås the delegation will see how a Swedish municipality "
                        "provides services to its residents and how local democracy works. The "
                        "guests will also meet “Mötesplats Alingsås / Alingsås stöttar Ukraina”, "
                        "where Equmeniakyrkan is one of the driving forces. The day ends with a "
                        "discussion on how the cooperation can continue.</p>"
                        "<p><i>The date and programme on this page are examples in the portal’s "
                        "demo version. The motion only says that the study visit is planned for "
                        "spring 2026.</i></p>"
                    ),
                ),
            ],
            "report": (
                "<p>The visit day began with a welcome and a presentation of how the municipality "
                "is organised and governed. The guests then visited some of the municipality’s "
                "services and saw how services for residents work in practice.</p>"
                "<p>In the afternoon the delegation met “Mötesplats Alingsås / Alingsås stöttar "
                "Ukraina”. The conversation was about how civil society and the municipality can "
                "together support Ukrainians living in Alingsås. The day ended with a discussion "
                "on further cooperation. The lessons will be followed up together with GR.</p>"
            ),
        },
        "agenda": [
            {
                "time": "09:00",
                "sv": {
                    "title": "Välkommen till Alingsås",
                    "description": (
                        "Kommunen hälsar delegationen välkommen och berättar hur en svensk kommun "
                        "är organiserad och styrs."
                    ),
                },
                "uk": {
                    "title": "Ласкаво просимо до Алінгсоса",
                    "description": (
                        "Муніципалітет вітає делегацію і розповідає, як організовано та як "
                        "управляється шведський муніципалітет."
                    ),
                },
                "en": {
                    "title": "Welcome to Alingsås",
                    "description": (
                        "The municipality welcomes the delegation and explains how a Swedish "
                        "municipality is organised and governed."
                    ),
                },
            },
            {
                "time": "09:45",
                "sv": {
                    "title": "Besök i kommunens verksamheter",
                    "description": (
                        "Gästerna besöker några av kommunens verksamheter och ser hur servicen "
                        "till invånarna fungerar i praktiken."
                    ),
                },
                "uk": {
                    "title": "Відвідини муніципальних установ",
                    "description": (
                        "Гості відвідують кілька муніципальних установ і бачать, як послуги для "
                        "мешканців працюють на практиці."
                    ),
                },
                "en": {
                    "title": "Visit to municipal services",
                    "description": (
                        "The guests visit some of the municipality’s services and see how services "
                        "for residents work in practice."
                    ),
                },
            },
            {
                "time": "13:00",
                "sv": {
                    "title": "Möte med Mötesplats Alingsås",
                    "description": (
                        "Samtal med ”Mötesplats Alingsås / Alingsås stöttar Ukraina” om "
                        "civilsamhällets stöd till ukrainare i Alingsås."
                    ),
                },
                "uk": {
                    "title": "Зустріч з Mötesplats Alingsås",
                    "description": (
                        "Розмова з ініціативою «Mötesplats Alingsås / Alingsås stöttar Ukraina» "
                        "про те, як громадянське суспільство підтримує українців в Алінгсосі."
                    ),
                },
                "en": {
                    "title": "Meeting with Mötesplats Alingsås",
                    "description": (
                        "A conversation with “Mötesplats Alingsås / Alingsås stöttar Ukraina” "
                        "about civil society’s support for Ukrainians in Alingsås."
                    ),
                },
            },
            {
                "time": "14:30",
                "sv": {
                    "title": "Samtal om fortsatt samarbete",
                    "description": (
                        "Hur kan kontakterna mellan Alingsås och kommunerna i Lviv-regionen "
                        "fortsätta efter besöket?"
                    ),
                },
                "uk": {
                    "title": "Обговорення подальшої співпраці",
                    "description": (
                        "Як розвивати контакти між Алінгсосом і громадами Львівщини після візиту?"
                    ),
                },
                "en": {
                    "title": "Discussion on future cooperation",
                    "description": (
                        "How can contacts between Alingsås and the hromadas of the Lviv region "
                        "continue after the visit?"
                    ),
                },
            },
            {
                "time": "15:30",
                "sv": {
                    "title": "Sammanfattning",
                    "description": "Vi summerar dagen och kommer överens om nästa steg.",
                },
                "uk": {
                    "title": "Підсумки дня",
                    "description": "Підбиваємо підсумки дня і домовляємося про наступні кроки.",
                },
                "en": {
                    "title": "Summary",
                    "description": "We sum up the day and agree on the next steps.",
                },
            },
        ],
    },
    {
        "key": "partner-meeting-2027",
        "start": "2027-02-10T14:00",
        "end": "2027-02-10T15:30",
        "time_zone": "Europe/Kyiv",
        "format": "online",
        "online_url": "https://example.org/meeting",
        "registration_url": "",
        "organisation": "lviv-ova",
        "topics": ["local-democracy", "reconstruction", "funding"],
        "attendee_count": None,
        "sv": {
            "title": "Digitalt partnermöte i februari 2027",
            "slug": "digitalt-partnermote-2027",
            "intro": (
                "Företrädare för Lviv-regionen och Alingsås kommun ses digitalt för att diskutera "
                "nästa steg i partnerskapet."
            ),
            "location": "Online",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>På mötet går parterna igenom hur arbetet med att hitta en "
                        "partnerkommun för Alingsås går, hur det står till med ansökningarna om "
                        "finansiering och vilka frågor som återstår innan en avsiktsförklaring kan "
                        "undertecknas.</p>"
                        "<p>Mötet börjar klockan 14.00 ukrainsk tid, det vill säga 13.00 svensk "
                        "tid. Arbetsspråket är engelska. Mötet arrangeras av Lvivs regionala "
                        "(militära) administration.</p>"
                        "<p><i>Möteslänken i portalens demoversion är bara ett exempel.</i></p>"
                    ),
                ),
            ],
            "report": "",
        },
        "uk": {
            "title": "Онлайн-зустріч партнерів у лютому 2027 року",
            "slug": "onlain-zustrich-partneriv-2027",
            "intro": (
                "Представники Львівщини та муніципалітету Алінгсоса зустрінуться онлайн, щоб "
                "обговорити наступні кроки партнерства."
            ),
            "location": "Онлайн",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Під час зустрічі партнери обговорять, як просувається пошук "
                        "громади-партнера для Алінгсоса, на якому етапі заявки на фінансування і "
                        "які питання ще треба узгодити перед підписанням листа про наміри.</p>"
                        "<p>Початок о 14:00 за київським часом (13:00 за шведським). Робоча мова — "
                        "англійська. Організатор — Львівська обласна військова адміністрація.</p>"
                        "<p><i>Посилання на зустріч у демоверсії порталу — умовне.</i></p>"
                    ),
                ),
            ],
            "report": "",
        },
        "en": {
            "title": "Online partner meeting, February 2027",
            "slug": "online-partner-meeting-2027",
            "intro": (
                "Representatives of the Lviv region and Alingsås Municipality meet online to "
                "discuss the next steps in the partnership."
            ),
            "location": "Online",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>At the meeting the partners will review how the search for a partner "
                        "hromada for Alingsås is going, where the funding applications stand and "
                        "which questions remain to be settled before a letter of intent can be "
                        "signed.</p>"
                        "<p>The meeting starts at 14:00 Ukrainian time, which is 13:00 Swedish "
                        "time. The working language is English. The meeting is organised by the "
                        "Lviv Regional (Military) Administration.</p>"
                        "<p><i>The meeting link in the portal’s demo version is only an "
                        "example.</i></p>"
                    ),
                ),
            ],
            "report": "",
        },
        "agenda": [
            {
                "time": "14:00",
                "sv": {
                    "title": "Inledning",
                    "description": (
                        "Välkommen och en kort genomgång av vad som hänt sedan förra mötet."
                    ),
                },
                "uk": {
                    "title": "Відкриття зустрічі",
                    "description": (
                        "Привітання та короткий огляд того, що зроблено з минулої зустрічі."
                    ),
                },
                "en": {
                    "title": "Opening",
                    "description": (
                        "Welcome and a short review of what has happened since the last meeting."
                    ),
                },
            },
            {
                "time": "14:10",
                "sv": {
                    "title": "Nytt från Lviv-regionen",
                    "description": (
                        "Kommunerna i Lviv-regionen berättar om sina behov och vad de förväntar "
                        "sig av ett partnerskap."
                    ),
                },
                "uk": {
                    "title": "Новини з громад Львівщини",
                    "description": (
                        "Громади Львівщини розповідають про свої потреби та очікування від "
                        "партнерства."
                    ),
                },
                "en": {
                    "title": "News from the Lviv region",
                    "description": (
                        "Hromadas of the Lviv region describe their needs and what they expect "
                        "from a partnership."
                    ),
                },
            },
            {
                "time": "14:40",
                "sv": {
                    "title": "Nytt från Alingsås",
                    "description": (
                        "Alingsås kommun berättar om ansökningarna om finansiering och arbetet med "
                        "avsiktsförklaringen."
                    ),
                },
                "uk": {
                    "title": "Новини з Алінгсоса",
                    "description": (
                        "Муніципалітет Алінгсоса розповідає про заявки на фінансування і "
                        "підготовку листа про наміри."
                    ),
                },
                "en": {
                    "title": "News from Alingsås",
                    "description": (
                        "Alingsås Municipality reports on the funding applications and the work on "
                        "the letter of intent."
                    ),
                },
            },
            {
                "time": "15:10",
                "sv": {
                    "title": "Nästa steg",
                    "description": (
                        "Vi kommer överens om gemensamma prioriteringar och en arbetsplan för 2027."
                    ),
                },
                "uk": {
                    "title": "Наступні кроки",
                    "description": (
                        "Домовляємося про спільні пріоритети та план роботи на 2027 рік."
                    ),
                },
                "en": {
                    "title": "Next steps",
                    "description": "We agree on shared priorities and a work plan for 2027.",
                },
            },
        ],
    },
]

NEWS = [
    {
        "key": "motion-support-ukraine",
        "date": "2025-09-03",
        "organisation": "alingsas",
        "topics": ["local-democracy", "refugee-support", "civil-society"],
        "related_projects": ["gr-cooperation", "partner-hromada", "local-support"],
        "sv": {
            "title": "Motion föreslår att Alingsås stärker stödet till Ukraina",
            "slug": "motion-starka-stodet-till-ukraina",
            "intro": (
                "En motion till kommunfullmäktige föreslår att Alingsås deltar i "
                "Göteborgsregionens samarbete med Lviv-regionen och stärker stödet till ukrainare "
                "på hemmaplan."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Motionen ”Stärka stödet till det ukrainska folket” lyfter fram det "
                        "arbete som föreningslivet, civilsamhället, kommunen och många invånare i "
                        "Alingsås har gjort sedan Rysslands invasion av Ukraina 2022. Nu föreslås "
                        "att kommunen tar nästa steg.</p>"
                        "<p>Motionen innehåller tre förslag: att Alingsås deltar i "
                        "Göteborgsregionens (GR) samarbete med Lviv-regionen och tar emot besök "
                        "vid studiebesöket 2026, att kommunstyrelsen utvecklar kontakter och söker "
                        "en samarbetspartner bland kommuner med behov av stöd, och att kommunen "
                        "utreder ett samarbete med ”Mötesplats Alingsås / Alingsås stöttar "
                        "Ukraina”.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Genom att delta i samarbetet med Lviv-regionen och stötta ”Mötesplats "
                            "Alingsås / Alingsås stöttar Ukraina”, där Equmeniakyrkan är en av de "
                            "drivande krafterna, kan kommunen stärka både lokal delaktighet och "
                            "internationell solidaritet."
                        ),
                        "attribution": "Motion till Alingsås kommunfullmäktige",
                    },
                ),
                ("paragraph", "<p>Det är kommunfullmäktige som beslutar om förslagen.</p>"),
            ],
        },
        "uk": {
            "title": "Подання пропонує Алінгсосу посилити підтримку України",
            "slug": "podannia-posylyty-pidtrymku-ukrainy",
            "intro": (
                "Подання до муніципальної ради пропонує, щоб Алінгсос долучився до співпраці "
                "Гетеборзького регіону зі Львівщиною та посилив підтримку українців на місці."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Подання «Посилити підтримку українського народу» відзначає, що зробили "
                        "громадські обʼєднання, громадянське суспільство, муніципалітет і чимало "
                        "мешканців Алінгсоса від початку російського вторгнення в Україну у 2022 "
                        "році. Тепер муніципалітету пропонують зробити наступний крок.</p>"
                        "<p>Подання містить три пропозиції: долучитися до співпраці Гетеборзького "
                        "регіону (GR) зі Львівщиною та прийняти гостей під час навчального візиту "
                        "2026 року; доручити виконавчому комітету розвивати контакти й шукати "
                        "партнера серед громад, які потребують підтримки; зʼясувати, як "
                        "муніципалітет може співпрацювати з ініціативою «Mötesplats Alingsås / "
                        "Alingsås stöttar Ukraina».</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Долучившись до співпраці зі Львівщиною та підтримавши «Mötesplats "
                            "Alingsås / Alingsås stöttar Ukraina», однією з рушійних сил якої є "
                            "церква Equmeniakyrkan, муніципалітет може посилити і місцеву "
                            "залученість, і міжнародну солідарність."
                        ),
                        "attribution": "Подання до муніципальної ради Алінгсоса",
                    },
                ),
                ("paragraph", "<p>Рішення щодо цих пропозицій ухвалює муніципальна рада.</p>"),
            ],
        },
        "en": {
            "title": "Motion proposes that Alingsås step up its support for Ukraine",
            "slug": "motion-support-for-ukraine",
            "intro": (
                "A motion to the municipal council proposes that Alingsås join the Gothenburg "
                "Region’s cooperation with the Lviv region and strengthen support for Ukrainians "
                "locally."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The motion “Stärka stödet till det ukrainska folket” (Strengthening "
                        "support for the Ukrainian people) highlights what local associations, "
                        "civil society, the municipality and many residents of Alingsås have done "
                        "since Russia’s invasion of Ukraine in 2022. It now proposes that the "
                        "municipality take the next step.</p>"
                        "<p>The motion makes three proposals: that Alingsås take part in the "
                        "Gothenburg Region’s (GR) cooperation with the Lviv region and host "
                        "visitors during the 2026 study visit; that the municipal executive board "
                        "develop contacts and look for a partner among municipalities that need "
                        "support; and that the municipality investigate working with “Mötesplats "
                        "Alingsås / Alingsås stöttar Ukraina”.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "By taking part in the cooperation with the Lviv region and supporting "
                            "“Mötesplats Alingsås / Alingsås stöttar Ukraina”, where "
                            "Equmeniakyrkan is one of the driving forces, the municipality can "
                            "strengthen both local participation and international solidarity."
                        ),
                        "attribution": "Motion to Alingsås municipal council",
                    },
                ),
                ("paragraph", "<p>It is the municipal council that decides on the proposals.</p>"),
            ],
        },
    },
    {
        "key": "lviv-gr-dialogue",
        "date": "2025-10-21",
        "organisation": "lviv-ova",
        "topics": ["local-democracy", "reconstruction"],
        "related_projects": ["gr-cooperation"],
        "uk": {
            "title": "Львівщина і Гетеборзький регіон розвивають діалог про співпрацю",
            "slug": "lvivshchyna-i-heteborzkyi-rehion",
            "intro": (
                "За рекомендацією шведської асоціації SKR Гетеборзький регіон розпочав діалог зі "
                "Львівщиною. Навесні 2026 року заплановано навчальний візит до Швеції."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Гетеборзький регіон (Göteborgsregionen, GR) обʼєднує муніципалітети "
                        "довкола Гетеборга на заході Швеції. За рекомендацією Шведської асоціації "
                        "місцевих органів влади та регіонів (SKR) він розпочав діалог зі "
                        "Львівщиною про довгострокову співпрацю.</p>"
                        "<p>Для громад області це нагода познайомитися зі шведським досвідом "
                        "місцевого самоврядування: як муніципалітети надають послуги мешканцям, як "
                        "залучають їх до ухвалення рішень і як співпрацюють із громадянським "
                        "суспільством. Шведські партнери, своєю чергою, цікавляться досвідом "
                        "українських громад, які працюють в умовах війни.</p>"
                        "<p>Навесні 2026 року заплановано навчальний візит зі Львівщини до "
                        "Гетеборзького регіону. GR запрошує свої муніципалітети долучитися до "
                        "програми візиту.</p>"
                    ),
                ),
            ],
        },
        "sv": {
            "title": "Lviv-regionen och Göteborgsregionen utvecklar dialogen om samarbete",
            "slug": "lviv-regionen-och-gr-utvecklar-dialogen",
            "intro": (
                "På rekommendation av SKR har Göteborgsregionen inlett en dialog med "
                "Lviv-regionen. Våren 2026 planeras ett studiebesök till Sverige."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Göteborgsregionen (GR) samlar kommunerna runt Göteborg i västra "
                        "Sverige. På rekommendation av Sveriges Kommuner och Regioner (SKR) har GR "
                        "inlett en dialog med Lviv-regionen om ett långsiktigt samarbete.</p>"
                        "<p>För kommunerna i regionen är det en möjlighet att lära känna svensk "
                        "lokal självstyrelse: hur kommuner ger service till invånarna, hur de "
                        "involverar dem i besluten och hur de samarbetar med civilsamhället. De "
                        "svenska partnerna är i sin tur intresserade av erfarenheterna från "
                        "ukrainska kommuner som arbetar under krig.</p>"
                        "<p>Våren 2026 planeras ett studiebesök från Lviv-regionen till "
                        "Göteborgsregionen. GR bjuder in sina medlemskommuner att vara en del av "
                        "besöksprogrammet.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": (
                "The Lviv region and the Gothenburg Region develop their dialogue on cooperation"
            ),
            "slug": "lviv-region-gr-dialogue",
            "intro": (
                "On SKR’s recommendation, the Gothenburg Region has opened a dialogue with the "
                "Lviv region. A study visit to Sweden is planned for spring 2026."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The Gothenburg Region (Göteborgsregionen, GR) brings together the "
                        "municipalities around Gothenburg in western Sweden. On the recommendation "
                        "of the Swedish Association of Local Authorities and Regions (SKR), it has "
                        "opened a dialogue with the Lviv region on long-term cooperation.</p>"
                        "<p>For the region’s hromadas this is a chance to learn about Swedish "
                        "local self-government: how municipalities provide services to residents, "
                        "how they involve them in decisions and how they work with civil society. "
                        "The Swedish partners, in turn, are interested in the experience of "
                        "Ukrainian hromadas working in wartime.</p>"
                        "<p>A study visit from the Lviv region to the Gothenburg Region is planned "
                        "for spring 2026. GR is inviting its member municipalities to be part of "
                        "the visit programme.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "alingsas-offers-to-host",
        "date": "2025-12-08",
        "organisation": "alingsas",
        "topics": ["study-visits", "local-democracy"],
        "related_projects": ["gr-cooperation"],
        "sv": {
            "title": "Alingsås vill ta emot besök från Lviv-regionen",
            "slug": "alingsas-vill-ta-emot-besok",
            "intro": (
                "GR har bjudit in sina medlemskommuner att vara med i programmet när en delegation "
                "från Lviv-regionen besöker Göteborgsregionen våren 2026. Alingsås har anmält "
                "intresse."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Göteborgsregionen (GR) planerar ett studiebesök från Lviv-regionen "
                        "till våren 2026 och har bjudit in medlemskommunerna att vara en del av "
                        "besöksprogrammet. Alingsås har nu meddelat GR att kommunen gärna tar emot "
                        "en del av besöket.</p>"
                        "<p>Tanken är att gästerna ska få se hur en svensk kommun arbetar i "
                        "vardagen: med service till invånarna, med lokal demokrati och tillsammans "
                        "med civilsamhället. Även ”Mötesplats Alingsås / Alingsås stöttar Ukraina” "
                        "kan bli en del av programmet.</p>"
                        "<p>Programmet tas fram tillsammans med GR under vintern. Vi berättar mer "
                        "här på portalen när det är klart.</p>"
                    ),
                ),
            ],
        },
        "uk": {
            "title": "Алінгсос готовий прийняти гостей зі Львівщини",
            "slug": "alinhsos-hotovyi-pryiniaty-hostei",
            "intro": (
                "GR запросив свої муніципалітети долучитися до програми візиту делегації зі "
                "Львівщини до Гетеборзького регіону навесні 2026 року. Алінгсос відгукнувся."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Гетеборзький регіон (GR) планує навчальний візит зі Львівщини на весну "
                        "2026 року і запросив муніципалітети-члени долучитися до програми. "
                        "Алінгсос повідомив GR, що охоче прийме частину візиту.</p>"
                        "<p>Ідея в тому, щоб гості побачили, як шведський муніципалітет працює "
                        "щодня: як надає послуги мешканцям, як працює місцева демократія і як "
                        "муніципалітет співпрацює з громадянським суспільством. До програми може "
                        "долучитися й ініціатива «Mötesplats Alingsås / Alingsås stöttar "
                        "Ukraina».</p>"
                        "<p>Програму готують разом із GR протягом зими. Щойно вона буде готова, ми "
                        "розповімо про неї тут, на порталі.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Alingsås offers to host visitors from the Lviv region",
            "slug": "alingsas-offers-to-host",
            "intro": (
                "GR has invited its member municipalities to take part in the programme when a "
                "delegation from the Lviv region visits the Gothenburg Region in spring 2026. "
                "Alingsås has said it is interested."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The Gothenburg Region (GR) is planning a study visit from the Lviv "
                        "region for spring 2026 and has invited its member municipalities to be "
                        "part of the visit programme. Alingsås has now told GR that it would "
                        "gladly host part of the visit.</p>"
                        "<p>The idea is for the guests to see how a Swedish municipality works day "
                        "to day: providing services to residents, practising local democracy and "
                        "working with civil society. “Mötesplats Alingsås / Alingsås stöttar "
                        "Ukraina” could also be part of the programme.</p>"
                        "<p>The programme is being drawn up with GR over the winter. We will tell "
                        "you more here on the portal when it is ready.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "lviv-prepares-study-visit",
        "date": "2026-02-24",
        "organisation": "lviv-ova",
        "topics": ["study-visits", "local-democracy", "municipal-services"],
        "related_projects": ["gr-cooperation", "study-visit-2026"],
        "uk": {
            "title": "Львівщина готується до навчального візиту до Швеції",
            "slug": "pidhotovka-do-navchalnoho-vizytu",
            "intro": (
                "Навесні делегація зі Львівщини вирушить до Гетеборзького регіону. Громади області "
                "вже визначають, які теми для них найважливіші."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Триває підготовка до навчального візиту зі Львівщини до Гетеборзького "
                        "регіону, запланованого на весну 2026 року. Разом зі шведськими партнерами "
                        "ми узгоджуємо теми програми, щоб візит був корисним для громад "
                        "області.</p>"
                        "<p>Найбільше громади цікавлять такі питання:</p>"
                        "<ul>"
                        "<li>як шведські муніципалітети організовують послуги для мешканців;</li>"
                        "<li>як мешканців залучають до ухвалення рішень на місцевому рівні;</li>"
                        "<li>як муніципалітети співпрацюють із громадськими ініціативами, зокрема "
                        "з тими, що підтримують українців у Швеції.</li>"
                        "</ul>"
                        "<p>Частину програми проведе муніципалітет Алінгсоса. Після візиту ми "
                        "розповімо про його підсумки.</p>"
                    ),
                ),
            ],
        },
        "sv": {
            "title": "Lviv-regionen förbereder studiebesöket i Sverige",
            "slug": "lviv-regionen-forbereder-studiebesoket",
            "intro": (
                "I vår reser en delegation från Lviv-regionen till Göteborgsregionen. Kommunerna i "
                "regionen har redan börjat välja ut de frågor som är viktigast för dem."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Förberedelserna inför studiebesöket från Lviv-regionen till "
                        "Göteborgsregionen, som planeras till våren 2026, pågår. Tillsammans med "
                        "de svenska partnerna stämmer vi av programmets teman så att besöket blir "
                        "till nytta för kommunerna i regionen.</p>"
                        "<p>Det här är kommunerna mest intresserade av:</p>"
                        "<ul>"
                        "<li>hur svenska kommuner organiserar servicen till invånarna,</li>"
                        "<li>hur invånarna görs delaktiga i besluten på lokal nivå,</li>"
                        "<li>hur kommunerna samarbetar med civilsamhällets initiativ, inte minst "
                        "de som stöttar ukrainare i Sverige.</li>"
                        "</ul>"
                        "<p>En del av programmet genomförs i Alingsås kommun. Efter besöket "
                        "berättar vi vad det gav.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "The Lviv region prepares for the study visit to Sweden",
            "slug": "lviv-region-prepares-study-visit",
            "intro": (
                "In spring a delegation from the Lviv region will travel to the Gothenburg Region. "
                "The region’s hromadas are already deciding which topics matter most to them."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Preparations are under way for the study visit from the Lviv region to "
                        "the Gothenburg Region, planned for spring 2026. Together with our Swedish "
                        "partners we are agreeing on the programme’s topics so that the visit is "
                        "useful for the region’s hromadas.</p>"
                        "<p>These are the questions the hromadas are most interested in:</p>"
                        "<ul>"
                        "<li>how Swedish municipalities organise services for residents;</li>"
                        "<li>how residents are involved in decisions at the local level;</li>"
                        "<li>how municipalities work with civil-society initiatives, including "
                        "those that support Ukrainians in Sweden.</li>"
                        "</ul>"
                        "<p>Part of the programme will be hosted by Alingsås Municipality. After "
                        "the visit we will report on what it achieved.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "visitors-in-alingsas",
        "date": "2026-04-23",
        "organisation": "alingsas",
        "topics": ["study-visits", "local-democracy", "municipal-services", "civil-society"],
        "related_projects": ["gr-cooperation", "study-visit-2026"],
        "sv": {
            "title": "Gäster från Lviv-regionen besökte Alingsås",
            "slug": "gaster-fran-lviv-regionen",
            "intro": (
                "Som en del av GR:s studiebesök tillbringade en delegation från Lviv-regionen en "
                "dag i Alingsås, med fokus på kommunal service, lokal demokrati och "
                "civilsamhällets roll."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Studiebesöket från Lviv-regionen till Göteborgsregionen är en del av "
                        "GR:s samarbete med regionen. I Alingsås fick gästerna en inblick i hur "
                        "kommunen styrs och hur invånarna kan påverka, och de besökte några av "
                        "kommunens verksamheter.</p>"
                        "<p>Under eftermiddagen träffade delegationen ”Mötesplats Alingsås / "
                        "Alingsås stöttar Ukraina”. Samtalet handlade om hur civilsamhället och "
                        "kommunen tillsammans kan stötta ukrainare som bor i Alingsås.</p>"
                        "<p>Dagen avslutades med ett samtal om hur kontakterna kan fortsätta. "
                        "Nästa steg är att följa upp besöket tillsammans med GR och att söka en "
                        "samarbetspartner bland kommunerna i Lviv-regionen.</p>"
                    ),
                ),
            ],
        },
        "uk": {
            "title": "Гості зі Львівщини побували в Алінгсосі",
            "slug": "hosti-zi-lvivshchyny-v-alinhsosi",
            "intro": (
                "У межах навчального візиту, організованого GR, делегація зі Львівщини провела "
                "день в Алінгсосі. У центрі уваги — муніципальні послуги, місцева демократія та "
                "роль громадянського суспільства."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Навчальний візит зі Львівщини до Гетеборзького регіону — частина "
                        "співпраці GR з областю. В Алінгсосі гості дізналися, як управляється "
                        "муніципалітет і як мешканці можуть впливати на рішення, а також відвідали "
                        "кілька муніципальних установ.</p>"
                        "<p>Після обіду делегація зустрілася з ініціативою «Mötesplats Alingsås / "
                        "Alingsås stöttar Ukraina». Говорили про те, як громадянське суспільство і "
                        "муніципалітет можуть разом підтримувати українців, які живуть в "
                        "Алінгсосі.</p>"
                        "<p>Наприкінці дня обговорили, як підтримувати контакти далі. Наступні "
                        "кроки — підбити підсумки візиту разом із GR і шукати партнера серед "
                        "громад Львівщини.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Guests from the Lviv region visited Alingsås",
            "slug": "guests-from-lviv-region",
            "intro": (
                "As part of GR’s study visit, a delegation from the Lviv region spent a day in "
                "Alingsås, focusing on municipal services, local democracy and the role of civil "
                "society."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The study visit from the Lviv region to the Gothenburg Region is part "
                        "of GR’s cooperation with the region. In Alingsås the guests learned how "
                        "the municipality is governed and how residents can make their voices "
                        "heard, and they visited some of the municipality’s services.</p>"
                        "<p>In the afternoon the delegation met “Mötesplats Alingsås / Alingsås "
                        "stöttar Ukraina”. The conversation was about how civil society and the "
                        "municipality can together support Ukrainians living in Alingsås.</p>"
                        "<p>The day ended with a discussion on how to keep the contacts going. The "
                        "next steps are to follow up the visit with GR and to look for a partner "
                        "among the hromadas of the Lviv region.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "lviv-study-visit-results",
        "date": "2026-05-14",
        "organisation": "lviv-ova",
        "topics": ["study-visits", "local-democracy", "refugee-support"],
        "related_projects": ["gr-cooperation", "follow-up-gr"],
        "uk": {
            "title": "Підсумки навчального візиту до Гетеборзького регіону",
            "slug": "pidsumky-navchalnoho-vizytu",
            "intro": (
                "Делегація Львівщини повернулася з навчального візиту до Швеції. Ділимося "
                "напрацюваннями, які можуть стати в пригоді громадам області."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Навесні делегація зі Львівщини відвідала Гетеборзький регіон. Програму "
                        "візиту підготував Гетеборзький регіон (GR) разом із муніципалітетами, які "
                        "погодилися приймати гостей, серед них — Алінгсос.</p>"
                        "<p>Для громад області найкориснішими виявилися три теми:</p>"
                        "<ul>"
                        "<li>як зробити послуги доступними для всіх мешканців;</li>"
                        "<li>як залучати мешканців до обговорення місцевих рішень;</li>"
                        "<li>як муніципалітет співпрацює з громадськими ініціативами, що "
                        "підтримують українців.</li>"
                        "</ul>"
                        "<p>Наступний крок — зʼясувати, які громади Львівщини зацікавлені в "
                        "довгостроковому партнерстві зі шведськими муніципалітетами і якої "
                        "підтримки вони потребують найбільше.</p>"
                    ),
                ),
            ],
        },
        "sv": {
            "title": "Vad studiebesöket i Göteborgsregionen gav",
            "slug": "vad-studiebesoket-gav",
            "intro": (
                "Delegationen från Lviv-regionen är tillbaka från studiebesöket i Sverige. Här "
                "delar vi med oss av lärdomar som kan komma kommunerna i regionen till nytta."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>I våras besökte en delegation från Lviv-regionen Göteborgsregionen. "
                        "Programmet togs fram av Göteborgsregionen (GR) tillsammans med de "
                        "kommuner som tog emot gästerna, bland dem Alingsås.</p>"
                        "<p>För kommunerna i regionen var tre teman särskilt givande:</p>"
                        "<ul>"
                        "<li>hur servicen kan bli tillgänglig för alla invånare,</li>"
                        "<li>hur invånarna kan involveras när lokala beslut diskuteras,</li>"
                        "<li>hur en kommun samarbetar med civilsamhällets initiativ som stöttar "
                        "ukrainare.</li>"
                        "</ul>"
                        "<p>Nästa steg är att ta reda på vilka kommuner i Lviv-regionen som är "
                        "intresserade av ett långsiktigt partnerskap med svenska kommuner och "
                        "vilket stöd de behöver mest.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "What the study visit to the Gothenburg Region brought",
            "slug": "study-visit-results",
            "intro": (
                "The delegation from the Lviv region is back from its study visit to Sweden. Here "
                "we share lessons that may be useful to the region’s hromadas."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>This spring a delegation from the Lviv region visited the Gothenburg "
                        "Region. The programme was prepared by the Gothenburg Region (GR) together "
                        "with the municipalities that hosted the guests, among them Alingsås.</p>"
                        "<p>Three topics proved especially useful for the region’s hromadas:</p>"
                        "<ul>"
                        "<li>how to make services accessible to all residents;</li>"
                        "<li>how to involve residents when local decisions are discussed;</li>"
                        "<li>how a municipality works with civil-society initiatives that support "
                        "Ukrainians.</li>"
                        "</ul>"
                        "<p>The next step is to find out which hromadas in the Lviv region are "
                        "interested in a long-term partnership with Swedish municipalities and "
                        "what support they need most.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "motesplats-dialogue",
        "date": "2026-06-03",
        "organisation": "alingsas",
        "topics": ["refugee-support", "civil-society"],
        "related_projects": ["local-support"],
        "sv": {
            "title": "Kommunen och Mötesplats Alingsås inleder en dialog",
            "slug": "dialog-med-motesplats-alingsas",
            "intro": (
                "Kommunen har börjat utreda hur den kan samarbeta med ”Mötesplats Alingsås / "
                "Alingsås stöttar Ukraina” för att stärka stödet till ukrainska flyktingar i "
                "Alingsås."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Motionens tredje punkt handlar om stödet till ukrainare som bor i "
                        "Alingsås. Där har ”Mötesplats Alingsås / Alingsås stöttar Ukraina” gjort "
                        "ett stort arbete, och Equmeniakyrkan är en av de drivande krafterna bakom "
                        "initiativet.</p>"
                        "<p>Som ett första steg träffas kommunen och initiativet för att samtala "
                        "om vad som redan fungerar, vilka behov som finns och hur kommunen kan "
                        "bidra utan att ta över det som civilsamhället gör bäst.</p>"
                        "<p>Utredningen ska visa vilka former ett samarbete kan ta. Den planeras "
                        "att redovisas för kommunstyrelsen under våren 2027.</p>"
                    ),
                ),
            ],
        },
        "uk": {
            "title": "Муніципалітет і Mötesplats Alingsås розпочинають діалог",
            "slug": "dialoh-z-motesplats-alingsas",
            "intro": (
                "Муніципалітет почав зʼясовувати, як співпрацювати з «Mötesplats Alingsås / "
                "Alingsås stöttar Ukraina», щоб посилити підтримку українських біженців в "
                "Алінгсосі."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Третій пункт подання стосується підтримки українців, які живуть в "
                        "Алінгсосі. Тут багато зробила ініціатива «Mötesplats Alingsås / Alingsås "
                        "stöttar Ukraina», однією з рушійних сил якої є церква Equmeniakyrkan.</p>"
                        "<p>Для початку муніципалітет та ініціатива зустрінуться, щоб обговорити, "
                        "що вже працює добре, які є потреби і як муніципалітет може допомогти, не "
                        "перебираючи на себе того, що громадянське суспільство робить найкраще.</p>"
                        "<p>Дослідження має показати, якою може бути співпраця. Його результати "
                        "планують представити виконавчому комітету муніципалітету навесні 2027 "
                        "року.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "The municipality and Mötesplats Alingsås begin a dialogue",
            "slug": "dialogue-with-motesplats-alingsas",
            "intro": (
                "The municipality has begun investigating how it can work with “Mötesplats "
                "Alingsås / Alingsås stöttar Ukraina” to strengthen support for Ukrainian refugees "
                "in Alingsås."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The motion’s third point is about support for Ukrainians living in "
                        "Alingsås. Here “Mötesplats Alingsås / Alingsås stöttar Ukraina” has done "
                        "a great deal of work, and Equmeniakyrkan is one of the driving forces "
                        "behind the initiative.</p>"
                        "<p>As a first step, the municipality and the initiative will meet to talk "
                        "about what already works, what the needs are and how the municipality can "
                        "contribute without taking over what civil society does best.</p>"
                        "<p>The investigation is to show what forms cooperation could take. It is "
                        "due to be presented to the municipal executive board in spring 2027.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "hromadas-seek-partners",
        "date": "2026-09-10",
        "organisation": "lviv-ova",
        "topics": ["local-democracy", "refugee-support", "education", "funding"],
        "related_projects": ["partner-hromada"],
        "uk": {
            "title": "Громади Львівщини шукають партнерів у Швеції",
            "slug": "hromady-shukaiut-partneriv-u-shvetsii",
            "intro": (
                "Після навчального візиту до Гетеборзького регіону кілька громад області висловили "
                "зацікавленість у партнерстві зі шведськими муніципалітетами."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Навчальний візит до Гетеборзького регіону показав, що громадам "
                        "Львівщини і шведським муніципалітетам є чого навчитися одне в одного. "
                        "Тепер ми допомагаємо громадам, які хочуть довгострокового партнерства, "
                        "сформулювати свої потреби.</p>"
                        "<p>Найчастіше громади називають такі напрями:</p>"
                        "<ul>"
                        "<li>підтримка внутрішньо переміщених осіб та їхня інтеграція в життя "
                        "громади;</li>"
                        "<li>доступні та якісні адміністративні послуги;</li>"
                        "<li>залучення мешканців, зокрема молоді, до ухвалення місцевих "
                        "рішень.</li>"
                        "</ul>"
                        "<p>Муніципалітет Алінгсоса вже шукає громаду-партнера на Львівщині. "
                        "Знайти партнерів і дізнатися про можливості фінансування громади можуть, "
                        "зокрема, на платформі Cities4Cities.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "text": "Платформа Cities4Cities",
                        "page": None,
                        "external_url": "https://cities4cities.eu",
                    },
                ),
            ],
        },
        "sv": {
            "title": "Kommuner i Lviv-regionen söker partner i Sverige",
            "slug": "kommuner-i-lviv-regionen-soker-partner",
            "intro": (
                "Efter studiebesöket i Göteborgsregionen har flera kommuner i regionen visat "
                "intresse för partnerskap med svenska kommuner."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Studiebesöket i Göteborgsregionen visade att kommunerna i "
                        "Lviv-regionen och de svenska kommunerna har mycket att lära av varandra. "
                        "Nu hjälper vi de kommuner som vill ha ett långsiktigt partnerskap att "
                        "formulera sina behov.</p>"
                        "<p>Oftast nämner kommunerna de här områdena:</p>"
                        "<ul>"
                        "<li>stöd till internflyktingar och hjälp att bli en del av "
                        "lokalsamhället,</li>"
                        "<li>tillgänglig och god service till invånarna,</li>"
                        "<li>att göra invånarna, inte minst unga, delaktiga i lokala beslut.</li>"
                        "</ul>"
                        "<p>Alingsås kommun söker redan en partnerkommun i Lviv-regionen. På "
                        "plattformen Cities4Cities kan kommunerna bland annat hitta partner och "
                        "läsa om möjligheter till finansiering.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "text": "Till plattformen Cities4Cities",
                        "page": None,
                        "external_url": "https://cities4cities.eu",
                    },
                ),
            ],
        },
        "en": {
            "title": "Hromadas in the Lviv region look for partners in Sweden",
            "slug": "hromadas-look-for-partners",
            "intro": (
                "After the study visit to the Gothenburg Region, several of the region’s hromadas "
                "have expressed interest in partnerships with Swedish municipalities."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The study visit to the Gothenburg Region showed that the hromadas of "
                        "the Lviv region and Swedish municipalities have a lot to learn from each "
                        "other. We are now helping the hromadas that want a long-term partnership "
                        "to set out their needs.</p>"
                        "<p>These are the areas the hromadas mention most often:</p>"
                        "<ul>"
                        "<li>support for internally displaced people and their integration into "
                        "the community;</li>"
                        "<li>accessible, high-quality administrative services;</li>"
                        "<li>involving residents, young people in particular, in local "
                        "decisions.</li>"
                        "</ul>"
                        "<p>Alingsås Municipality is already looking for a partner hromada in the "
                        "Lviv region. On the Cities4Cities platform, hromadas can among other "
                        "things find partners and learn about funding opportunities.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "text": "Go to the Cities4Cities platform",
                        "page": None,
                        "external_url": "https://cities4cities.eu",
                    },
                ),
            ],
        },
    },
    {
        "key": "funding-applications",
        "date": "2026-10-15",
        "organisation": "alingsas",
        "topics": ["funding", "local-democracy"],
        "related_projects": ["partner-hromada"],
        "sv": {
            "title": "Alingsås söker medel för att förbereda ett partnerskap",
            "slug": "ansokan-om-medel-for-partnerskap",
            "intro": (
                "Tillsammans med en kommun (hromada) i Lviv-regionen har Alingsås sökt medel från "
                "ICLD för en förberedelsefas inför ett kommunalt partnerskap."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Internationellt centrum för lokal demokrati (ICLD) stödjer kommunala "
                        "partnerskap mellan svenska kommuner och kommuner i bland annat Ukraina. "
                        "Ett sådant partnerskap inleds ofta med en förberedelsefas, då parterna "
                        "lär känna varandra och tar fram en gemensam plan.</p>"
                        "<p>Alingsås har nu, tillsammans med en tänkbar partnerkommun i "
                        "Lviv-regionen, sökt medel för en sådan förberedelsefas. Ansökan är ännu "
                        "inte beviljad. Dessutom har ansökningar gjorts till Cities4Cities/Polaris "
                        "och om medfinansiering i Lviv-regionen.</p>"
                        "<p>Vilken kommun det gäller berättar vi när parterna har undertecknat en "
                        "avsiktsförklaring.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "text": "Om ICLD:s kommunala partnerskap",
                        "page": None,
                        "external_url": "https://icld.se",
                    },
                ),
            ],
        },
        "uk": {
            "title": "Алінгсос подав заявку на фінансування підготовки партнерства",
            "slug": "zaiavka-na-finansuvannia-partnerstva",
            "intro": (
                "Разом із громадою на Львівщині Алінгсос подав заявку до ICLD на фінансування "
                "підготовчого етапу муніципального партнерства."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Міжнародний центр місцевої демократії (ICLD) підтримує муніципальні "
                        "партнерства між шведськими муніципалітетами та громадами в інших країнах, "
                        "зокрема в Україні. Таке партнерство часто починається з підготовчого "
                        "етапу, коли сторони знайомляться і разом складають план роботи.</p>"
                        "<p>Алінгсос разом із потенційною громадою-партнером на Львівщині подав "
                        "заявку на фінансування такого етапу. Її ще не схвалено. Крім того, подано "
                        "заявку до Cities4Cities/Polaris і запит на співфінансування на "
                        "Львівщині.</p>"
                        "<p>Про яку громаду йдеться, ми повідомимо після того, як сторони "
                        "підпишуть лист про наміри.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "text": "Про муніципальні партнерства ICLD",
                        "page": None,
                        "external_url": "https://icld.se",
                    },
                ),
            ],
        },
        "en": {
            "title": "Alingsås applies for funding to prepare a partnership",
            "slug": "funding-to-prepare-partnership",
            "intro": (
                "Together with a hromada in the Lviv region, Alingsås has applied to ICLD for "
                "funding for a preparation phase of a municipal partnership."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The Swedish International Centre for Local Democracy (ICLD) supports "
                        "municipal partnerships between Swedish municipalities and municipalities "
                        "in other countries, Ukraine among them. Such a partnership often begins "
                        "with a preparation phase, in which the partners get to know each other "
                        "and draw up a joint plan.</p>"
                        "<p>Alingsås, together with a possible partner hromada in the Lviv region, "
                        "has now applied for funding for such a phase. The application has not "
                        "been granted yet. Applications have also gone to Cities4Cities/Polaris "
                        "and for co-financing in the Lviv region.</p>"
                        "<p>We will say which hromada it is once the partners have signed a letter "
                        "of intent.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "text": "About ICLD’s municipal partnerships",
                        "page": None,
                        "external_url": "https://icld.se",
                    },
                ),
            ],
        },
    },
    {
        "key": "partnership-next-steps",
        "date": "2026-11-05",
        "organisation": "lviv-ova",
        "topics": ["local-democracy", "reconstruction"],
        "related_projects": ["partner-hromada"],
        "uk": {
            "title": "Партнерство з Алінгсосом: домовилися про наступні кроки",
            "slug": "partnerstvo-z-alinhsosom",
            "intro": (
                "На онлайн-зустрічі представники Львівщини та муніципалітету Алінгсоса обговорили, "
                "як просувається підготовка партнерства, і домовилися зустрітися знову в лютому "
                "2027 року."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Цієї осені тривала робота над партнерством між муніципалітетом "
                        "Алінгсоса і громадою Львівщини. На онлайн-зустрічі сторони обговорили, на "
                        "якому етапі заявки на фінансування і які питання ще треба узгодити перед "
                        "підписанням листа про наміри.</p>"
                        "<p>Підписання листа, заплановане на вересень, перенесли: сторонам "
                        "потрібно більше часу, щоб узгодити спільні пріоритети. Ми вважаємо, що "
                        "краще зробити це ретельно, ніж поспіхом.</p>"
                        "<p>Наступна онлайн-зустріч партнерів запланована на 10 лютого 2027 року. "
                        "Її організовує Львівська обласна військова адміністрація.</p>"
                    ),
                ),
            ],
        },
        "sv": {
            "title": "Partnerskapet med Alingsås: överens om nästa steg",
            "slug": "partnerskapet-med-alingsas-nasta-steg",
            "intro": (
                "Vid ett digitalt möte gick företrädare för Lviv-regionen och Alingsås kommun "
                "igenom hur förberedelserna för partnerskapet går, och de bestämde att ses igen i "
                "februari 2027."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Under hösten har arbetet med ett partnerskap mellan Alingsås kommun "
                        "och en kommun i Lviv-regionen fortsatt. Vid det digitala mötet "
                        "diskuterade parterna hur det står till med ansökningarna om finansiering "
                        "och vilka frågor som återstår innan en avsiktsförklaring kan "
                        "undertecknas.</p>"
                        "<p>Undertecknandet, som var planerat till september, har skjutits upp: "
                        "parterna behöver mer tid för att enas om gemensamma prioriteringar. Vi "
                        "tycker att det är bättre att göra det ordentligt än att skynda på.</p>"
                        "<p>Nästa digitala partnermöte är planerat till den 10 februari 2027. Det "
                        "arrangeras av Lvivs regionala (militära) administration.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Partnership with Alingsås: next steps agreed",
            "slug": "partnership-next-steps",
            "intro": (
                "At an online meeting, representatives of the Lviv region and Alingsås "
                "Municipality reviewed how preparations for the partnership are going and agreed "
                "to meet again in February 2027."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>This autumn, work has continued on a partnership between Alingsås "
                        "Municipality and a hromada in the Lviv region. At the online meeting, the "
                        "parties discussed where the funding applications stand and which "
                        "questions remain to be settled before a letter of intent can be "
                        "signed.</p>"
                        "<p>The signing, planned for September, has been postponed: the parties "
                        "need more time to agree on shared priorities. We believe it is better to "
                        "do this carefully than in a hurry.</p>"
                        "<p>The next online partner meeting is planned for 10 February 2027. It is "
                        "organised by the Lviv Regional (Military) Administration.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "autumn-2026-overview",
        "date": "2026-11-20",
        "organisation": "alingsas",
        "topics": ["local-democracy", "refugee-support", "study-visits"],
        "related_projects": ["gr-cooperation", "partner-hromada", "local-support"],
        "sv": {
            "title": "Lägesbild i november: så går arbetet med Lviv-regionen",
            "slug": "lagesbild-november-2026",
            "intro": (
                "En kort sammanfattning av vad som har hänt sedan studiebesöket i våras, punkt för "
                "punkt enligt motionen."
            ),
            "body": [
                (
                    "table",
                    {
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "Läget i november 2026",
                        "data": [
                            ["Punkt i motionen", "Läge"],
                            [
                                "1. Delta i GR:s samarbete",
                                "Studiebesöket genomfördes i april. Uppföljningen med GR pågår.",
                            ],
                            [
                                "2. Kontakter och samarbetspartner",
                                (
                                    "Ansökningar om finansiering är inlämnade. Avsiktsförklaringen "
                                    "med en partnerkommun har skjutits upp till 2027."
                                ),
                            ],
                            [
                                "3. Samarbete med Mötesplats Alingsås",
                                "Utredningen pågår och ska redovisas våren 2027.",
                            ],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>På projektsidorna finns lägesrapporter och milstolpar för varje del av "
                        "arbetet. Där kan du också se vad som har ändrats sedan ett visst datum, "
                        "till exempel sedan förra kommunfullmäktigesammanträdet.</p>"
                    ),
                ),
            ],
        },
        "uk": {
            "title": "Стан справ у листопаді: як просувається співпраця зі Львівщиною",
            "slug": "stan-sprav-lystopad-2026",
            "intro": (
                "Короткий огляд того, що відбулося після весняного навчального візиту, за кожним "
                "пунктом подання."
            ),
            "body": [
                (
                    "table",
                    {
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "Стан справ у листопаді 2026 року",
                        "data": [
                            ["Пункт подання", "Стан справ"],
                            [
                                "1. Участь у співпраці GR",
                                (
                                    "Навчальний візит відбувся у квітні. Підсумки разом із GR ще "
                                    "підбивають."
                                ),
                            ],
                            [
                                "2. Контакти та партнер",
                                (
                                    "Заявки на фінансування подано. Підписання листа про наміри з "
                                    "громадою-партнером перенесено на 2027 рік."
                                ),
                            ],
                            [
                                "3. Співпраця з Mötesplats Alingsås",
                                "Дослідження триває; результати представлять навесні 2027 року.",
                            ],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>На сторінках проєктів є записи про хід роботи та контрольні точки для "
                        "кожного напряму. Там також можна побачити, що змінилося від певної дати, "
                        "наприклад від попереднього засідання муніципальної ради.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Progress in November: how the work with the Lviv region is going",
            "slug": "progress-november-2026",
            "intro": (
                "A short summary of what has happened since the study visit in the spring, point "
                "by point as in the motion."
            ),
            "body": [
                (
                    "table",
                    {
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "Where things stand in November 2026",
                        "data": [
                            ["Point of the motion", "Where things stand"],
                            [
                                "1. Join GR’s cooperation",
                                (
                                    "The study visit took place in April. The follow-up with GR is "
                                    "under way."
                                ),
                            ],
                            [
                                "2. Contacts and a partner",
                                (
                                    "Funding applications have been submitted. The letter of "
                                    "intent with a partner hromada has been postponed to 2027."
                                ),
                            ],
                            [
                                "3. Cooperation with Mötesplats Alingsås",
                                (
                                    "The investigation is under way and will be presented in "
                                    "spring 2027."
                                ),
                            ],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>The project pages have progress updates and milestones for each strand "
                        "of the work. There you can also see what has changed since a given date, "
                        "for example since the last municipal council meeting.</p>"
                    ),
                ),
            ],
        },
    },
]
