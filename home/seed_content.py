"""Demo content for the home, about, accessibility and privacy pages, in all four languages.

Written from shared/seed/FACTS.md; the EU disclaimer itself lives in the UI catalogues.
"""

from .seeding import Text

HOME_TITLE = Text("VET-WEB", "VET-WEB", "VET-WEB", "VET-WEB")
HOME_INTRO = Text(
    "VET-WEB links vocational education and training providers in Albania and Montenegro with "
    "experienced partners in Italy, Spain and Belgium, so that trainers and managers learn from "
    "each other and bring proven EU tools into their daily work.",
    "VET-WEB lidh ofruesit e arsimit dhe formimit profesional në Shqipëri dhe Mal të Zi me "
    "partnerë me përvojë në Itali, Spanjë dhe Belgjikë, që trajnerët dhe drejtuesit të mësojnë "
    "nga njëri-tjetri dhe të sjellin mjete të provuara të BE-së në punën e tyre të përditshme.",
    "VET-WEB povezuje pružaoce stručnog obrazovanja i osposobljavanja u Albaniji i Crnoj Gori sa "
    "iskusnim partnerima u Italiji, Španiji i Belgiji, kako bi treneri i rukovodioci učili jedni "
    "od drugih i u svakodnevni rad uveli provjerene alate Evropske unije.",
    "VET-WEB collega gli enti di istruzione e formazione professionale di Albania e Montenegro con "
    "partner esperti in Italia, Spagna e Belgio, perché formatori e dirigenti imparino gli uni "
    "dagli altri e portino nel lavoro quotidiano strumenti europei collaudati.",
)
HOME_BODY = [
    ("heading", Text("What VET-WEB does", "Çfarë bën VET-WEB", "Šta radi VET-WEB", "Che cosa fa VET-WEB")),
    (
        "list",
        [
            Text(
                "Gets knowledge flowing between vocational training and the people who run the labour market.",
                "Nxit shkëmbimin e njohurive ndërmjet formimit profesional dhe aktorëve të tregut të punës.",
                "Podstiče razmjenu znanja između stručnog osposobljavanja i aktera na tržištu rada.",
                "Favorisce lo scambio di conoscenze tra la formazione professionale e gli attori del "
                "mercato del lavoro.",
            ),
            Text(
                "Helps VET providers work together with the public and private actors behind active "
                "labour policies.",
                "Ndihmon ofruesit e AFP-së të bashkëpunojnë me aktorët publikë dhe privatë të "
                "politikave aktive të punësimit.",
                "Pomaže pružaocima stručnog obrazovanja da sarađuju s javnim i privatnim akterima "
                "aktivnih politika zapošljavanja.",
                "Aiuta gli enti di formazione a collaborare con gli attori pubblici e privati delle "
                "politiche attive del lavoro.",
            ),
            Text(
                "Equips providers in the Western Balkans with EU tools, frameworks and models for a "
                "more personal and relevant training offer.",
                "Pajis ofruesit në Ballkanin Perëndimor me mjete, korniza dhe modele të BE-së për një "
                "ofertë formimi më të personalizuar dhe më të përshtatshme.",
                "Oprema pružaoce na Zapadnom Balkanu alatima, okvirima i modelima EU za "
                "personalizovaniju i relevantniju ponudu obuka.",
                "Fornisce agli enti dei Balcani occidentali strumenti, quadri e modelli europei per "
                "un'offerta formativa più personalizzata e pertinente.",
            ),
            Text(
                "Builds the technical, managerial and operational capacity of VET organisations in the region.",
                "Forcon kapacitetet teknike, menaxheriale dhe operacionale të organizatave të AFP-së në rajon.",
                "Jača tehničke, upravljačke i operativne kapacitete organizacija stručnog obrazovanja u regionu.",
                "Rafforza le capacità tecniche, gestionali e operative delle organizzazioni di "
                "formazione professionale della regione.",
            ),
        ],
    ),
    ("heading", Text("How we work", "Si punojmë", "Kako radimo", "Come lavoriamo")),
    (
        "list",
        [
            Text(
                "Staff mobility to strengthen management skills in partner organisations.",
                "Lëvizshmëri e stafit për të forcuar aftësitë drejtuese në organizatat partnere.",
                "Mobilnost osoblja za jačanje upravljačkih vještina u partnerskim organizacijama.",
                "Mobilità del personale per rafforzare le competenze gestionali nelle organizzazioni partner.",
            ),
            Text(
                "Trainer mobility to learn how VET works in EU countries and to try out teaching, "
                "communication and skills approaches in practice.",
                "Lëvizshmëri e trajnerëve për të njohur si funksionon AFP-ja në vendet e BE-së dhe për "
                "të provuar në praktikë qasje pedagogjike, komunikimi dhe aftësish.",
                "Mobilnost trenera radi upoznavanja sa stručnim obrazovanjem u zemljama EU i praktične "
                "primjene pedagoških i komunikacijskih pristupa i pristupa razvoju vještina.",
                "Mobilità dei formatori per conoscere la formazione professionale nei paesi dell'UE e "
                "sperimentare sul campo approcci pedagogici, comunicativi e di sviluppo delle competenze.",
            ),
            Text(
                "Networks that bring training and jobs to vulnerable people from marginal and rural areas.",
                "Rrjete që u sjellin formim dhe punë njerëzve në nevojë nga zonat margjinale dhe rurale.",
                "Mreže koje donose obuku i posao ranjivim osobama iz marginalizovanih i ruralnih područja.",
                "Reti che portano formazione e lavoro alle persone fragili delle aree marginali e rurali.",
            ),
            Text(
                "Sharing practical and strategic tools for capacity building.",
                "Ndarje e mjeteve praktike dhe strategjike për ngritjen e kapaciteteve.",
                "Razmjena praktičnih i strateških alata za izgradnju kapaciteta.",
                "Condivisione di strumenti operativi e strategici per lo sviluppo delle capacità.",
            ),
            Text(
                "Events and conferences open to the wider VET community.",
                "Ngjarje dhe konferenca të hapura për gjithë komunitetin e AFP-së.",
                "Događaji i konferencije otvoreni za širu zajednicu stručnog obrazovanja.",
                "Eventi e conferenze aperti all'intera comunità della formazione professionale.",
            ),
        ],
    ),
    ("heading", Text("The partners", "Partnerët", "Partneri", "I partner")),
    (
        "paragraph",
        Text(
            "The project is led by IAL FVG in Friuli Venezia Giulia, Italy, with Consorzio Communitas "
            "(Italy), Asociación FRESS (Spain) and IHF (Belgium). In Albania the partners are "
            "Partneritet për Zhvillim and Yunus Social Business Fund Albania; in Montenegro, Caritas "
            "Crne Gore and the Centre for Vocational Education, the country's national VET centre. "
            "ANCCP VET (Spain) is an associated partner.",
            "Projekti drejtohet nga IAL FVG në Friuli Venezia Giulia, Itali, së bashku me Consorzio "
            "Communitas (Itali), Asociación FRESS (Spanjë) dhe IHF (Belgjikë). Në Shqipëri partnerë "
            "janë Partneritet për Zhvillim dhe Yunus Social Business Fund Albania; në Mal të Zi, "
            "Caritas Crne Gore dhe Qendra për Arsim Profesional, qendra kombëtare e AFP-së e vendit. "
            "ANCCP VET (Spanjë) është partner i asociuar.",
            "Projekat vodi IAL FVG iz Furlanije-Julijske krajine u Italiji, zajedno s organizacijama "
            "Consorzio Communitas (Italija), Asociación FRESS (Španija) i IHF (Belgija). U Albaniji "
            "su partneri Partneritet për Zhvillim i Yunus Social Business Fund Albania, a u Crnoj "
            "Gori Caritas Crne Gore i Centar za stručno obrazovanje, nacionalni centar za stručno "
            "obrazovanje. ANCCP VET (Španija) je pridruženi partner.",
            "Il progetto è guidato da IAL FVG in Friuli Venezia Giulia, Italia, con Consorzio "
            "Communitas (Italia), Asociación FRESS (Spagna) e IHF (Belgio). In Albania i partner sono "
            "Partneritet për Zhvillim e Yunus Social Business Fund Albania; in Montenegro, Caritas "
            "Crne Gore e il Centro per l'istruzione professionale, il centro nazionale per la "
            "formazione professionale del paese. ANCCP VET (Spagna) è partner associato.",
        ),
    ),
    ("heading", Text("Funding", "Financimi", "Finansiranje", "Finanziamento")),
    (
        "paragraph",
        Text(
            "VET-WEB is an Erasmus+ capacity-building project in vocational education and training, "
            "funded by the European Union with a budget of about EUR 350,000 over 24 months.",
            "VET-WEB është një projekt Erasmus+ për ngritjen e kapaciteteve në arsimin dhe formimin "
            "profesional, i financuar nga Bashkimi Evropian me një buxhet prej rreth 350 000 euro "
            "për 24 muaj.",
            "VET-WEB je Erasmus+ projekat izgradnje kapaciteta u stručnom obrazovanju i "
            "osposobljavanju, koji finansira Evropska unija s budžetom od oko 350.000 eura tokom 24 mjeseca.",
            "VET-WEB è un progetto Erasmus+ di sviluppo delle capacità nell'istruzione e formazione "
            "professionale, finanziato dall'Unione europea con un budget di circa 350.000 euro in 24 mesi.",
        ),
    ),
]

