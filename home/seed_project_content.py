"""Demo partners, news topics and work packages in all four languages, from shared/seed/FACTS.md.

The work packages are not published by the project: they are plausible demo content built from its
five activity lines, and every one of them says so.
"""

import datetime

from .seeding import Text

# name, short name, country, role; names are proper names unless a language has an official form.
PARTNERS = [
    (Text("IAL FVG", "IAL FVG", "IAL FVG", "IAL FVG"), "IAL FVG", "IT", "lead"),
    (
        Text("Consorzio Communitas", "Consorzio Communitas", "Consorzio Communitas", "Consorzio Communitas"),
        "",
        "IT",
        "partner",
    ),
    (
        Text("Asociación FRESS", "Asociación FRESS", "Asociación FRESS", "Asociación FRESS"),
        "FRESS",
        "ES",
        "partner",
    ),
    (Text("IHF", "IHF", "IHF", "IHF"), "IHF", "BE", "partner"),
    (
        Text(
            "Partneritet për Zhvillim",
            "Partneritet për Zhvillim",
            "Partneritet për Zhvillim",
            "Partneritet për Zhvillim",
        ),
        "PFD",
        "AL",
        "partner",
    ),
    (
        Text(
            "Yunus Social Business Fund Albania",
            "Yunus Social Business Fund Albania",
            "Yunus Social Business Fund Albania",
            "Yunus Social Business Fund Albania",
        ),
        "",
        "AL",
        "partner",
    ),
    (
        Text("Caritas Crne Gore", "Caritas Crne Gore", "Caritas Crne Gore", "Caritas Crne Gore"),
        "",
        "ME",
        "partner",
    ),
    (
        Text(
            "Centre for Vocational Education",
            "Qendra për Arsim Profesional",
            "Centar za stručno obrazovanje",
            "Centro per l'istruzione professionale",
        ),
        "CSO",
        "ME",
        "partner",
    ),
    (Text("ANCCP VET", "ANCCP VET", "ANCCP VET", "ANCCP VET"), "ANCCP VET", "ES", "associated"),
]

TOPICS = {
    "mobility": Text("Mobility", "Lëvizshmëri", "Mobilnost", "Mobilità"),
    "training": Text("Training", "Trajnim", "Obuka", "Formazione"),
    "networking": Text("Networking", "Rrjetëzim", "Umrežavanje", "Reti e partenariati"),
    "eu-tools": Text("EU tools", "Mjetet e BE-së", "Alati EU", "Strumenti europei"),
    "eqavet": Text("EQAVET", "EQAVET", "EQAVET", "EQAVET"),
    "events": Text("Events", "Ngjarje", "Događaji", "Eventi"),
}

WORK_PACKAGE_INDEX = {
    "slug": "work-packages",
    "title": Text("Work packages", "Paketat e punës", "Radni paketi", "Pacchetti di lavoro"),
    "intro": Text(
        "How the project's work is divided, who leads each part and what it has delivered so far. "
        "These work packages are demo content drawn from the project's activity lines.",
        "Si ndahet puna e projektit, kush drejton secilën pjesë dhe çfarë është realizuar deri tani. "
        "Këto paketa pune janë përmbajtje demonstruese, të nxjerra nga linjat e veprimtarisë së projektit.",
        "Kako je podijeljen rad na projektu, ko vodi koji dio i šta je do sada ostvareno. "
        "Ovi radni paketi su demo sadržaj zasnovan na linijama aktivnosti projekta.",
        "Come è suddiviso il lavoro del progetto, chi guida ogni parte e che cosa è stato realizzato "
        "finora. Questi pacchetti di lavoro sono contenuti dimostrativi ricavati dalle linee di attività "
        "del progetto.",
    ),
}

DEMO_NOTE = Text(
    "Demo content: this work package was written for the demo site from the project's published activity lines.",
    "Përmbajtje demonstruese: kjo paketë pune u shkrua për faqen demonstruese nga linjat e publikuara të "
    "veprimtarisë së projektit.",
    "Demo sadržaj: ovaj radni paket napisan je za demo sajt na osnovu objavljenih linija aktivnosti projekta.",
    "Contenuto dimostrativo: questo pacchetto di lavoro è stato scritto per il sito demo a partire dalle "
    "linee di attività pubblicate dal progetto.",
)


