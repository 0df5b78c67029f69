"""Demo events in all four languages, from the milestones in shared/seed/FACTS.md.

Times are local wall-clock times at the event, in the event's own time zone. Venue names are
proper names and stay as they are in every language.
"""

from home.seeding import Text

INDEX_TITLE = Text("Events", "Ngjarje", "Događaji", "Eventi")
INDEX_INTRO = Text(
    "Training days, study visits, mobilities and webinars of the VET-WEB partnership. Add a single "
    "event to your calendar or subscribe to all of them.",
    "Ditë trajnimi, vizita studimore, mobilitete dhe webinare të partneritetit VET-WEB. Shtoni një "
    "ngjarje në kalendarin tuaj ose abonohuni te të gjitha.",
    "Dani obuke, studijske posjete, mobilnosti i vebinari partnerstva VET-WEB. Dodajte pojedinačni "
    "događaj u svoj kalendar ili se pretplatite na sve.",
    "Giornate di formazione, visite di studio, mobilità e webinar del partenariato VET-WEB. Aggiungi "
    "un singolo evento al tuo calendario o abbonati a tutti.",
)

MONTENEGRO = Text("Montenegro", "Mali i Zi", "Crna Gora", "Montenegro")
ALBANIA = Text("Albania", "Shqipëri", "Albanija", "Albania")
BELGIUM = Text("Belgium", "Belgjikë", "Belgija", "Belgio")
ITALY = Text("Italy", "Itali", "Italija", "Italia")
SPAIN = Text("Spain", "Spanjë", "Španija", "Spagna")
PODGORICA = Text("Podgorica", "Podgoricë", "Podgorica", "Podgorica")
TIRANA = Text("Tirana", "Tiranë", "Tirana", "Tirana")
BRUSSELS = Text("Brussels", "Bruksel", "Brisel", "Bruxelles")
PORDENONE = Text("Pordenone", "Pordenone", "Pordenone", "Pordenone")
BARCELONA = Text("Barcelona", "Barcelonë", "Barselona", "Barcellona")

WEBINAR_LINK = "https://meet.example.org/vet-web"

