"""Demo content for the Alingsås–Lviv partnership portal, as plain data.

The demo site is built from code (``manage.py load_demo_content``), so its text lives here.
Every text is hand-written in each language – Swedish, Ukrainian and English – not
machine-translated. Facts come only from the council motion “Stärka stödet till det ukrainska
folket” or are common knowledge; no contact details, names, dates or figures are invented.
"""

HOME = {
    "sv": {
        "title": "Alingsås och Lviv-regionen",
        "intro": (
            "Alingsås kommun arbetar för ett partnerskap med en kommun i Lviv-regionen i västra "
            "Ukraina, inom Göteborgsregionens samarbete med Lviv. Här berättar vi på svenska, "
            "ukrainska och engelska vad som händer i arbetet."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Sedan Rysslands fullskaliga invasion av Ukraina 2022 har människor i "
                    "hela Europa visat solidaritet med det ukrainska folket. I Alingsås har "
                    "föreningslivet, civilsamhället, kommunen och många invånare gjort stora "
                    "insatser, och flyktingar från Ukraina har fått en trygg plats här.</p>"
                    "<p>Nu väntar en stor uppgift: att återuppbygga Ukraina. Det handlar inte "
                    "bara om byggnader och infrastruktur, utan också om att stärka samhällen, "
                    "lokaldemokrati och framtidstro. Där kan svenska kommuner spela en viktig "
                    "roll – genom humanitärt stöd och genom samarbete med ukrainska "
                    "kommuner.</p>"
                ),
            ),
            ("heading", {"text": "Vad motionen föreslår", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>En motion till kommunfullmäktige i Alingsås föreslår tre beslut:</p>"
                    "<ol>"
                    "<li>Alingsås kommun deltar i Göteborgsregionens (GR) samarbete med "
                    "Lviv-regionen och erbjuder sig att ta emot besök vid det planerade "
                    "studiebesöket 2026.</li>"
                    "<li>Kommunstyrelsen får i uppdrag att utveckla kontakter med "
                    "Lviv-regionen och söka en samarbetspartner bland kommuner med behov av "
                    "stöd och samverkan.</li>"
                    "<li>Kommunstyrelsen får i uppdrag att utreda hur kommunen kan samarbeta "
                    "med ”Mötesplats Alingsås / Alingsås stöttar Ukraina” för att stärka "
                    "stödet till ukrainska flyktingar lokalt.</li>"
                    "</ol>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "När invånare, föreningar och företag lokalt i Alingsås redan tagit "
                        "ansvar, är det nu kommunens tur att visa sitt."
                    ),
                    "attribution": "Motion till Alingsås kommunfullmäktige",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Läs mer om bakgrunden på sidan ”Om partnerskapet” och om det lokala "
                    "stödet på sidan ”Stöd till ukrainare i Alingsås”.</p>"
                ),
            ),
        ],
    },
    "uk": {
        "title": "Алінгсос і Львівщина",
        "intro": (
            "Муніципалітет Алінгсоса працює над партнерством з громадою Львівщини на заході "
            "України в межах співпраці Гетеборзького регіону зі Львівщиною. Тут шведською, "
            "українською та англійською мовами ми розповідаємо, що відбувається в цій роботі."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Від початку повномасштабного вторгнення Росії в Україну у 2022 році "
                    "люди по всій Європі виявляють солідарність з українським народом. В "
                    "Алінгсосі великий внесок зробили громадські обʼєднання, громадянське "
                    "суспільство, муніципалітет і чимало мешканців, а біженці з України "
                    "знайшли тут безпечний прихисток.</p>"
                    "<p>Попереду — велике завдання: відбудувати Україну. Ідеться не лише про "
                    "будівлі та інфраструктуру, а й про зміцнення громад, місцевої демократії "
                    "та віри в майбутнє. Тут шведські муніципалітети можуть відіграти важливу "
                    "роль — через гуманітарну допомогу та співпрацю з українськими "
                    "громадами.</p>"
                ),
            ),
            ("heading", {"text": "Що пропонує подання", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Подання до муніципальної ради Алінгсоса пропонує ухвалити три "
                    "рішення:</p>"
                    "<ol>"
                    "<li>Муніципалітет Алінгсоса долучається до співпраці Гетеборзького "
                    "регіону (GR) зі Львівщиною та пропонує приймати гостей під час "
                    "запланованого навчального візиту 2026 року.</li>"
                    "<li>Виконавчому комітету муніципалітету (Kommunstyrelsen) доручається "
                    "розвивати контакти зі Львівщиною та шукати партнера серед громад, які "
                    "потребують підтримки та співпраці.</li>"
                    "<li>Виконавчому комітету доручається зʼясувати, як муніципалітет може "
                    "співпрацювати з ініціативою «Mötesplats Alingsås / Alingsås stöttar "
                    "Ukraina», щоб посилити підтримку українських біженців тут, на місці.</li>"
                    "</ol>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Коли мешканці, обʼєднання та підприємства Алінгсоса вже взяли на себе "
                        "відповідальність, настала черга муніципалітету зробити свій внесок."
                    ),
                    "attribution": "Подання до муніципальної ради Алінгсоса",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Більше про передумови читайте на сторінці «Про партнерство», а про "
                    "місцеву підтримку — на сторінці «Підтримка українців в Алінгсосі».</p>"
                ),
            ),
        ],
    },
    "en": {
        "title": "Alingsås and the Lviv region",
        "intro": (
            "Alingsås kommun is working towards a partnership with a municipality in the Lviv "
            "region of western Ukraine, within Göteborgsregionen’s cooperation with the Lviv "
            "region. Here we tell you in Swedish, Ukrainian and English what is happening."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Since Russia’s full-scale invasion of Ukraine in 2022, people all over "
                    "Europe have shown solidarity with the Ukrainian people. In Alingsås, "
                    "local associations, civil society, the municipality and many residents "
                    "have made a great effort, and refugees from Ukraine have found a safe "
                    "place here.</p>"
                    "<p>A huge task now lies ahead: rebuilding Ukraine. This is not only about "
                    "buildings and infrastructure, but also about strengthening communities, "
                    "local democracy and faith in the future. Swedish municipalities can play "
                    "an important part in that – through humanitarian support and through "
                    "cooperation with Ukrainian municipalities.</p>"
                ),
            ),
            ("heading", {"text": "What the motion proposes", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>A motion to Alingsås municipal council proposes three decisions:</p>"
                    "<ol>"
                    "<li>Alingsås kommun takes part in the Gothenburg Region’s (GR) "
                    "cooperation with the Lviv region and offers to host visitors during the "
                    "planned study visit in 2026.</li>"
                    "<li>The municipal executive board (Kommunstyrelsen) is tasked with "
                    "developing contacts with the Lviv region and finding a partner among "
                    "municipalities that need support and cooperation.</li>"
                    "<li>The municipal executive board is tasked with investigating how the "
                    "municipality can work with “Mötesplats Alingsås / Alingsås stöttar "
                    "Ukraina” to strengthen support for Ukrainian refugees locally.</li>"
                    "</ol>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Now that residents, associations and businesses in Alingsås have "
                        "already taken responsibility, it is the municipality’s turn to do its "
                        "part."
                    ),
                    "attribution": "Motion to Alingsås municipal council",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Read more about the background on the page “About the partnership”, "
                    "and about local support on the page “Support for Ukrainians in "
                    "Alingsås”.</p>"
                ),
            ),
        ],
    },
}