ABOUT = {
    "slug": "about",
    "show_in_menus": True,
    "title": Text("About the project", "Rreth projektit", "O projektu", "Il progetto"),
    "intro": Text(
        "Why VET-WEB exists and what it set out to change.",
        "Pse ekziston VET-WEB dhe çfarë synon të ndryshojë.",
        "Zašto VET-WEB postoji i šta želi da promijeni.",
        "Perché esiste VET-WEB e che cosa vuole cambiare.",
    ),
    "body": [
        (
            "heading",
            Text("Why this project", "Pse ky projekt", "Zašto ovaj projekat", "Perché questo progetto"),
        ),
        (
            "paragraph",
            Text(
                "Vocational schools and training centres in Albania and Montenegro prepare people for "
                "jobs in fast-changing labour markets. VET-WEB gives their staff the chance to see how "
                "partners in the European Union plan, run and evaluate training, and to bring back what works.",
                "Shkollat profesionale dhe qendrat e formimit në Shqipëri dhe Mal të Zi i përgatisin "
                "njerëzit për punë në tregje pune që ndryshojnë shpejt. VET-WEB i jep stafit të tyre "
                "mundësinë të shohë si partnerët në Bashkimin Evropian planifikojnë, zbatojnë dhe "
                "vlerësojnë formimin, dhe të sjellë në shtëpi atë që funksionon.",
                "Stručne škole i centri za obuku u Albaniji i Crnoj Gori pripremaju ljude za poslove na "
                "tržištima rada koja se brzo mijenjaju. VET-WEB njihovom osoblju daje priliku da vidi "
                "kako partneri u Evropskoj uniji planiraju, sprovode i vrednuju obuku, i da donese kući "
                "ono što funkcioniše.",
                "Le scuole professionali e i centri di formazione di Albania e Montenegro preparano le "
                "persone a lavori in mercati che cambiano rapidamente. VET-WEB offre al loro personale "
                "l'occasione di vedere come i partner dell'Unione europea progettano, realizzano e "
                "valutano la formazione, e di riportare a casa ciò che funziona.",
            ),
        ),
        ("heading", Text("Milestones", "Etapat kryesore", "Ključni događaji", "Le tappe")),
        (
            "list",
            [
                Text(
                    "September 2023: exploratory phase with training days in Podgorica and a wrap-up "
                    "meeting in Tirana.",
                    "Shtator 2023: faza eksploruese me ditë trajnimi në Podgoricë dhe një takim "
                    "përmbyllës në Tiranë.",
                    "Septembar 2023: istraživačka faza s danima obuke u Podgorici i završnim "
                    "sastankom u Tirani.",
                    "Settembre 2023: fase esplorativa con giornate di formazione a Podgorica e un "
                    "incontro conclusivo a Tirana.",
                ),
                Text(
                    "January 2024: study visit to Brussels.",
                    "Janar 2024: vizitë studimore në Bruksel.",
                    "Januar 2024: studijska posjeta Briselu.",
                    "Gennaio 2024: visita di studio a Bruxelles.",
                ),
                Text(
                    "June 2024: mobility in Friuli Venezia Giulia (Pordenone, Trieste, Aviano and "
                    "Muggia) with 6 participants from Albania and 8 from Montenegro.",
                    "Qershor 2024: lëvizshmëri në Friuli Venezia Giulia (Pordenone, Trieste, Aviano dhe "
                    "Muggia) me 6 pjesëmarrës nga Shqipëria dhe 8 nga Mali i Zi.",
                    "Jun 2024: mobilnost u Furlaniji-Julijskoj krajini (Pordenone, Trst, Aviano i Muđa) "
                    "sa 6 učesnika iz Albanije i 8 iz Crne Gore.",
                    "Giugno 2024: mobilità in Friuli Venezia Giulia (Pordenone, Trieste, Aviano e "
                    "Muggia) con 6 partecipanti dall'Albania e 8 dal Montenegro.",
                ),
                Text(
                    "Autumn 2024: final stage in Barcelona with 16 teachers and staff from Albania and Montenegro.",
                    "Vjeshtë 2024: faza përmbyllëse në Barcelonë me 16 mësues dhe punonjës nga "
                    "Shqipëria dhe Mali i Zi.",
                    "Jesen 2024: završna faza u Barseloni sa 16 nastavnika i zaposlenih iz Albanije i Crne Gore.",
                    "Autunno 2024: tappa finale a Barcellona con 16 docenti e operatori di Albania e Montenegro.",
                ),
            ],
        ),
        (
            "heading",
            Text(
                "The tool library",
                "Biblioteka e mjeteve",
                "Biblioteka alata",
                "La biblioteca degli strumenti",
            ),
        ),
        (
            "paragraph",
            Text(
                "The project collects EU tools and frameworks for vocational education and training, "
                "such as EQF, ECVET, EQAVET and Europass, and presents them in Albanian, Montenegrin, "
                "Italian and English.",
                "Projekti mbledh mjete dhe korniza të BE-së për arsimin dhe formimin profesional, si "
                "EQF, ECVET, EQAVET dhe Europass, dhe i paraqet në shqip, malazezisht, italisht dhe anglisht.",
                "Projekat prikuplja alate i okvire EU za stručno obrazovanje i osposobljavanje, kao što "
                "su EQF, ECVET, EQAVET i Europass, i predstavlja ih na albanskom, crnogorskom, "
                "italijanskom i engleskom jeziku.",
                "Il progetto raccoglie strumenti e quadri europei per l'istruzione e la formazione "
                "professionale, come EQF, ECVET, EQAVET ed Europass, e li presenta in albanese, "
                "montenegrino, italiano e inglese.",
            ),
        ),
    ],
}