EVENTS = [
    {
        "slug": "training-days-podgorica",
        "event_type": "training",
        "time_zone": "Europe/Podgorica",
        "start": (2023, 9, 19, 9, 30),
        "end": (2023, 9, 21, 16, 0),
        "venue": "Centar za stručno obrazovanje",
        "city": PODGORICA,
        "country": MONTENEGRO,
        "title": Text(
            "Training days in Podgorica",
            "Ditë trajnimi në Podgoricë",
            "Dani obuke u Podgorici",
            "Giornate di formazione a Podgorica",
        ),
        "intro": Text(
            "The exploratory phase opens: trainers and managers from Montenegrin VET providers map "
            "their needs with the EU partners.",
            "Nis faza eksploruese: trajnerë dhe drejtues nga ofruesit malazezë të AFP-së hartojnë "
            "nevojat e tyre me partnerët e BE-së.",
            "Počinje istraživačka faza: treneri i rukovodioci crnogorskih pružalaca stručnog "
            "obrazovanja s partnerima iz EU mapiraju svoje potrebe.",
            "Si apre la fase esplorativa: formatori e dirigenti degli enti di formazione montenegrini "
            "analizzano i propri bisogni con i partner europei.",
        ),
        "programme": [
            Text(
                "Day 1: how VET providers in Montenegro work today.",
                "Dita 1: si punojnë sot ofruesit e AFP-së në Mal të Zi.",
                "Dan 1: kako danas rade pružaoci stručnog obrazovanja u Crnoj Gori.",
                "Giorno 1: come lavorano oggi gli enti di formazione in Montenegro.",
            ),
            Text(
                "Day 2: workshops on guidance and work-based learning.",
                "Dita 2: punëtori për orientimin dhe të nxënit në vendin e punës.",
                "Dan 2: radionice o karijernom vođenju i učenju kroz rad.",
                "Giorno 2: laboratori su orientamento e apprendimento basato sul lavoro.",
            ),
            Text(
                "Day 3: training needs and plans for the mobilities.",
                "Dita 3: nevojat për trajnim dhe plani i mobiliteteve.",
                "Dan 3: potrebe za obukom i plan mobilnosti.",
                "Giorno 3: fabbisogni formativi e piano delle mobilità.",
            ),
        ],
    },
    {
        "slug": "exploratory-phase-wrap-up-tirana",
        "event_type": "conference",
        "time_zone": "Europe/Tirane",
        "start": (2023, 9, 28, 10, 0),
        "end": (2023, 9, 28, 17, 0),
        "venue": "Partneriteti për Zhvillim",
        "city": TIRANA,
        "country": ALBANIA,
        "title": Text(
            "Wrap-up of the exploratory phase in Tirana",
            "Përmbyllja e fazës eksploruese në Tiranë",
            "Završni sastanak istraživačke faze u Tirani",
            "Chiusura della fase esplorativa a Tirana",
        ),
        "intro": Text(
            "Albanian and Montenegrin partners compare what they found and agree on the priorities "
            "for the months ahead.",
            "Partnerët shqiptarë dhe malazezë krahasojnë gjetjet dhe bien dakord për përparësitë e "
            "muajve në vijim.",
            "Albanski i crnogorski partneri upoređuju nalaze i dogovaraju prioritete za naredne mjesece.",
            "I partner albanesi e montenegrini confrontano i risultati e concordano le priorità dei "
            "prossimi mesi.",
        ),
        "programme": [
            Text(
                "Morning: findings from Podgorica and Tirana.",
                "Paradite: gjetjet nga Podgorica dhe Tirana.",
                "Prije podne: nalazi iz Podgorice i Tirane.",
                "Mattina: i risultati di Podgorica e Tirana.",
            ),
            Text(
                "Afternoon: priorities and the calendar of mobilities.",
                "Pasdite: përparësitë dhe kalendari i mobiliteteve.",
                "Poslije podne: prioriteti i kalendar mobilnosti.",
                "Pomeriggio: priorità e calendario delle mobilità.",
            ),
        ],
    },
    {
        "slug": "study-visit-brussels",
        "event_type": "mobility",
        "time_zone": "Europe/Brussels",
        "start": (2024, 1, 23, 9, 0),
        "end": (2024, 1, 25, 13, 0),
        "venue": "IHF",
        "city": BRUSSELS,
        "country": BELGIUM,
        "title": Text(
            "Study visit in Brussels",
            "Vizitë studimore në Bruksel",
            "Studijska posjeta Briselu",
            "Visita di studio a Bruxelles",
        ),
        "intro": Text(
            "Partners meet EU networks for vocational training and learn how European projects "
            "are run and reported.",
            "Partnerët takojnë rrjete evropiane të formimit profesional dhe mësojnë si drejtohen "
            "dhe raportohen projektet evropiane.",
            "Partneri se sastaju s evropskim mrežama stručnog osposobljavanja i uče kako se vode i "
            "izvještavaju evropski projekti.",
            "I partner incontrano le reti europee della formazione professionale e imparano come si "
            "gestiscono e rendicontano i progetti europei.",
        ),
        "programme": [
            Text(
                "Meetings with European VET networks.",
                "Takime me rrjetet evropiane të AFP-së.",
                "Sastanci s evropskim mrežama stručnog obrazovanja.",
                "Incontri con le reti europee dell'istruzione e formazione professionale.",
            ),
            Text(
                "Project management and reporting in practice.",
                "Menaxhimi dhe raportimi i projektit në praktikë.",
                "Upravljanje projektom i izvještavanje u praksi.",
                "Gestione e rendicontazione del progetto nella pratica.",
            ),
        ],
    },
    {
        "slug": "eqavet-webinar",
        "event_type": "webinar",
        "time_zone": "Europe/Rome",
        "start": (2024, 3, 12, 15, 0),
        "end": (2024, 3, 12, 16, 30),
        "venue": "",
        "city": None,
        "country": None,
        "online_url": WEBINAR_LINK,
        "title": Text(
            "Webinar: the EQAVET quality cycle in practice",
            "Webinar: cikli i cilësisë EQAVET në praktikë",
            "Vebinar: ciklus kvaliteta EQAVET u praksi",
            "Webinar: il ciclo di qualità EQAVET nella pratica",
        ),
        "intro": Text(
            "Plan, implement, evaluate, review: how a training centre can use the EQAVET "
            "indicators without extra paperwork.",
            "Planifiko, zbato, vlerëso, rishiko: si mund t'i përdorë një qendër formimi treguesit "
            "EQAVET pa burokraci shtesë.",
            "Planiraj, sprovedi, ocijeni, preispitaj: kako centar za obuku može koristiti EQAVET "
            "indikatore bez dodatne papirologije.",
            "Pianificare, attuare, valutare, riesaminare: come un centro di formazione può usare gli "
            "indicatori EQAVET senza burocrazia in più.",
        ),
        "programme": [
            Text(
                "The four phases of the quality cycle.",
                "Katër fazat e ciklit të cilësisë.",
                "Četiri faze ciklusa kvaliteta.",
                "Le quattro fasi del ciclo di qualità.",
            ),
            Text(
                "Questions and answers.",
                "Pyetje dhe përgjigje.",
                "Pitanja i odgovori.",
                "Domande e risposte.",
            ),
        ],
    },
    {
        "slug": "mobility-friuli-venezia-giulia",
        "event_type": "mobility",
        "time_zone": "Europe/Rome",
        "start": (2024, 6, 4, 9, 0),
        "end": (2024, 6, 7, 17, 0),
        "venue": "IAL FVG",
        "city": PORDENONE,
        "country": ITALY,
        "title": Text(
            "Staff mobility in Friuli Venezia Giulia",
            "Mobilitet i stafit në Friuli Venezia Giulia",
            "Mobilnost osoblja u Furlaniji-Julijskoj krajini",
            "Mobilità del personale in Friuli Venezia Giulia",
        ),
        "intro": Text(
            "Six Albanian and eight Montenegrin participants visit training centres and companies "
            "in Pordenone, Trieste, Aviano and Muggia.",
            "Gjashtë pjesëmarrës shqiptarë dhe tetë malazezë vizitojnë qendra formimi dhe ndërmarrje "
            "në Pordenone, Trieste, Aviano dhe Muggia.",
            "Šest učesnika iz Albanije i osam iz Crne Gore posjećuje centre za obuku i preduzeća u "
            "Pordenoneu, Trstu, Avianu i Muđi.",
            "Sei partecipanti albanesi e otto montenegrini visitano centri di formazione e imprese a "
            "Pordenone, Trieste, Aviano e Muggia.",
        ),
        "programme": [
            Text(
                "Pordenone: how IAL FVG organises its courses.",
                "Pordenone: si i organizon IAL FVG kurset e saj.",
                "Pordenone: kako IAL FVG organizuje svoje kurseve.",
                "Pordenone: come IAL FVG organizza i suoi corsi.",
            ),
            Text(
                "Trieste and Muggia: training with local companies.",
                "Trieste dhe Muggia: formimi me ndërmarrjet vendore.",
                "Trst i Muđa: obuka s lokalnim preduzećima.",
                "Trieste e Muggia: la formazione con le imprese del territorio.",
            ),
            Text(
                "Aviano: guidance for young people and adults.",
                "Aviano: orientimi për të rinjtë dhe të rriturit.",
                "Aviano: karijerno vođenje za mlade i odrasle.",
                "Aviano: l'orientamento per giovani e adulti.",
            ),
        ],
    },
    {
        "slug": "final-stage-barcelona",
        "event_type": "training",
        "time_zone": "Europe/Madrid",
        "start": (2024, 10, 14, 9, 0),
        "end": (2024, 10, 18, 14, 0),
        "venue": "Asociación FRESS",
        "city": BARCELONA,
        "country": SPAIN,
        "title": Text(
            "Final training stage in Barcelona",
            "Faza përmbyllëse e trajnimit në Barcelonë",
            "Završna faza obuke u Barseloni",
            "Fase finale di formazione a Barcellona",
        ),
        "intro": Text(
            "Sixteen teachers and staff from Albania and Montenegro try out the project's tools "
            "with Spanish VET providers.",
            "Gjashtëmbëdhjetë mësues dhe punonjës nga Shqipëria dhe Mali i Zi provojnë mjetet e "
            "projektit me ofrues spanjollë të AFP-së.",
            "Šesnaest nastavnika i zaposlenih iz Albanije i Crne Gore isprobava alate projekta sa "
            "španskim pružaocima stručnog obrazovanja.",
            "Sedici docenti e operatori di Albania e Montenegro sperimentano gli strumenti del "
            "progetto con enti di formazione spagnoli.",
        ),
        "programme": [
            Text(
                "Piloting the tools with learners in fragile situations.",
                "Pilotimi i mjeteve me nxënës në situata të brishta.",
                "Pilotiranje alata s polaznicima u osjetljivom položaju.",
                "Sperimentazione degli strumenti con discenti in situazioni di fragilità.",
            ),
            Text(
                "Sharing results and next steps.",
                "Ndarja e rezultateve dhe hapat e ardhshëm.",
                "Razmjena rezultata i naredni koraci.",
                "Condivisione dei risultati e prossimi passi.",
            ),
        ],
    },
    {
        "slug": "europass-esco-webinar",
        "event_type": "webinar",
        "time_zone": "Europe/Rome",
        "start": (2027, 1, 20, 15, 0),
        "end": (2027, 1, 20, 16, 30),
        "venue": "",
        "city": None,
        "country": None,
        "online_url": WEBINAR_LINK,
        "registration_url": "https://example.org/vet-web/register/europass-esco-webinar",
        "registration_deadline": (2027, 1, 18, 23, 59),
        "title": Text(
            "Webinar: Europass and ESCO for trainers",
            "Webinar: Europass dhe ESCO për trajnerët",
            "Vebinar: Europass i ESCO za trenere",
            "Webinar: Europass ed ESCO per i formatori",
        ),
        "intro": Text(
            "How trainers can help learners describe their skills with Europass and the ESCO classification.",
            "Si mund t'i ndihmojnë trajnerët nxënësit të përshkruajnë aftësitë e tyre me Europass "
            "dhe klasifikimin ESCO.",
            "Kako treneri mogu pomoći polaznicima da opišu svoje vještine pomoću Europassa i ESCO "
            "klasifikacije.",
            "Come i formatori possono aiutare i discenti a descrivere le proprie competenze con "
            "Europass e la classificazione ESCO.",
        ),
        "programme": [
            Text(
                "A guided tour of the Europass profile.",
                "Një prezantim i udhëhequr i profilit Europass.",
                "Vođeni obilazak Europass profila.",
                "Una visita guidata del profilo Europass.",
            ),
            Text(
                "Finding occupations and skills in ESCO.",
                "Gjetja e profesioneve dhe aftësive në ESCO.",
                "Pronalaženje zanimanja i vještina u ESCO klasifikaciji.",
                "Trovare professioni e competenze in ESCO.",
            ),
        ],
    },
    {
        "slug": "vet-network-meeting-podgorica",
        "event_type": "networking",
        "time_zone": "Europe/Podgorica",
        "start": (2027, 3, 11, 10, 0),
        "end": (2027, 3, 11, 15, 30),
        "venue": "Caritas Crne Gore",
        "city": PODGORICA,
        "country": MONTENEGRO,
        "online_url": WEBINAR_LINK,
        "registration_url": "https://example.org/vet-web/register/network-meeting-2027",
        "registration_deadline": (2027, 3, 4, 17, 0),
        "title": Text(
            "Network meeting of VET providers and employers",
            "Takim i rrjetit të ofruesve të AFP-së dhe punëdhënësve",
            "Sastanak mreže pružalaca stručnog obrazovanja i poslodavaca",
            "Incontro della rete di enti di formazione e imprese",
        ),
        "intro": Text(
            "VET providers, employment services and employers from Albania and Montenegro plan "
            "joint courses for rural and fragile learners. In person in Podgorica and online.",
            "Ofruesit e AFP-së, shërbimet e punësimit dhe punëdhënësit nga Shqipëria dhe Mali i Zi "
            "planifikojnë kurse të përbashkëta për nxënës në zona rurale dhe në situata të brishta. "
            "Me prani fizike në Podgoricë dhe online.",
            "Pružaoci stručnog obrazovanja, službe zapošljavanja i poslodavci iz Albanije i Crne Gore "
            "planiraju zajedničke kurseve za polaznike iz ruralnih sredina i u osjetljivom položaju. "
            "Uživo u Podgorici i onlajn.",
            "Enti di formazione, servizi per l'impiego e imprese di Albania e Montenegro progettano "
            "corsi comuni per discenti delle aree rurali e in situazioni di fragilità. In presenza a "
            "Podgorica e online.",
        ),
        "programme": [
            Text(
                "What employers in the region are looking for.",
                "Çfarë kërkojnë punëdhënësit në rajon.",
                "Šta traže poslodavci u regionu.",
                "Che cosa cercano le imprese della regione.",
            ),
            Text(
                "Working groups on joint courses.",
                "Grupe pune për kurset e përbashkëta.",
                "Radne grupe o zajedničkim kursevima.",
                "Gruppi di lavoro sui corsi comuni.",
            ),
        ],
    },
    {
        "slug": "vet-web-conference-tirana",
        "event_type": "conference",
        "time_zone": "Europe/Tirane",
        "start": (2027, 5, 20, 9, 30),
        "end": (2027, 5, 21, 13, 0),
        "venue": "Yunus Social Business Fund Albania",
        "city": TIRANA,
        "country": ALBANIA,
        "registration_url": "https://example.org/vet-web/register/conference-2027",
        "registration_deadline": (2027, 5, 10, 17, 0),
        "title": Text(
            "Conference: vocational training that answers the labour market",
            "Konferencë: formim profesional që u përgjigjet nevojave të tregut të punës",
            "Konferencija: stručno osposobljavanje koje odgovara tržištu rada",
            "Convegno: una formazione professionale che risponde al mercato del lavoro",
        ),
        "intro": Text(
            "Partners present the tools tried out during VET-WEB and discuss with ministries and "
            "employers how to keep them in use.",
            "Partnerët prezantojnë mjetet e provuara gjatë VET-WEB dhe diskutojnë me ministritë dhe "
            "punëdhënësit si të vazhdojë përdorimi i tyre.",
            "Partneri predstavljaju alate isprobane tokom projekta VET-WEB i s ministarstvima i "
            "poslodavcima razgovaraju o tome kako da ostanu u upotrebi.",
            "I partner presentano gli strumenti sperimentati in VET-WEB e discutono con ministeri e "
            "imprese come continuare a usarli.",
        ),
        "programme": [
            Text(
                "Day 1: results of the pilots in Albania and Montenegro.",
                "Dita 1: rezultatet e pilotimeve në Shqipëri dhe Mal të Zi.",
                "Dan 1: rezultati pilotiranja u Albaniji i Crnoj Gori.",
                "Giorno 1: i risultati delle sperimentazioni in Albania e Montenegro.",
            ),
            Text(
                "Day 2: round table with ministries and employers.",
                "Dita 2: tryezë e rrumbullakët me ministritë dhe punëdhënësit.",
                "Dan 2: okrugli sto s ministarstvima i poslodavcima.",
                "Giorno 2: tavola rotonda con ministeri e imprese.",
            ),
        ],
    },
]