CONTENT_PAGES = [
    {
        "key": "about",
        "show_in_menus": True,
        "sv": {
            "title": "Om partnerskapet",
            "slug": "om-partnerskapet",
            "intro": (
                "Bakgrunden till samarbetet med Lviv-regionen och vad motionen till "
                "kommunfullmäktige föreslår."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Texten på den här sidan bygger på motionen ”Stärka stödet till det "
                        "ukrainska folket” till kommunfullmäktige i Alingsås. Den beskriver "
                        "vad motionen föreslår, inte vad kommunfullmäktige har beslutat.</p>"
                    ),
                ),
                ("heading", {"text": "Bakgrund", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Göteborgsregionen (GR) har på rekommendation av Sveriges Kommuner "
                        "och Regioner (SKR) inlett en dialog med Lviv-regionen i västra "
                        "Ukraina. Ett studiebesök från Lviv-regionen till Göteborgsregionen "
                        "planeras till våren 2026, och GR söker kommuner som vill vara en del "
                        "av besöksprogrammet.</p>"
                        "<p>Återuppbyggnaden av Ukraina handlar inte bara om byggnader och "
                        "infrastruktur, utan också om att stärka samhällen, lokaldemokrati och "
                        "framtidstro. Där kan svenska kommuner bidra, både med humanitärt stöd "
                        "och genom samarbete med ukrainska kommuner.</p>"
                    ),
                ),
                ("heading", {"text": "Motionens tre beslutspunkter", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol>"
                        "<li>Alingsås kommun deltar i Göteborgsregionens (GR) samarbete med "
                        "Lviv-regionen och erbjuder sig att ta emot besök vid det planerade "
                        "studiebesöket 2026.</li>"
                        "<li>Kommunstyrelsen får i uppdrag att utveckla kontakter med "
                        "Lviv-regionen och söka en samarbetspartner bland kommuner med behov "
                        "av stöd och samverkan.</li>"
                        "<li>Kommunstyrelsen får i uppdrag att utreda hur kommunen kan "
                        "samarbeta med ”Mötesplats Alingsås / Alingsås stöttar Ukraina” för "
                        "att stärka stödet till ukrainska flyktingar lokalt.</li>"
                        "</ol>"
                    ),
                ),
                (
                    "table",
                    {
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "Motionens beslutspunkter i korthet",
                        "data": [
                            ["Beslutspunkt", "Vad det innebär", "Ansvarig"],
                            [
                                "1. Delta i GR:s samarbete",
                                (
                                    "Alingsås blir en del av GR:s samarbete med Lviv-regionen "
                                    "och tar emot besök under studiebesöket våren 2026."
                                ),
                                "Kommunfullmäktige",
                            ],
                            [
                                "2. Kontakter och samarbetspartner",
                                (
                                    "Bygga upp kontakter med Lviv-regionen och hitta en "
                                    "samarbetspartner bland kommuner som behöver stöd och "
                                    "samverkan."
                                ),
                                "Kommunstyrelsen",
                            ],
                            [
                                "3. Samarbete med Mötesplats Alingsås",
                                (
                                    "Utreda hur kommunen kan samarbeta med ”Mötesplats "
                                    "Alingsås / Alingsås stöttar Ukraina” för att stärka "
                                    "stödet till ukrainska flyktingar i Alingsås."
                                ),
                                "Kommunstyrelsen",
                            ],
                        ],
                    },
                ),
                ("heading", {"text": "Extern finansiering", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Motionen påpekar att det i samarbeten med ukrainska kommuner ofta "
                        "finns möjligheter att söka extern finansiering. Exempel på möjliga "
                        "finansiärer är ICLD (Internationellt centrum för lokal demokrati), "
                        "Cities4Cities/Polaris, EU:s program och Svenska institutet. Det "
                        "handlar om möjligheter, inte om beviljade medel: den här sidan påstår "
                        "inte att några pengar har sökts eller beviljats.</p>"
                    ),
                ),
            ],
        },
        "uk": {
            "title": "Про партнерство",
            "slug": "pro-partnerstvo",
            "intro": (
                "Передумови співпраці зі Львівщиною і що пропонує подання до муніципальної "
                "ради Алінгсоса."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Текст цієї сторінки ґрунтується на поданні «Посилити підтримку "
                        "українського народу» (Stärka stödet till det ukrainska folket) до "
                        "муніципальної ради Алінгсоса. Тут описано, що пропонує подання, а не "
                        "те, що вже ухвалила рада.</p>"
                    ),
                ),
                ("heading", {"text": "Передумови", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>За рекомендацією Шведської асоціації місцевих органів влади та "
                        "регіонів (SKR) Гетеборзький регіон (Göteborgsregionen, GR) розпочав "
                        "діалог зі Львівщиною на заході України. Навесні 2026 року планується "
                        "навчальний візит зі Львівщини до Гетеборзького регіону, і GR шукає "
                        "муніципалітети, які хочуть долучитися до програми візиту.</p>"
                        "<p>Відбудова України — це не лише відновлення будівель та "
                        "інфраструктури, а й зміцнення громад, місцевої демократії та віри в "
                        "майбутнє. Шведські муніципалітети можуть зробити свій внесок — як "
                        "гуманітарною допомогою, так і через співпрацю з українськими "
                        "громадами.</p>"
                    ),
                ),
                (
                    "heading",
                    {"text": "Три пункти рішення, які пропонує подання", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<ol>"
                        "<li>Муніципалітет Алінгсоса долучається до співпраці Гетеборзького "
                        "регіону (GR) зі Львівщиною та пропонує приймати гостей під час "
                        "запланованого навчального візиту 2026 року.</li>"
                        "<li>Виконавчому комітету муніципалітету (Kommunstyrelsen) доручається "
                        "розвивати контакти зі Львівщиною та шукати партнера серед громад, які "
                        "потребують підтримки та співпраці.</li>"
                        "<li>Виконавчому комітету доручається зʼясувати, як муніципалітет може "
                        "співпрацювати з ініціативою «Mötesplats Alingsås / Alingsås stöttar "
                        "Ukraina», щоб посилити підтримку українських біженців тут, на "
                        "місці.</li>"
                        "</ol>"
                    ),
                ),
                (
                    "table",
                    {
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "Пункти рішення коротко",
                        "data": [
                            ["Пункт рішення", "Що це означає", "Хто відповідає"],
                            [
                                "1. Участь у співпраці GR",
                                (
                                    "Алінгсос долучається до співпраці GR зі Львівщиною і "
                                    "приймає гостей під час навчального візиту навесні 2026 "
                                    "року."
                                ),
                                "Муніципальна рада (Kommunfullmäktige)",
                            ],
                            [
                                "2. Контакти та партнер",
                                (
                                    "Налагодити контакти зі Львівщиною і знайти партнера серед "
                                    "громад, які потребують підтримки та співпраці."
                                ),
                                "Виконавчий комітет (Kommunstyrelsen)",
                            ],
                            [
                                "3. Співпраця з Mötesplats Alingsås",
                                (
                                    "Зʼясувати, як муніципалітет може співпрацювати з "
                                    "«Mötesplats Alingsås / Alingsås stöttar Ukraina», щоб "
                                    "посилити підтримку українських біженців в Алінгсосі."
                                ),
                                "Виконавчий комітет (Kommunstyrelsen)",
                            ],
                        ],
                    },
                ),
                ("heading", {"text": "Зовнішнє фінансування", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>У поданні зазначено, що для співпраці з українськими громадами "
                        "часто можна залучити зовнішнє фінансування. Серед можливих джерел — "
                        "ICLD (Міжнародний центр місцевої демократії), Cities4Cities/Polaris, "
                        "програми ЄС та Шведський інститут (Svenska institutet). Ідеться лише "
                        "про можливості, а не про надані кошти: ця сторінка не стверджує, що "
                        "гроші вже запитано чи отримано.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "About the partnership",
            "slug": "about-the-partnership",
            "intro": (
                "The background to the cooperation with the Lviv region, and what the motion "
                "to the municipal council proposes."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The text on this page is based on the motion “Stärka stödet till "
                        "det ukrainska folket” (Strengthening support for the Ukrainian "
                        "people) to Alingsås municipal council. It describes what the motion "
                        "proposes, not what the council has decided.</p>"
                    ),
                ),
                ("heading", {"text": "Background", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>On the recommendation of the Swedish Association of Local "
                        "Authorities and Regions (SKR), the Gothenburg Region "
                        "(Göteborgsregionen, GR) has opened a dialogue with the Lviv region in "
                        "western Ukraine. A study visit from the Lviv region to the Gothenburg "
                        "region is planned for spring 2026, and GR is looking for "
                        "municipalities that want to be part of the visit programme.</p>"
                        "<p>Rebuilding Ukraine is not only about restoring buildings and "
                        "infrastructure, but also about strengthening communities, local "
                        "democracy and faith in the future. Swedish municipalities can "
                        "contribute, both through humanitarian support and through cooperation "
                        "with Ukrainian municipalities.</p>"
                    ),
                ),
                ("heading", {"text": "The motion’s three decision points", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol>"
                        "<li>Alingsås kommun takes part in the Gothenburg Region’s (GR) "
                        "cooperation with the Lviv region and offers to host visitors during "
                        "the planned study visit in 2026.</li>"
                        "<li>The municipal executive board (Kommunstyrelsen) is tasked with "
                        "developing contacts with the Lviv region and finding a partner among "
                        "municipalities that need support and cooperation.</li>"
                        "<li>The municipal executive board is tasked with investigating how "
                        "the municipality can work with “Mötesplats Alingsås / Alingsås "
                        "stöttar Ukraina” to strengthen support for Ukrainian refugees "
                        "locally.</li>"
                        "</ol>"
                    ),
                ),
                (
                    "table",
                    {
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "The motion’s decision points at a glance",
                        "data": [
                            ["Decision point", "What it means", "Responsible"],
                            [
                                "1. Join GR’s cooperation",
                                (
                                    "Alingsås becomes part of GR’s cooperation with the Lviv "
                                    "region and hosts visitors during the study visit in "
                                    "spring 2026."
                                ),
                                "Municipal council (Kommunfullmäktige)",
                            ],
                            [
                                "2. Contacts and a partner",
                                (
                                    "Build contacts with the Lviv region and find a partner "
                                    "among municipalities that need support and cooperation."
                                ),
                                "Municipal executive board (Kommunstyrelsen)",
                            ],
                            [
                                "3. Cooperation with Mötesplats Alingsås",
                                (
                                    "Investigate how the municipality can work with "
                                    "“Mötesplats Alingsås / Alingsås stöttar Ukraina” to "
                                    "strengthen support for Ukrainian refugees in Alingsås."
                                ),
                                "Municipal executive board (Kommunstyrelsen)",
                            ],
                        ],
                    },
                ),
                ("heading", {"text": "External funding", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The motion points out that cooperation with Ukrainian "
                        "municipalities often makes it possible to apply for external funding. "
                        "Possible funders include ICLD (the Swedish International Centre for "
                        "Local Democracy), Cities4Cities/Polaris, EU programmes and the "
                        "Swedish Institute (Svenska institutet). These are possibilities, not "
                        "grants: this page does not claim that any money has been applied for "
                        "or awarded.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "support",
        "show_in_menus": True,
        "sv": {
            "title": "Stöd till ukrainare i Alingsås",
            "slug": "stod-till-ukrainare",
            "intro": (
                "Den här sidan är till för ukrainare som bor i Alingsås och för alla som vill "
                "hjälpa till. Här kan du läsa om det lokala initiativet ”Mötesplats Alingsås / "
                "Alingsås stöttar Ukraina” och om vart du kan vända dig."
            ),
            "easy_read": (
                "<p>Många människor från Ukraina bor nu i Alingsås.</p>"
                "<p>I Alingsås finns en grupp som hjälper människor från Ukraina. Gruppen "
                "heter Mötesplats Alingsås. Du hittar gruppen genom Equmeniakyrkan i "
                "Alingsås.</p>"
                "<p>Har du frågor till kommunen? Kontakta kommunens Kontaktcenter.</p>"
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Flyktingar från Ukraina har fått en trygg plats i Alingsås. Många "
                        "har fått arbete, bidrar till samhället och är i dag aktiva "
                        "Alingsåsare. Föreningslivet, civilsamhället, kommunen och många "
                        "enskilda invånare har gjort stora insatser för att ta emot och stötta "
                        "dem som kommit från Ukraina.</p>"
                    ),
                ),
                (
                    "heading",
                    {"text": "Mötesplats Alingsås / Alingsås stöttar Ukraina", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>”Mötesplats Alingsås / Alingsås stöttar Ukraina” är ett initiativ "
                        "från civilsamhället i Alingsås. Equmeniakyrkan är en av de drivande "
                        "krafterna bakom initiativet.</p>"
                    ),
                ),
                ("heading", {"text": "Vad kommunen ombeds göra", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Motionen till kommunfullmäktige föreslår att kommunstyrelsen får i "
                        "uppdrag att utreda hur kommunen kan samarbeta med initiativet för att "
                        "stärka stödet till ukrainska flyktingar här i Alingsås. Än så länge "
                        "är det ett förslag, inte ett fattat beslut.</p>"
                    ),
                ),
                ("heading", {"text": "Så kommer du i kontakt", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>Vill du veta mer om initiativet, vara med eller hjälpa till? "
                        "Kontakta ”Mötesplats Alingsås / Alingsås stöttar Ukraina” genom "
                        "Equmeniakyrkan i Alingsås.</li>"
                        "<li>Har du frågor till kommunen? Kontakta Alingsås kommuns kundtjänst "
                        "(Kontaktcenter). Kontaktuppgifter finns på "
                        '<a href="https://www.alingsas.se">www.alingsas.se</a>.</li>'
                        "</ul>"
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
            "title": "Підтримка українців в Алінгсосі",
            "slug": "pidtrymka-ukraintsiv",
            "intro": (
                "Ця сторінка — для українців, які живуть в Алінгсосі, і для всіх, хто хоче "
                "допомогти. Тут ви дізнаєтеся про місцеву ініціативу «Mötesplats Alingsås / "
                "Alingsås stöttar Ukraina» і про те, куди можна звернутися."
            ),
            "easy_read": (
                "<p>В Алінгсосі зараз живе багато людей з України.</p>"
                "<p>В Алінгсосі є група, яка допомагає людям з України. Група називається "
                "Mötesplats Alingsås. Знайти групу можна через церкву Equmeniakyrkan в "
                "Алінгсосі.</p>"
                "<p>Маєте запитання до муніципалітету? Зверніться до центру обслуговування "
                "мешканців (Kontaktcenter).</p>"
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Біженці з України знайшли в Алінгсосі безпечний прихисток. Багато "
                        "хто вже працює, робить свій внесок у життя міста і став активним "
                        "мешканцем Алінгсоса. Ви тут не самі: громадські обʼєднання, "
                        "громадянське суспільство, муніципалітет і чимало мешканців доклали "
                        "великих зусиль, щоб прийняти й підтримати тих, хто приїхав з "
                        "України.</p>"
                    ),
                ),
                (
                    "heading",
                    {"text": "Mötesplats Alingsås / Alingsås stöttar Ukraina", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>«Mötesplats Alingsås / Alingsås stöttar Ukraina» (українською — "
                        "«Місце зустрічі Алінгсос / Алінгсос підтримує Україну») — це "
                        "ініціатива громадянського суспільства в Алінгсосі. Одна з її рушійних "
                        "сил — церква Equmeniakyrkan.</p>"
                    ),
                ),
                ("heading", {"text": "Що пропонують муніципалітету", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>У поданні до муніципальної ради пропонується доручити виконавчому "
                        "комітету муніципалітету (Kommunstyrelsen) зʼясувати, як муніципалітет "
                        "може співпрацювати з цією ініціативою, щоб посилити підтримку "
                        "українських біженців тут, в Алінгсосі. Поки що це пропозиція, а не "
                        "ухвалене рішення.</p>"
                    ),
                ),
                ("heading", {"text": "Куди звертатися", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>Хочете більше дізнатися про ініціативу, долучитися чи допомогти? "
                        "Звертайтеся до «Mötesplats Alingsås / Alingsås stöttar Ukraina» через "
                        "церкву Equmeniakyrkan в Алінгсосі.</li>"
                        "<li>Маєте запитання до муніципалітету? Звертайтеся до центру "
                        "обслуговування мешканців муніципалітету Алінгсоса (Kontaktcenter). "
                        "Контактні дані є на сайті "
                        '<a href="https://www.alingsas.se">www.alingsas.se</a>.</li>'
                        "</ul>"
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
            "title": "Support for Ukrainians in Alingsås",
            "slug": "support-for-ukrainians",
            "intro": (
                "This page is for Ukrainians living in Alingsås and for everyone who wants to "
                "help. Here you can read about the local initiative “Mötesplats Alingsås / "
                "Alingsås stöttar Ukraina” and where to turn."
            ),
            "easy_read": (
                "<p>Many people from Ukraine now live in Alingsås.</p>"
                "<p>In Alingsås there is a group that helps people from Ukraine. The group "
                "is called Mötesplats Alingsås. You can find the group through "
                "Equmeniakyrkan in Alingsås.</p>"
                "<p>Do you have questions for the municipality? Contact the municipality’s "
                "Kontaktcenter.</p>"
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Refugees from Ukraine have found a safe place in Alingsås. Many of "
                        "them work, contribute to the community and are now active residents "
                        "of Alingsås. Local associations, civil society, the municipality and "
                        "many individual residents have made a great effort to welcome and "
                        "support those who have come from Ukraine.</p>"
                    ),
                ),
                (
                    "heading",
                    {"text": "Mötesplats Alingsås / Alingsås stöttar Ukraina", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>“Mötesplats Alingsås / Alingsås stöttar Ukraina” (roughly “Meeting "
                        "Place Alingsås / Alingsås supports Ukraine”) is a civil-society "
                        "initiative in Alingsås. Equmeniakyrkan is one of its driving "
                        "forces.</p>"
                    ),
                ),
                ("heading", {"text": "What the municipality is asked to do", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The motion to the municipal council proposes that the municipal "
                        "executive board (Kommunstyrelsen) be tasked with investigating how "
                        "the municipality can work with the initiative to strengthen support "
                        "for Ukrainian refugees here in Alingsås. For now this is a proposal, "
                        "not a decision.</p>"
                    ),
                ),
                ("heading", {"text": "How to get in touch", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>Want to know more about the initiative, join in or help? Contact "
                        "“Mötesplats Alingsås / Alingsås stöttar Ukraina” through "
                        "Equmeniakyrkan in Alingsås.</li>"
                        "<li>Have a question for the municipality? Contact Alingsås kommun’s "
                        "customer service (Kontaktcenter). Contact details are on "
                        '<a href="https://www.alingsas.se">www.alingsas.se</a>.</li>'
                        "</ul>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "text": "Go to Alingsås kommun’s website",
                        "page": None,
                        "external_url": "https://www.alingsas.se",
                    },
                ),
            ],
        },
    },
    {
        "key": "privacy",
        "show_in_menus": False,
        "sv": {
            "title": "Personuppgifter och kakor",
            "slug": "personuppgifter",
            "intro": (
                "Så hanterar vi personuppgifter på den här webbplatsen – och därför möts du "
                "inte av någon kakruta."
            ),
            "body": [
                ("heading", {"text": "Inga kakor och ingen spårning", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Den publika webbplatsen sätter inga kakor (cookies) och använder "
                        "varken spårningsverktyg eller tjänster från tredje part. Därför "
                        "behöver vi inte be om ditt samtycke, och du möts inte av någon "
                        "kakruta.</p>"
                    ),
                ),
                ("heading", {"text": "Serverloggar", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>När du besöker webbplatsen registrerar servern några tekniska "
                        "uppgifter: din IP-adress, tidpunkten och vilken sida du begärde. "
                        "Loggarna används för säkerhet och drift och sparas under en begränsad "
                        "tid.</p>"
                    ),
                ),
                ("heading", {"text": "Konton för redaktörer", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Den som publicerar innehåll på webbplatsen har ett redaktörskonto. "
                        "För kontot sparar vi namn och e-postadress.</p>"
                    ),
                ),
                ("heading", {"text": "Personuppgiftsansvarig", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Alingsås kommun är personuppgiftsansvarig för det innehåll som "
                        "kommunen publicerar på webbplatsen.</p>"
                    ),
                ),
                ("heading", {"text": "Dina rättigheter", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Enligt dataskyddsförordningen (GDPR) har du bland annat rätt "
                        "att</p>"
                        "<ul>"
                        "<li>få veta vilka personuppgifter om dig som behandlas,</li>"
                        "<li>få felaktiga uppgifter rättade,</li>"
                        "<li>i vissa fall få uppgifter raderade,</li>"
                        "<li>klaga hos Integritetsskyddsmyndigheten (IMY), "
                        '<a href="https://www.imy.se">www.imy.se</a>, om du anser att dina '
                        "personuppgifter behandlas felaktigt.</li>"
                        "</ul>"
                    ),
                ),
                ("heading", {"text": "Kontakt", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Har du frågor om hur vi behandlar personuppgifter, eller vill du "
                        "använda dina rättigheter? Kontakta Alingsås kommuns kundtjänst "
                        "(Kontaktcenter). Kontaktuppgifter finns på "
                        '<a href="https://www.alingsas.se">www.alingsas.se</a>.</p>'
                    ),
                ),
            ],
        },
        "uk": {
            "title": "Персональні дані та файли cookie",
            "slug": "konfidentsiinist",
            "intro": (
                "Як ми обробляємо персональні дані на цьому вебсайті — і чому ви не побачите "
                "тут вікна із запитом про файли cookie."
            ),
            "body": [
                ("heading", {"text": "Жодних файлів cookie і жодного стеження", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Публічна частина вебсайту не встановлює файлів cookie і не "
                        "використовує ні засобів стеження, ні сервісів третіх сторін. Тому нам "
                        "не потрібна ваша згода, і вікна із запитом про cookie ви не "
                        "побачите.</p>"
                    ),
                ),
                ("heading", {"text": "Журнали сервера", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Коли ви відвідуєте вебсайт, сервер записує деякі технічні дані: "
                        "вашу IP-адресу, час відвідування і сторінку, яку ви відкрили. Ці "
                        "журнали потрібні для безпеки та роботи сайту і зберігаються обмежений "
                        "час.</p>"
                    ),
                ),
                ("heading", {"text": "Облікові записи редакторів", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Ті, хто публікує матеріали на вебсайті, мають обліковий запис "
                        "редактора. Для нього ми зберігаємо імʼя та адресу електронної "
                        "пошти.</p>"
                    ),
                ),
                ("heading", {"text": "Хто відповідає за обробку даних", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Муніципалітет Алінгсоса (Alingsås kommun) є контролером "
                        "персональних даних (personuppgiftsansvarig) щодо матеріалів, які він "
                        "публікує на вебсайті.</p>"
                    ),
                ),
                ("heading", {"text": "Ваші права", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Відповідно до Загального регламенту захисту даних (GDPR) ви, "
                        "зокрема, маєте право:</p>"
                        "<ul>"
                        "<li>дізнатися, які ваші персональні дані обробляються;</li>"
                        "<li>вимагати виправлення неправильних даних;</li>"
                        "<li>у певних випадках вимагати видалення даних;</li>"
                        "<li>подати скаргу до шведського Управління із захисту приватності "
                        "(Integritetsskyddsmyndigheten, IMY), "
                        '<a href="https://www.imy.se">www.imy.se</a>, якщо вважаєте, що ваші '
                        "персональні дані обробляються неправомірно.</li>"
                        "</ul>"
                    ),
                ),
                ("heading", {"text": "Контакти", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Маєте запитання про обробку персональних даних або хочете "
                        "скористатися своїми правами? Зверніться до центру обслуговування "
                        "мешканців муніципалітету Алінгсоса (Kontaktcenter). Контактні дані є "
                        'на сайті <a href="https://www.alingsas.se">www.alingsas.se</a>.</p>'
                    ),
                ),
            ],
        },
        "en": {
            "title": "Personal data and cookies",
            "slug": "privacy",
            "intro": (
                "How we handle personal data on this website – and why you will not see a "
                "cookie banner."
            ),
            "body": [
                ("heading", {"text": "No cookies, no tracking", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The public website sets no cookies and uses no trackers or "
                        "third-party services. That is why we do not need to ask for your "
                        "consent, and you will not see a cookie banner.</p>"
                    ),
                ),
                ("heading", {"text": "Server logs", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>When you visit the website, the server records some technical "
                        "data: your IP address, the time and the page you requested. The logs "
                        "are used for security and operations and are kept for a limited "
                        "time.</p>"
                    ),
                ),
                ("heading", {"text": "Editor accounts", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>People who publish content on the website have an editor account. "
                        "For that account we store a name and an email address.</p>"
                    ),
                ),
                ("heading", {"text": "Data controller", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Alingsås kommun is the data controller (personuppgiftsansvarig) "
                        "for the content it publishes on the website.</p>"
                    ),
                ),
                ("heading", {"text": "Your rights", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Under the General Data Protection Regulation (GDPR) you have, "
                        "among other things, the right to:</p>"
                        "<ul>"
                        "<li>find out which personal data about you is being processed;</li>"
                        "<li>have incorrect data corrected;</li>"
                        "<li>have data erased in certain cases;</li>"
                        "<li>complain to the Swedish Authority for Privacy Protection "
                        "(Integritetsskyddsmyndigheten, IMY), "
                        '<a href="https://www.imy.se">www.imy.se</a>, if you think your '
                        "personal data is being processed wrongly.</li>"
                        "</ul>"
                    ),
                ),
                ("heading", {"text": "Contact", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Do you have questions about how we process personal data, or do "
                        "you want to exercise your rights? Contact Alingsås kommun’s customer "
                        "service (Kontaktcenter). Contact details are on "
                        '<a href="https://www.alingsas.se">www.alingsas.se</a>.</p>'
                    ),
                ),
            ],
        },
    },
]


INDEX_PAGES = [
    {
        "key": "news",
        "model": "news.NewsIndexPage",
        "sv": {
            "title": "Nyheter",
            "slug": "nyheter",
            "intro": "Nyheter om samarbetet från Alingsås kommun och partnerna i Lviv-regionen.",
        },
        "uk": {
            "title": "Новини",
            "slug": "novyny",
            "intro": "Новини про співпрацю від муніципалітету Алінгсоса та партнерів на Львівщині.",
        },
        "en": {
            "title": "News",
            "slug": "news",
            "intro": "News about the cooperation from Alingsås municipality and its partners "
            "in the Lviv region.",
        },
    },
    {
        "key": "events",
        "model": "news.EventIndexPage",
        "sv": {
            "title": "Evenemang",
            "slug": "evenemang",
            "intro": "Möten, studiebesök och andra evenemang i samarbetet.",
        },
        "uk": {
            "title": "Події",
            "slug": "podii",
            "intro": "Зустрічі, навчальні візити та інші події співпраці.",
        },
        "en": {
            "title": "Events",
            "slug": "events",
            "intro": "Meetings, study visits and other events of the cooperation.",
        },
    },
    {
        "key": "projects",
        "model": "partnership.ProjectIndexPage",
        "sv": {
            "title": "Projekt och framsteg",
            "slug": "projekt",
            "intro": "Vad varje beslutspunkt och projekt har åstadkommit, och vad som hänt sedan "
            "förra sammanträdet.",
        },
        "uk": {
            "title": "Проєкти та поступ",
            "slug": "proiekty",
            "intro": "Чого досягнуто за кожним пунктом рішення та проєктом і що змінилося від "
            "останнього засідання.",
        },
        "en": {
            "title": "Projects and progress",
            "slug": "projects",
            "intro": "What each decision point and project has achieved, and what changed since "
            "the last meeting.",
        },
    },
    {
        "key": "partners",
        "model": "partnership.PartnerIndexPage",
        "sv": {
            "title": "Partner",
            "slug": "partner",
            "intro": "Kommunerna, regionerna och organisationerna i samarbetet.",
        },
        "uk": {
            "title": "Партнери",
            "slug": "partnery",
            "intro": "Громади, регіони та організації, що беруть участь у співпраці.",
        },
        "en": {
            "title": "Partners",
            "slug": "partners",
            "intro": "The municipalities, regions and organisations in the cooperation.",
        },
    },
]

# The accessibility statement in the structure of DIGG's template; the headings and fixed
# sentences come from the page template, these are the parts particular to this site.
ACCESSIBILITY_STATEMENT = {
    "key": "accessibility",
    "compliance": "partial",
    "assessed_on": "2026-11-26",
    "updated_on": "2026-11-26",
    "feedback_email": "kontaktcenter@alingsas.se",
    "sv": {
        "title": "Tillgänglighetsredogörelse",
        "slug": "tillganglighetsredogorelse",
        "intro": (
            "Så uppfyller den här webbplatsen lagen om tillgänglighet till digital offentlig "
            "service."
        ),
        "organisation": "Alingsås kommun",
        "non_compliance": (
            "<ul>"
            "<li>Vissa PDF-dokument från våra samarbetspartner saknar rubriker och taggad text, "
            "så de kan vara svåra att läsa med skärmläsare (WCAG 1.3.1).</li>"
            "</ul>"
        ),
        "outside_scope": (
            "<ul>"
            "<li>Lagen kräver inte att innehållet finns på flera språk. Visst innehåll finns "
            "bara på ett eller två av webbplatsens tre språk: svenska, ukrainska och "
            "engelska.</li>"
            "</ul>"
        ),
        "assessment_method": (
            "<p>Vi testar webbplatsen automatiskt med verktyget axe i en riktig webbläsare, "
            "på varje sidtyp och på alla tre språken. Dessutom kontrollerar vi själva att "
            "webbplatsen går att använda med tangentbord och med skärmläsare.</p>"
        ),
        "response_time": "inom fem arbetsdagar",
    },
    "uk": {
        "title": "Заява про доступність",
        "slug": "dostupnist",
        "intro": (
            "Як цей вебсайт відповідає шведському закону про доступність цифрових публічних послуг."
        ),
        "organisation": "Муніципалітет Алінгсоса (Alingsås kommun)",
        "non_compliance": (
            "<ul>"
            "<li>Деякі PDF-документи від наших партнерів не мають заголовків і розміченого "
            "тексту, тому їх може бути важко читати за допомогою програми зчитування з екрана "
            "(WCAG 1.3.1).</li>"
            "</ul>"
        ),
        "outside_scope": (
            "<ul>"
            "<li>Закон не вимагає, щоб вміст був кількома мовами. Частина вмісту є лише однією "
            "або двома з трьох мов сайту: шведською, українською чи англійською.</li>"
            "</ul>"
        ),
        "assessment_method": (
            "<p>Ми автоматично тестуємо вебсайт за допомогою інструмента axe у справжньому "
            "браузері — на кожному типі сторінок і всіма трьома мовами. Крім того, ми самі "
            "перевіряємо, чи можна користуватися вебсайтом за допомогою клавіатури та "
            "програми зчитування з екрана.</p>"
        ),
        "response_time": "протягом пʼяти робочих днів",
    },
    "en": {
        "title": "Accessibility statement",
        "slug": "accessibility-statement",
        "intro": (
            "How this website complies with the Swedish law on accessibility to digital public "
            "services."
        ),
        "organisation": "Alingsås kommun",
        "non_compliance": (
            "<ul>"
            "<li>Some PDF documents from our partners lack headings and tagged text, so they "
            "can be hard to read with a screen reader (WCAG 1.3.1).</li>"
            "</ul>"
        ),
        "outside_scope": (
            "<ul>"
            "<li>The law does not require content in several languages. Some content exists "
            "in only one or two of the site’s three languages: Swedish, Ukrainian and "
            "English.</li>"
            "</ul>"
        ),
        "assessment_method": (
            "<p>We test the website automatically with the axe tool in a real browser, on "
            "every page type and in all three languages. We also check ourselves that the "
            "website can be used with a keyboard and with a screen reader.</p>"
        ),
        "response_time": "within five working days",
    },
}