def deliverable(title, due, status):
    return {"title": title, "due_date": due, "status": status}


D = datetime.date

WORK_PACKAGES = [
    {
        "number": 1,
        "slug": "management",
        "lead": "IAL FVG",
        "start": D(2023, 1, 1),
        "end": D(2024, 12, 31),
        "status": "running",
        "title": Text(
            "Project management", "Menaxhimi i projektit", "Upravljanje projektom", "Gestione del progetto"
        ),
        "intro": Text(
            "Coordination of the partnership, quality and financial follow-up, and reporting to the EU.",
            "Koordinimi i partneritetit, ndjekja e cilësisë dhe e financave, dhe raportimi pranë BE-së.",
            "Koordinacija partnerstva, praćenje kvaliteta i finansija i izvještavanje prema EU.",
            "Coordinamento del partenariato, monitoraggio della qualità e delle finanze e rendicontazione all'UE.",
        ),
        "objectives": Text(
            "Keep nine organisations in four countries working to one plan, on time and within budget.",
            "Të mbajë nëntë organizata në katër vende duke punuar sipas një plani, në kohë dhe brenda buxhetit.",
            "Da devet organizacija iz četiri zemlje radi po jednom planu, na vrijeme i u okviru budžeta.",
            "Far lavorare nove organizzazioni di quattro paesi secondo un unico piano, nei tempi e nel budget.",
        ),
        "activities": [
            Text(
                "Partner meetings and monthly online check-ins.",
                "Takime të partnerëve dhe takime mujore në internet.",
                "Sastanci partnera i mjesečni sastanci na internetu.",
                "Riunioni dei partner e incontri mensili online.",
            ),
            Text(
                "A quality plan with indicators reviewed every six months.",
                "Një plan cilësie me tregues që rishikohen çdo gjashtë muaj.",
                "Plan kvaliteta s pokazateljima koji se preispituju svakih šest mjeseci.",
                "Un piano qualità con indicatori rivisti ogni sei mesi.",
            ),
        ],
        "deliverables": [
            deliverable(
                Text("Quality plan", "Plani i cilësisë", "Plan kvaliteta", "Piano della qualità"),
                D(2023, 3, 31),
                "done",
            ),
            deliverable(
                Text(
                    "Interim report", "Raporti i ndërmjetëm", "Privremeni izvještaj", "Relazione intermedia"
                ),
                D(2024, 1, 31),
                "done",
            ),
            deliverable(
                Text("Final report", "Raporti përfundimtar", "Završni izvještaj", "Relazione finale"),
                D(2024, 12, 31),
                "in_progress",
            ),
        ],
    },
    {
        "number": 2,
        "slug": "staff-mobility",
        "lead": "Consorzio Communitas",
        "start": D(2023, 9, 1),
        "end": D(2024, 3, 31),
        "status": "completed",
        "title": Text(
            "Staff mobility", "Lëvizshmëria e stafit", "Mobilnost osoblja", "Mobilità del personale"
        ),
        "intro": Text(
            "Managers and staff of the partner organisations learn from each other's ways of running VET.",
            "Drejtuesit dhe stafi i organizatave partnere mësojnë nga mënyrat e njëri-tjetrit për të drejtuar AFP-në.",
            "Rukovodioci i osoblje partnerskih organizacija uče jedni od drugih kako se vodi stručno obrazovanje.",
            "Dirigenti e personale delle organizzazioni partner imparano gli uni dagli altri come si gestisce "
            "la formazione professionale.",
        ),
        "objectives": Text(
            "Strengthen the managerial and organisational skills of VET providers in Albania and Montenegro.",
            "Të forcojë aftësitë menaxheriale dhe organizative të ofruesve të AFP-së në Shqipëri dhe Mal të Zi.",
            "Ojačati upravljačke i organizacione vještine pružalaca stručnog obrazovanja u Albaniji i Crnoj Gori.",
            "Rafforzare le competenze gestionali e organizzative degli enti di formazione in Albania e Montenegro.",
        ),
        "activities": [
            Text(
                "Exploratory training days in Podgorica and a wrap-up meeting in Tirana.",
                "Ditë trajnimi eksploruese në Podgoricë dhe një takim përmbyllës në Tiranë.",
                "Istraživački dani obuke u Podgorici i završni sastanak u Tirani.",
                "Giornate di formazione esplorative a Podgorica e un incontro conclusivo a Tirana.",
            ),
            Text(
                "A study visit to European institutions in Brussels.",
                "Një vizitë studimore në institucionet evropiane në Bruksel.",
                "Studijska posjeta evropskim institucijama u Briselu.",
                "Una visita di studio presso le istituzioni europee a Bruxelles.",
            ),
        ],
        "deliverables": [
            deliverable(
                Text(
                    "Report on the exploratory phase",
                    "Raport për fazën eksploruese",
                    "Izvještaj o istraživačkoj fazi",
                    "Rapporto sulla fase esplorativa",
                ),
                D(2023, 11, 30),
                "done",
            ),
            deliverable(
                Text(
                    "Study visit report",
                    "Raport i vizitës studimore",
                    "Izvještaj sa studijske posjete",
                    "Rapporto della visita di studio",
                ),
                D(2024, 3, 31),
                "done",
            ),
        ],
    },
    {
        "number": 3,
        "slug": "trainer-mobility",
        "lead": "Asociación FRESS",
        "start": D(2024, 1, 1),
        "end": D(2024, 11, 30),
        "status": "completed",
        "title": Text(
            "Trainer mobility and piloting of tools",
            "Lëvizshmëria e trajnerëve dhe pilotimi i mjeteve",
            "Mobilnost trenera i pilotiranje alata",
            "Mobilità dei formatori e sperimentazione degli strumenti",
        ),
        "intro": Text(
            "Trainers from the Western Balkans see VET in EU countries at work and try its methods at home.",
            "Trajnerët nga Ballkani Perëndimor shohin nga afër AFP-në në vendet e BE-së dhe provojnë metodat "
            "e saj në vendin e tyre.",
            "Treneri sa Zapadnog Balkana upoznaju stručno obrazovanje u zemljama EU na djelu i isprobavaju "
            "njegove metode kod kuće.",
            "I formatori dei Balcani occidentali vedono all'opera la formazione professionale nei paesi dell'UE "
            "e ne sperimentano i metodi a casa propria.",
        ),
        "objectives": Text(
            "Give trainers first-hand knowledge of European VET and test new teaching and guidance tools in practice.",
            "T'u japë trajnerëve njohuri të drejtpërdrejta për AFP-në evropiane dhe të provojë në praktikë "
            "mjete të reja mësimore dhe orientimi.",
            "Pružiti trenerima neposredno znanje o evropskom stručnom obrazovanju i u praksi isprobati nove "
            "alate za nastavu i usmjeravanje.",
            "Offrire ai formatori una conoscenza diretta della formazione professionale europea e sperimentare "
            "nella pratica nuovi strumenti didattici e di orientamento.",
        ),
        "activities": [
            Text(
                "A mobility in Friuli Venezia Giulia with visits in Pordenone, Trieste, Aviano and Muggia.",
                "Një lëvizshmëri në Friuli Venezia Giulia me vizita në Pordenone, Trieste, Aviano dhe Muggia.",
                "Mobilnost u Furlaniji-Julijskoj krajini s posjetama Pordenoneu, Trstu, Avianu i Muđi.",
                "Una mobilità in Friuli Venezia Giulia con visite a Pordenone, Trieste, Aviano e Muggia.",
            ),
            Text(
                "A final stage in Barcelona for teachers and staff from Albania and Montenegro.",
                "Një fazë përmbyllëse në Barcelonë për mësues dhe staf nga Shqipëria dhe Mali i Zi.",
                "Završna faza u Barseloni za nastavnike i osoblje iz Albanije i Crne Gore.",
                "Una tappa finale a Barcellona per docenti e personale di Albania e Montenegro.",
            ),
        ],
        "deliverables": [
            deliverable(
                Text(
                    "Mobility programme in Friuli Venezia Giulia",
                    "Programi i lëvizshmërisë në Friuli Venezia Giulia",
                    "Program mobilnosti u Furlaniji-Julijskoj krajini",
                    "Programma della mobilità in Friuli Venezia Giulia",
                ),
                D(2024, 5, 15),
                "done",
            ),
            deliverable(
                Text(
                    "Pilot report on the tools tested",
                    "Raport pilot për mjetet e provuara",
                    "Izvještaj o pilotiranju isprobanih alata",
                    "Rapporto pilota sugli strumenti sperimentati",
                ),
                D(2024, 11, 30),
                "done",
            ),
        ],
    },
    {
        "number": 4,
        "slug": "networking",
        "lead": "Caritas Crne Gore",
        "start": D(2023, 6, 1),
        "end": D(2024, 12, 31),
        "status": "running",
        "title": Text(
            "Networking for fragile and rural learners",
            "Rrjetëzim për nxënësit në nevojë dhe nga zonat rurale",
            "Umrežavanje za ranjive polaznike i polaznike iz ruralnih područja",
            "Reti per le persone fragili e delle aree rurali",
        ),
        "intro": Text(
            "Networks of VET providers, employers and services that reach people from marginal and rural areas.",
            "Rrjete ofruesish të AFP-së, punëdhënësish dhe shërbimesh që arrijnë te njerëzit nga zonat "
            "margjinale dhe rurale.",
            "Mreže pružalaca stručnog obrazovanja, poslodavaca i službi koje dopiru do ljudi iz marginalizovanih "
            "i ruralnih područja.",
            "Reti di enti di formazione, imprese e servizi che raggiungono le persone delle aree marginali e rurali.",
        ),
        "objectives": Text(
            "Help VET organisations work with public and private actors so that vulnerable people find training and jobs.",
            "Të ndihmojë organizatat e AFP-së të punojnë me aktorë publikë dhe privatë që njerëzit në nevojë "
            "të gjejnë formim dhe punë.",
            "Pomoći organizacijama stručnog obrazovanja da sarađuju s javnim i privatnim akterima kako bi "
            "ranjive osobe našle obuku i posao.",
            "Aiutare le organizzazioni di formazione a collaborare con attori pubblici e privati perché le "
            "persone fragili trovino formazione e lavoro.",
        ),
        "activities": [
            Text(
                "Local round tables with employment services and employers.",
                "Tryeza të rrumbullakëta lokale me shërbimet e punësimit dhe punëdhënësit.",
                "Lokalni okrugli stolovi sa službama zapošljavanja i poslodavcima.",
                "Tavoli locali con i servizi per l'impiego e le imprese.",
            ),
        ],
        "deliverables": [
            deliverable(
                Text(
                    "Map of local networks",
                    "Harta e rrjeteve lokale",
                    "Mapa lokalnih mreža",
                    "Mappa delle reti locali",
                ),
                D(2024, 2, 29),
                "done",
            ),
            deliverable(
                Text(
                    "Guidelines for reaching rural learners",
                    "Udhëzime për të arritur nxënësit nga zonat rurale",
                    "Smjernice za rad s polaznicima iz ruralnih područja",
                    "Linee guida per raggiungere le persone delle aree rurali",
                ),
                D(2024, 12, 15),
                "in_progress",
            ),
        ],
    },
    {
        "number": 5,
        "slug": "tools-sharing",
        "lead": "Centre for Vocational Education",
        "start": D(2023, 9, 1),
        "end": D(2024, 12, 31),
        "status": "running",
        "title": Text("Sharing tools", "Ndarja e mjeteve", "Razmjena alata", "Condivisione degli strumenti"),
        "intro": Text(
            "EU tools and frameworks such as EQF, EQAVET and Europass, collected and explained for VET staff.",
            "Mjete dhe korniza të BE-së si EQF, EQAVET dhe Europass, të mbledhura dhe të shpjeguara për stafin e AFP-së.",
            "Alati i okviri EU kao što su EQF, EQAVET i Europass, prikupljeni i objašnjeni za osoblje u "
            "stručnom obrazovanju.",
            "Strumenti e quadri europei come EQF, EQAVET ed Europass, raccolti e spiegati per il personale "
            "della formazione professionale.",
        ),
        "objectives": Text(
            "Equip VET providers with EU tools, frameworks and models for a more personal and relevant training offer.",
            "T'i pajisë ofruesit e AFP-së me mjete, korniza dhe modele të BE-së për një ofertë formimi më "
            "të personalizuar dhe më të përshtatshme.",
            "Opremiti pružaoce stručnog obrazovanja alatima, okvirima i modelima EU za personalizovaniju i "
            "relevantniju ponudu obuka.",
            "Dotare gli enti di formazione di strumenti, quadri e modelli europei per un'offerta più "
            "personalizzata e pertinente.",
        ),
        "activities": [
            Text(
                "A multilingual tool library on this website.",
                "Një bibliotekë shumëgjuhëshe mjetesh në këtë faqe interneti.",
                "Višejezična biblioteka alata na ovom sajtu.",
                "Una biblioteca multilingue di strumenti su questo sito.",
            ),
        ],
        "deliverables": [
            deliverable(
                Text(
                    "Tool library in four languages",
                    "Biblioteka e mjeteve në katër gjuhë",
                    "Biblioteka alata na četiri jezika",
                    "Biblioteca degli strumenti in quattro lingue",
                ),
                D(2024, 10, 31),
                "in_progress",
            ),
            deliverable(
                Text(
                    "Guide to the EQAVET quality cycle",
                    "Udhëzues për ciklin e cilësisë EQAVET",
                    "Vodič kroz EQAVET ciklus kvaliteta",
                    "Guida al ciclo di qualità EQAVET",
                ),
                D(2024, 12, 31),
                "planned",
            ),
        ],
    },
    {
        "number": 6,
        "slug": "dissemination",
        "lead": "IHF",
        "start": D(2023, 1, 1),
        "end": D(2024, 12, 31),
        "status": "running",
        "title": Text(
            "Dissemination and events",
            "Shpërndarja dhe ngjarjet",
            "Diseminacija i događaji",
            "Diffusione ed eventi",
        ),
        "intro": Text(
            "News, events and conferences that carry the project's results to the wider VET community.",
            "Lajme, ngjarje dhe konferenca që ua përcjellin rezultatet e projektit gjithë komunitetit të AFP-së.",
            "Vijesti, događaji i konferencije koji rezultate projekta prenose široj zajednici stručnog obrazovanja.",
            "Notizie, eventi e conferenze che portano i risultati del progetto all'intera comunità della "
            "formazione professionale.",
        ),
        "objectives": Text(
            "Make the project's results known and usable beyond the partnership.",
            "Të bëjë të njohura dhe të përdorshme rezultatet e projektit përtej partneritetit.",
            "Učiniti rezultate projekta poznatim i upotrebljivim i izvan partnerstva.",
            "Far conoscere e rendere utilizzabili i risultati del progetto oltre il partenariato.",
        ),
        "activities": [
            Text(
                "This website, in four languages, with news and an RSS feed.",
                "Kjo faqe interneti, në katër gjuhë, me lajme dhe një burim RSS.",
                "Ovaj sajt, na četiri jezika, s vijestima i RSS kanalom.",
                "Questo sito, in quattro lingue, con notizie e un feed RSS.",
            ),
        ],
        "deliverables": [
            deliverable(
                Text(
                    "Project website",
                    "Faqja e internetit e projektit",
                    "Sajt projekta",
                    "Sito web del progetto",
                ),
                D(2023, 6, 30),
                "done",
            ),
            deliverable(
                Text(
                    "Final conference",
                    "Konferenca përfundimtare",
                    "Završna konferencija",
                    "Conferenza finale",
                ),
                D(2024, 12, 15),
                "planned",
            ),
        ],
    },
]
