"""Demo news in all four languages, from the milestones in shared/seed/FACTS.md."""

import datetime

from .seeding import Text

NEWS_INDEX = {
    "slug": "news",
    "title": Text("News", "Lajme", "Vijesti", "Notizie"),
    "intro": Text(
        "What the VET-WEB partners have been doing, from training days to study visits.",
        "Çfarë kanë bërë partnerët e VET-WEB, nga ditët e trajnimit te vizitat studimore.",
        "Šta rade partneri projekta VET-WEB, od dana obuke do studijskih posjeta.",
        "Che cosa fanno i partner di VET-WEB, dalle giornate di formazione alle visite di studio.",
    ),
}

NEWS = [
    {
        "slug": "exploratory-phase-podgorica",
        "date": datetime.date(2023, 9, 20),
        "tags": ["training", "mobility"],
        "work_package": "staff-mobility",
        "title": Text(
            "Training days in Podgorica open the exploratory phase",
            "Ditët e trajnimit në Podgoricë hapin fazën eksploruese",
            "Dani obuke u Podgorici otvaraju istraživačku fazu",
            "Le giornate di formazione a Podgorica aprono la fase esplorativa",
        ),
        "summary": Text(
            "Partners from Italy, Spain, Belgium, Albania and Montenegro met in Podgorica to map what VET "
            "providers in the region need most.",
            "Partnerë nga Italia, Spanja, Belgjika, Shqipëria dhe Mali i Zi u takuan në Podgoricë për të "
            "hartuar nevojat kryesore të ofruesve të AFP-së në rajon.",
            "Partneri iz Italije, Španije, Belgije, Albanije i Crne Gore sastali su se u Podgorici kako bi "
            "utvrdili šta je pružaocima stručnog obrazovanja u regionu najpotrebnije.",
            "I partner di Italia, Spagna, Belgio, Albania e Montenegro si sono incontrati a Podgorica per "
            "capire di che cosa hanno più bisogno gli enti di formazione della regione.",
        ),
        "body": Text(
            "The training days combined short workshops with visits to local training centres. Staff "
            "compared how courses are planned, how learners are guided and how results are checked.",
            "Ditët e trajnimit ndërthurën punëtori të shkurtra me vizita në qendrat lokale të formimit. "
            "Stafi krahasoi si planifikohen kurset, si orientohen nxënësit dhe si verifikohen rezultatet.",
            "Dani obuke spojili su kratke radionice i posjete lokalnim centrima za obuku. Osoblje je "
            "poredilo kako se planiraju kursevi, kako se polaznici usmjeravaju i kako se provjeravaju rezultati.",
            "Le giornate hanno alternato brevi laboratori e visite ai centri di formazione locali. Il "
            "personale ha messo a confronto come si progettano i corsi, come si orientano i partecipanti "
            "e come si verificano i risultati.",
        ),
    },
    {
        "slug": "wrap-up-tirana",
        "date": datetime.date(2023, 9, 28),
        "tags": ["networking"],
        "work_package": "staff-mobility",
        "title": Text(
            "Wrap-up meeting in Tirana",
            "Takimi përmbyllës në Tiranë",
            "Završni sastanak u Tirani",
            "Incontro conclusivo a Tirana",
        ),
        "summary": Text(
            "In Tirana the partners turned the findings of the exploratory phase into a shared work plan.",
            "Në Tiranë partnerët i kthyen gjetjet e fazës eksploruese në një plan pune të përbashkët.",
            "U Tirani su partneri nalaze istraživačke faze pretočili u zajednički plan rada.",
            "A Tirana i partner hanno trasformato i risultati della fase esplorativa in un piano di lavoro comune.",
        ),
        "body": Text(
            "Albanian and Montenegrin providers chose the topics they want to work on first: quality "
            "assurance, guidance for learners and cooperation with employers.",
            "Ofruesit shqiptarë dhe malazezë zgjodhën temat me të cilat duan të punojnë së pari: "
            "sigurimin e cilësisë, orientimin e nxënësve dhe bashkëpunimin me punëdhënësit.",
            "Albanski i crnogorski pružaoci izabrali su teme kojima žele prvo da se bave: osiguranje "
            "kvaliteta, usmjeravanje polaznika i saradnju s poslodavcima.",
            "Gli enti albanesi e montenegrini hanno scelto i temi su cui lavorare per primi: garanzia "
            "della qualità, orientamento dei partecipanti e collaborazione con le imprese.",
        ),
    },
    {
        "slug": "study-visit-brussels",
        "date": datetime.date(2024, 1, 25),
        "tags": ["mobility", "eu-tools"],
        "work_package": "staff-mobility",
        "title": Text(
            "Study visit to Brussels",
            "Vizitë studimore në Bruksel",
            "Studijska posjeta Briselu",
            "Visita di studio a Bruxelles",
        ),
        "summary": Text(
            "Managers from the partner organisations visited Brussels to see how EU policy on vocational "
            "training is made.",
            "Drejtues nga organizatat partnere vizituan Brukselin për të parë si bëhet politika e BE-së "
            "për formimin profesional.",
            "Rukovodioci partnerskih organizacija posjetili su Brisel kako bi vidjeli kako nastaje "
            "politika EU o stručnom osposobljavanju.",
            "I dirigenti delle organizzazioni partner hanno visitato Bruxelles per vedere come nasce la "
            "politica europea sulla formazione professionale.",
        ),
        "body": Text(
            "The group met people who work with European frameworks such as EQF and EQAVET every day, "
            "and discussed how these tools can support reforms at home.",
            "Grupi takoi njerëz që punojnë çdo ditë me korniza evropiane si EQF dhe EQAVET dhe diskutoi "
            "si mund t'i mbështesin këto mjete reformat në vend.",
            "Grupa se sastala s ljudima koji svakodnevno rade s evropskim okvirima kao što su EQF i "
            "EQAVET i razgovarala o tome kako ti alati mogu podržati reforme kod kuće.",
            "Il gruppo ha incontrato persone che lavorano ogni giorno con quadri europei come EQF ed "
            "EQAVET e ha discusso di come questi strumenti possano sostenere le riforme nei propri paesi.",
        ),
    },
    {
        "slug": "mobility-friuli-venezia-giulia",
        "date": datetime.date(2024, 6, 10),
        "tags": ["mobility", "training"],
        "work_package": "trainer-mobility",
        "title": Text(
            "Trainers from Albania and Montenegro in Friuli Venezia Giulia",
            "Trajnerë nga Shqipëria dhe Mali i Zi në Friuli Venezia Giulia",
            "Treneri iz Albanije i Crne Gore u Furlaniji-Julijskoj krajini",
            "Formatori di Albania e Montenegro in Friuli Venezia Giulia",
        ),
        "summary": Text(
            "From 4 to 7 June, six Albanian and eight Montenegrin participants visited training providers "
            "in Pordenone, Trieste, Aviano and Muggia.",
            "Nga 4 deri më 7 qershor, gjashtë pjesëmarrës shqiptarë dhe tetë malazezë vizituan ofrues "
            "formimi në Pordenone, Trieste, Aviano dhe Muggia.",
            "Od 4. do 7. juna šest učesnika iz Albanije i osam iz Crne Gore posjetilo je pružaoce obuke "
            "u Pordenoneu, Trstu, Avianu i Muđi.",
            "Dal 4 al 7 giugno sei partecipanti albanesi e otto montenegrini hanno visitato enti di "
            "formazione a Pordenone, Trieste, Aviano e Muggia.",
        ),
        "body": Text(
            "Hosted by IAL FVG, the group followed lessons in workshops and classrooms and talked with "
            "trainers about how they link courses to local employers.",
            "Të pritur nga IAL FVG, pjesëmarrësit ndoqën mësime në punishte dhe klasa dhe biseduan me "
            "trajnerët se si i lidhin kurset me punëdhënësit vendas.",
            "Uz domaćina IAL FVG, grupa je pratila nastavu u radionicama i učionicama i razgovarala s "
            "trenerima o tome kako kurseve povezuju s lokalnim poslodavcima.",
            "Ospitato da IAL FVG, il gruppo ha seguito lezioni in laboratorio e in aula e ha parlato con "
            "i formatori di come collegano i corsi alle imprese del territorio.",
        ),
    },
    {
        "slug": "final-stage-barcelona",
        "date": datetime.date(2024, 10, 15),
        "tags": ["mobility", "training"],
        "work_package": "trainer-mobility",
        "title": Text(
            "Final stage in Barcelona",
            "Faza përmbyllëse në Barcelonë",
            "Završna faza u Barseloni",
            "Tappa finale a Barcellona",
        ),
        "summary": Text(
            "Sixteen teachers and staff from Albania and Montenegro spent the project's final mobility in Barcelona.",
            "Gjashtëmbëdhjetë mësues dhe punonjës nga Shqipëria dhe Mali i Zi kaluan lëvizshmërinë "
            "përmbyllëse të projektit në Barcelonë.",
            "Šesnaest nastavnika i zaposlenih iz Albanije i Crne Gore učestvovalo je u završnoj "
            "mobilnosti projekta u Barseloni.",
            "Sedici docenti e operatori di Albania e Montenegro hanno partecipato alla mobilità finale "
            "del progetto a Barcellona.",
        ),
        "body": Text(
            "The programme focused on guidance and on training for people at risk of exclusion, and "
            "closed with plans for using the tools tested during the project.",
            "Programi u përqendrua te orientimi dhe te formimi për njerëzit në rrezik përjashtimi, dhe "
            "u mbyll me plane për përdorimin e mjeteve të provuara gjatë projektit.",
            "Program je bio usmjeren na savjetovanje i obuku za osobe izložene riziku od isključenosti, "
            "a završio se planovima za primjenu alata isprobanih tokom projekta.",
            "Il programma si è concentrato sull'orientamento e sulla formazione per le persone a rischio "
            "di esclusione, e si è chiuso con i piani per usare gli strumenti sperimentati nel progetto.",
        ),
    },
    {
        "slug": "eu-tools-library",
        "date": datetime.date(2024, 11, 20),
        "tags": ["eu-tools", "eqavet"],
        "work_package": "tools-sharing",
        "title": Text(
            "EU tools for VET, explained in four languages",
            "Mjetet e BE-së për AFP-në, të shpjeguara në katër gjuhë",
            "Alati EU za stručno obrazovanje, objašnjeni na četiri jezika",
            "Gli strumenti europei per la formazione, spiegati in quattro lingue",
        ),
        "summary": Text(
            "The project's tool library brings together EQF, EQAVET, Europass and other EU instruments "
            "with links to their official pages.",
            "Biblioteka e mjeteve e projektit bashkon EQF, EQAVET, Europass dhe instrumente të tjera të "
            "BE-së, me lidhje drejt faqeve të tyre zyrtare.",
            "Biblioteka alata projekta okuplja EQF, EQAVET, Europass i druge instrumente EU, s vezama ka "
            "njihovim zvaničnim stranicama.",
            "La biblioteca degli strumenti del progetto riunisce EQF, EQAVET, Europass e altri strumenti "
            "europei, con i link alle pagine ufficiali.",
        ),
        "body": Text(
            "Each entry says what the tool is for and how a training centre can start using it, in "
            "English, Albanian, Montenegrin and Italian.",
            "Çdo zë shpjegon për çfarë shërben mjeti dhe si mund të fillojë ta përdorë një qendër "
            "formimi, në anglisht, shqip, malazezisht dhe italisht.",
            "Svaki unos objašnjava čemu alat služi i kako centar za obuku može početi da ga koristi, na "
            "engleskom, albanskom, crnogorskom i italijanskom jeziku.",
            "Ogni scheda spiega a che cosa serve lo strumento e come un centro di formazione può "
            "iniziare a usarlo, in inglese, albanese, montenegrino e italiano.",
        ),
    },
]