ACCESSIBILITY = {
    "slug": "accessibility",
    "show_in_menus": False,
    "title": Text(
        "Accessibility statement",
        "Deklarata e aksesueshmërisë",
        "Izjava o pristupačnosti",
        "Dichiarazione di accessibilità",
    ),
    "intro": Text(
        "We want everyone to be able to use this website.",
        "Duam që çdokush ta përdorë këtë faqe interneti.",
        "Želimo da svako može da koristi ovaj sajt.",
        "Vogliamo che tutti possano usare questo sito.",
    ),
    "body": [
        (
            "paragraph",
            Text(
                "This website aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level "
                "AA. Every page can be used with a keyboard, works without JavaScript, and is tested "
                "automatically for accessibility in every language.",
                "Kjo faqe synon të përmbushë Udhëzimet për Aksesueshmërinë e Përmbajtjes në Web (WCAG) "
                "2.1 në nivelin AA. Çdo faqe mund të përdoret me tastierë, funksionon pa JavaScript dhe "
                "testohet automatikisht për aksesueshmëri në çdo gjuhë.",
                "Ovaj sajt nastoji da ispuni Smjernice za pristupačnost veb sadržaja (WCAG) 2.1 na nivou "
                "AA. Svaka stranica može se koristiti tastaturom, radi bez JavaScripta i automatski se "
                "testira na pristupačnost na svakom jeziku.",
                "Questo sito intende rispettare le linee guida per l'accessibilità dei contenuti web "
                "(WCAG) 2.1 al livello AA. Ogni pagina si può usare da tastiera, funziona senza "
                "JavaScript ed è verificata automaticamente in ogni lingua.",
            ),
        ),
        ("heading", Text("Known limitations", "Kufizime të njohura", "Poznata ograničenja", "Limiti noti")),
        (
            "paragraph",
            Text(
                "Some documents in the tool library are published by other organisations and may not be "
                "fully accessible. Tell us and we will help you get the content in another format.",
                "Disa dokumente në bibliotekën e mjeteve botohen nga organizata të tjera dhe mund të mos "
                "jenë plotësisht të aksesueshme. Na njoftoni dhe do t'ju ndihmojmë ta merrni "
                "përmbajtjen në një format tjetër.",
                "Neke dokumente u biblioteci alata objavljuju druge organizacije i možda nijesu potpuno "
                "pristupačni. Javite nam i pomoći ćemo vam da sadržaj dobijete u drugom formatu.",
                "Alcuni documenti della biblioteca sono pubblicati da altre organizzazioni e potrebbero "
                "non essere pienamente accessibili. Segnalacelo e ti aiuteremo a ottenere il contenuto "
                "in un altro formato.",
            ),
        ),
        ("heading", Text("Contact", "Kontakt", "Kontakt", "Contatti")),
        (
            "paragraph",
            Text(
                "If you find a barrier on this site, please write to the project coordinator through "
                "the partner organisation in your country.",
                "Nëse hasni një pengesë në këtë faqe, ju lutemi i shkruani koordinatorit të projektit "
                "nëpërmjet organizatës partnere në vendin tuaj.",
                "Ako naiđete na prepreku na ovom sajtu, pišite koordinatoru projekta preko partnerske "
                "organizacije u vašoj zemlji.",
                "Se trovi una barriera su questo sito, scrivi al coordinatore del progetto tramite "
                "l'organizzazione partner del tuo paese.",
            ),
        ),
    ],
}

PRIVACY = {
    "slug": "privacy",
    "show_in_menus": False,
    "title": Text(
        "Privacy notice", "Njoftim për privatësinë", "Obavještenje o privatnosti", "Informativa sulla privacy"
    ),
    "intro": Text(
        "What this website does with data about you.",
        "Çfarë bën kjo faqe me të dhënat për ju.",
        "Šta ovaj sajt radi s podacima o vama.",
        "Che cosa fa questo sito con i dati che ti riguardano.",
    ),
    "body": [
        (
            "paragraph",
            Text(
                "This website does not use tracking cookies, analytics services or content from other websites.",
                "Kjo faqe nuk përdor cookies gjurmuese, shërbime analitike apo përmbajtje nga faqe të tjera.",
                "Ovaj sajt ne koristi kolačiće za praćenje, analitičke servise niti sadržaj s drugih sajtova.",
                "Questo sito non usa cookie di tracciamento, servizi di analisi o contenuti di altri siti.",
            ),
        ),
        (
            "paragraph",
            Text(
                "When you download a tool we count the download per resource, language and day. We do "
                "not store your IP address or anything else that identifies you.",
                "Kur shkarkoni një mjet, ne numërojmë shkarkimin sipas burimit, gjuhës dhe ditës. Nuk "
                "ruajmë adresën tuaj IP apo ndonjë gjë tjetër që ju identifikon.",
                "Kada preuzmete alat, brojimo preuzimanje po resursu, jeziku i danu. Ne čuvamo vašu IP "
                "adresu niti bilo šta drugo što vas identifikuje.",
                "Quando scarichi uno strumento contiamo il download per risorsa, lingua e giorno. Non "
                "conserviamo il tuo indirizzo IP né altro che ti identifichi.",
            ),
        ),
        (
            "paragraph",
            Text(
                "Search queries are counted per language and day so that we can improve the library; "
                "they are not linked to any person.",
                "Kërkimet numërohen sipas gjuhës dhe ditës që të përmirësojmë bibliotekën; ato nuk "
                "lidhen me asnjë person.",
                "Pretrage se broje po jeziku i danu kako bismo unaprijedili biblioteku; nijesu povezane "
                "ni sa jednom osobom.",
                "Le ricerche sono contate per lingua e giorno per migliorare la biblioteca; non sono "
                "collegate ad alcuna persona.",
            ),
        ),
        (
            "paragraph",
            Text(
                "Editors who log in to manage the site use a session cookie that is needed for that purpose only.",
                "Redaktorët që hyjnë për të menaxhuar faqen përdorin një cookie sesioni që nevojitet "
                "vetëm për këtë qëllim.",
                "Urednici koji se prijavljuju radi upravljanja sajtom koriste kolačić sesije koji je "
                "potreban samo u tu svrhu.",
                "I redattori che accedono per gestire il sito usano un cookie di sessione necessario "
                "solo a questo scopo.",
            ),
        ),
    ],
}

STANDARD_PAGES = [ABOUT, ACCESSIBILITY, PRIVACY]
