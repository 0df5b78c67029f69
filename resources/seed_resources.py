"""Demo resources (demo content written for VET-WEB, not copies of EU texts).

`into` lists the languages a resource is translated into; the others show the English original
with a notice, which demonstrates the library's honest fallback.
"""

from home.seeding import Text

ALL = ("sq", "cnr", "it")

PUBLISHERS = {
    "ec": Text("European Commission", "Komisioni Evropian", "Evropska komisija", "Commissione europea"),
    "cedefop": Text("Cedefop", "Cedefop", "Cedefop", "Cedefop"),
    "etf": Text(
        "European Training Foundation",
        "Fondacioni Evropian i Trajnimit",
        "Evropska fondacija za obuku",
        "Fondazione europea per la formazione",
    ),
    "vetweb": Text("VET-WEB partnership", "Partneriteti VET-WEB", "Partnerstvo VET-WEB", "Partenariato VET-WEB"),
}


def resource(slug, kind, audiences, eqf, frameworks, tags, publisher, year, title, summary, *, url="", into=ALL):
    return {
        "slug": slug,
        "resource_type": kind,
        "audiences": audiences,
        "eqf_levels": eqf,
        "frameworks": frameworks,
        "tags": tags,
        "publisher": publisher,
        "year": year,
        "title": title,
        "summary": summary,
        "external_url": url,
        "into": into,
        "file_languages": ["en", *into] if not url else ["en"],
    }


RESOURCES = [
    resource(
        "eqavet-self-assessment-for-providers", "self-assessment", ["vet-managers"], [], ["eqavet"],
        ["quality-assurance", "indicators"], "vetweb", 2024,
        Text(
            "EQAVET self-assessment for VET providers",
            "Vetëvlerësimi EQAVET për ofruesit e AFP-së",
            "EQAVET samoprocjena za pružaoce SOO",
            "Autovalutazione EQAVET per gli enti di formazione",
        ),
        Text(
            "A checklist that walks a management team through the four phases of the quality cycle.",
            "Një listë kontrolli që e udhëheq ekipin drejtues nëpër katër fazat e ciklit të cilësisë.",
            "Kontrolna lista koja vodi rukovodni tim kroz četiri faze ciklusa kvaliteta.",
            "Una lista di controllo che accompagna il gruppo dirigente nelle quattro fasi del ciclo di qualità.",
        ),
    ),
    resource(
        "eqavet-indicators-workbook", "self-assessment", ["vet-managers", "policy-makers"], [], ["eqavet"],
        ["quality-assurance", "indicators"], "vetweb", 2024,
        Text(
            "Workbook on the EQAVET indicators",
            "Fletore pune për treguesit EQAVET",
            "Radna sveska o EQAVET pokazateljima",
            "Quaderno di lavoro sugli indicatori EQAVET",
        ),
        Text(
            "Exercises for measuring completion, placement and satisfaction rates in a training centre.",
            "Ushtrime për matjen e shkallës së përfundimit, punësimit dhe kënaqësisë në një qendër formimi.",
            "Vježbe za mjerenje stope završetka, zapošljavanja i zadovoljstva u centru za obuku.",
            "Esercizi per misurare tassi di completamento, inserimento e soddisfazione in un centro di formazione.",
        ),
        into=(),
    ),
    resource(
        "eqavet-quality-cycle-guide", "guide", ["vet-managers", "trainers"], [], ["eqavet"],
        ["quality-assurance"], "ec", 2023,
        Text(
            "The quality cycle explained",
            "Cikli i cilësisë i shpjeguar",
            "Objašnjenje ciklusa kvaliteta",
            "Il ciclo di qualità spiegato",
        ),
        Text(
            "Plan, implement, evaluate, review: what each step means in a small VET school.",
            "Planifiko, zbato, vlerëso, rishiko: çfarë do të thotë çdo hap në një shkollë të vogël profesionale.",
            "Planiraj, sprovedi, vrednuj, revidiraj: šta svaki korak znači u maloj stručnoj školi.",
            "Pianificare, attuare, valutare, rivedere: cosa significa ogni passo in una piccola scuola professionale.",
        ),
        url="https://ec.europa.eu/social/main.jsp?catId=1536&langId=en",
    ),
    resource(
        "eqavet-learner-feedback-template", "template", ["vet-managers", "trainers"], ["3", "4"], ["eqavet"],
        ["quality-assurance", "feedback"], "vetweb", 2024,
        Text(
            "Learner feedback questionnaire",
            "Pyetësor për mendimin e nxënësve",
            "Upitnik za povratne informacije polaznika",
            "Questionario di gradimento per i corsisti",
        ),
        Text(
            "A short questionnaire to collect learners' views at the end of a course.",
            "Një pyetësor i shkurtër për të mbledhur mendimet e nxënësve në fund të kursit.",
            "Kratak upitnik za prikupljanje mišljenja polaznika na kraju kursa.",
            "Un breve questionario per raccogliere il parere dei corsisti a fine corso.",
        ),
        into=("it",),
    ),
    resource(
        "eqf-levels-poster", "course-material", ["trainers", "learners"], ["1", "2", "3", "4", "5", "6", "7", "8"],
        ["eqf"], ["qualifications"], "vetweb", 2023,
        Text(
            "The eight EQF levels on one page",
            "Tetë nivelet e KEK-ut në një faqe",
            "Osam nivoa EOK-a na jednoj strani",
            "Gli otto livelli EQF in una pagina",
        ),
        Text(
            "A printable poster that shows knowledge, skills and autonomy at each level.",
            "Një poster për printim që tregon njohuritë, aftësitë dhe autonominë në çdo nivel.",
            "Poster za štampu koji prikazuje znanja, vještine i samostalnost na svakom nivou.",
            "Un poster da stampare che mostra conoscenze, abilità e autonomia a ogni livello.",
        ),
    ),
    resource(
        "eqf-referencing-report", "report", ["policy-makers"], [], ["eqf"], ["qualifications"], "etf", 2022,
        Text(
            "Referencing national qualifications to the EQF",
            "Referimi i kualifikimeve kombëtare me KEK-un",
            "Povezivanje nacionalnih kvalifikacija s EOK-om",
            "La referenziazione delle qualifiche nazionali all'EQF",
        ),
        Text(
            "How countries of the region linked their national frameworks to the European levels.",
            "Si i lidhën vendet e rajonit kornizat e tyre kombëtare me nivelet evropiane.",
            "Kako su zemlje regiona povezale svoje nacionalne okvire s evropskim nivoima.",
            "Come i paesi della regione hanno collegato i propri quadri nazionali ai livelli europei.",
        ),
        url="https://www.etf.europa.eu/en/what-we-do/qualifications",
    ),
    resource(
        "writing-learning-outcomes", "guide", ["trainers"], ["3", "4", "5"], ["eqf", "ecvet"],
        ["learning-outcomes", "curriculum"], "vetweb", 2024,
        Text(
            "Writing learning outcomes",
            "Si të shkruajmë rezultatet e të nxënit",
            "Pisanje ishoda učenja",
            "Scrivere i risultati di apprendimento",
        ),
        Text(
            "Verbs, examples and common mistakes when describing what learners can do after a module.",
            "Folje, shembuj dhe gabime të zakonshme kur përshkruajmë çfarë dinë të bëjnë nxënësit pas një moduli.",
            "Glagoli, primjeri i česte greške pri opisivanju onoga što polaznici znaju nakon modula.",
            "Verbi, esempi ed errori comuni nel descrivere che cosa sa fare chi ha seguito un modulo.",
        ),
    ),
    resource(
        "ecvet-memorandum-template", "template", ["vet-managers"], ["3", "4"], ["ecvet"],
        ["mobility", "recognition"], "vetweb", 2023,
        Text(
            "Memorandum of understanding for mobility",
            "Memorandum mirëkuptimi për lëvizshmërinë",
            "Memorandum o razumijevanju za mobilnost",
            "Protocollo d'intesa per la mobilità",
        ),
        Text(
            "A template agreement between a sending and a hosting organisation.",
            "Një model marrëveshjeje mes organizatës dërguese dhe asaj pritëse.",
            "Obrazac sporazuma između organizacije pošiljaoca i organizacije domaćina.",
            "Un modello di accordo tra organizzazione di invio e di accoglienza.",
        ),
    ),
    resource(
        "ecvet-learning-agreement", "template", ["trainers", "learners"], ["3", "4"], ["ecvet"],
        ["mobility", "recognition"], "vetweb", 2023,
        Text(
            "Learning agreement for a work placement abroad",
            "Marrëveshje të nxëni për praktikë pune jashtë vendit",
            "Ugovor o učenju za praksu u inostranstvu",
            "Accordo di apprendimento per un tirocinio all'estero",
        ),
        Text(
            "Lists the units to be learned during the placement and how they will be assessed.",
            "Rendit njësitë që do të mësohen gjatë praktikës dhe si do të vlerësohen.",
            "Navodi jedinice koje će se učiti tokom prakse i način njihovog ocjenjivanja.",
            "Elenca le unità da apprendere durante il tirocinio e come saranno valutate.",
        ),
        into=("sq", "it"),
    ),
    resource(
        "ecvet-units-toolkit", "toolkit", ["vet-managers", "trainers"], ["4", "5"], ["ecvet"],
        ["learning-outcomes", "recognition"], "cedefop", 2021,
        Text(
            "Toolkit for designing units of learning outcomes",
            "Paketë mjetesh për hartimin e njësive të rezultateve të të nxënit",
            "Komplet alata za izradu jedinica ishoda učenja",
            "Kit per progettare unità di risultati di apprendimento",
        ),
        Text(
            "Step-by-step tools to split a qualification into units that can be recognised separately.",
            "Mjete hap pas hapi për ta ndarë një kualifikim në njësi që njihen veçmas.",
            "Alati korak po korak za podjelu kvalifikacije na jedinice koje se mogu zasebno priznati.",
            "Strumenti passo passo per dividere una qualifica in unità riconoscibili separatamente.",
        ),
        url="https://www.cedefop.europa.eu/en/tools/vet-toolkit-tackling-early-leaving",
    ),
    resource(
        "europass-cv-workshop", "course-material", ["trainers", "learners"], ["2", "3", "4"], ["europass"],
        ["employability", "cv"], "vetweb", 2024,
        Text(
            "Workshop: your first Europass CV",
            "Punëtori: CV-ja juaj e parë Europass",
            "Radionica: vaš prvi Europass CV",
            "Laboratorio: il tuo primo CV Europass",
        ),
        Text(
            "Slides and exercises for a two-hour session with learners about to look for work.",
            "Prezantime dhe ushtrime për një seancë dyorëshe me nxënës që po kërkojnë punë.",
            "Prezentacija i vježbe za dvočasovnu radionicu s polaznicima koji traže posao.",
            "Slide ed esercizi per una sessione di due ore con chi sta per cercare lavoro.",
        ),
    ),
    resource(
        "europass-certificate-supplement", "guide", ["vet-managers"], ["3", "4", "5"], ["europass"],
        ["qualifications", "recognition"], "ec", 2022,
        Text(
            "Europass certificate supplement",
            "Suplementi i certifikatës Europass",
            "Europass dodatak sertifikatu",
            "Supplemento al certificato Europass",
        ),
        Text(
            "How to explain a vocational certificate to employers in other countries.",
            "Si t'u shpjegohet një certifikatë profesionale punëdhënësve në vende të tjera.",
            "Kako objasniti stručni sertifikat poslodavcima u drugim zemljama.",
            "Come spiegare un certificato professionale ai datori di lavoro di altri paesi.",
        ),
        url="https://europass.europa.eu/en/europass-digital-tools/europass-certificate-supplement",
    ),
    resource(
        "europass-digital-credentials", "video", ["vet-managers", "policy-makers"], [], ["europass"],
        ["digital-credentials"], "ec", 2023,
        Text(
            "Digital credentials in five minutes",
            "Kredencialet dixhitale në pesë minuta",
            "Digitalni kredencijali za pet minuta",
            "Le credenziali digitali in cinque minuti",
        ),
        Text(
            "A short video on issuing tamper-proof digital certificates.",
            "Një video e shkurtër për lëshimin e certifikatave dixhitale që nuk falsifikohen.",
            "Kratki video o izdavanju digitalnih sertifikata zaštićenih od falsifikovanja.",
            "Un breve video sul rilascio di certificati digitali a prova di falsificazione.",
        ),
        url="https://europass.europa.eu/en/stand-out/what-are-digital-credentials",
        into=("it",),
    ),
    resource(
        "esco-curriculum-mapping", "toolkit", ["trainers", "vet-managers"], ["3", "4", "5"], ["esco"],
        ["curriculum", "labour-market"], "vetweb", 2024,
        Text(
            "Mapping a curriculum to ESCO skills",
            "Lidhja e një kurrikule me aftësitë ESCO",
            "Povezivanje kurikuluma s ESCO vještinama",
            "Mappare un curricolo sulle competenze ESCO",
        ),
        Text(
            "A spreadsheet and guide to check which job skills a course already covers.",
            "Një tabelë dhe udhëzues për të parë cilat aftësi pune i mbulon tashmë një kurs.",
            "Tabela i vodič za provjeru koje radne vještine kurs već pokriva.",
            "Un foglio di calcolo e una guida per verificare quali competenze professionali copre già un corso.",
        ),
    ),
    resource(
        "esco-occupation-profiles", "guide", ["employers", "trainers"], [], ["esco"], ["labour-market"], "ec", 2022,
        Text(
            "Using ESCO occupation profiles",
            "Përdorimi i profileve të profesioneve ESCO",
            "Korišćenje ESCO profila zanimanja",
            "Usare i profili professionali ESCO",
        ),
        Text(
            "How employers and trainers can describe a job in the same words.",
            "Si mund ta përshkruajnë punëdhënësit dhe trajnerët një punë me të njëjtat fjalë.",
            "Kako poslodavci i treneri mogu opisati posao istim riječima.",
            "Come datori di lavoro e formatori possono descrivere un mestiere con le stesse parole.",
        ),
        url="https://esco.ec.europa.eu/en/use-esco",
    ),
    resource(
        "entrecomp-into-action", "guide", ["trainers"], ["3", "4", "5"], ["entrecomp"],
        ["entrepreneurship"], "ec", 2018,
        Text(
            "EntreComp into action",
            "EntreComp në veprim",
            "EntreComp u praksi",
            "EntreComp in azione",
        ),
        Text(
            "Ideas and examples for bringing entrepreneurial learning into a vocational classroom.",
            "Ide dhe shembuj për të sjellë të nxënit sipërmarrës në klasën profesionale.",
            "Ideje i primjeri za uvođenje preduzetničkog učenja u stručnu učionicu.",
            "Idee ed esempi per portare l'apprendimento imprenditoriale in un'aula professionale.",
        ),
        url="https://joint-research-centre.ec.europa.eu/entrecomp-entrepreneurship-competence-framework_en",
    ),
    resource(
        "entrecomp-social-business-course", "course-material", ["trainers", "learners"], ["4", "5"],
        ["entrecomp"], ["entrepreneurship", "social-economy"], "vetweb", 2024,
        Text(
            "Course: starting a social business",
            "Kurs: si të nisni një biznes social",
            "Kurs: pokretanje društvenog preduzeća",
            "Corso: avviare un'impresa sociale",
        ),
        Text(
            "Six lessons, with worksheets, on turning a community need into a small enterprise.",
            "Gjashtë mësime, me fletë pune, për ta kthyer një nevojë të komunitetit në një ndërmarrje të vogël.",
            "Šest lekcija, s radnim listovima, o pretvaranju potrebe zajednice u malo preduzeće.",
            "Sei lezioni, con schede di lavoro, per trasformare un bisogno della comunità in una piccola impresa.",
        ),
    ),
    resource(
        "entrecomp-self-assessment", "self-assessment", ["learners"], ["3", "4", "5"], ["entrecomp"],
        ["entrepreneurship"], "vetweb", 2024,
        Text(
            "How entrepreneurial am I? A self-check",
            "Sa sipërmarrës jam? Një vetëkontroll",
            "Koliko sam preduzetan? Samoprovjera",
            "Quanto sono imprenditoriale? Un'autoverifica",
        ),
        Text(
            "Twenty statements for learners to rate themselves on the EntreComp areas.",
            "Njëzet pohime që nxënësit të vlerësojnë veten në fushat e EntreComp.",
            "Dvadeset tvrdnji kojima polaznici sami sebe ocjenjuju u oblastima EntreComp-a.",
            "Venti affermazioni con cui chi apprende si valuta nelle aree di EntreComp.",
        ),
        into=("sq", "cnr"),
    ),
    resource(
        "digcomp-trainer-self-assessment", "self-assessment", ["trainers"], [], ["digcomp"],
        ["digital-skills"], "vetweb", 2024,
        Text(
            "Digital skills self-assessment for trainers",
            "Vetëvlerësimi i aftësive dixhitale për trajnerët",
            "Samoprocjena digitalnih vještina za trenere",
            "Autovalutazione delle competenze digitali per formatori",
        ),
        Text(
            "Find your DigComp level in each area and pick the next thing to learn.",
            "Gjeni nivelin tuaj DigComp në çdo fushë dhe zgjidhni çfarë të mësoni më pas.",
            "Pronađite svoj DigComp nivo u svakoj oblasti i izaberite šta sljedeće da naučite.",
            "Trova il tuo livello DigComp in ogni area e scegli che cosa imparare dopo.",
        ),
    ),
    resource(
        "digcomp-framework-overview", "guide", ["trainers", "policy-makers"], [], ["digcomp"],
        ["digital-skills"], "ec", 2022,
        Text(
            "DigComp 2.2 at a glance",
            "DigComp 2.2 me një vështrim",
            "DigComp 2.2 na prvi pogled",
            "DigComp 2.2 in sintesi",
        ),
        Text(
            "The five areas and twenty-one competences, with examples of knowledge and attitudes.",
            "Pesë fushat dhe njëzet e një kompetencat, me shembuj njohurish dhe qëndrimesh.",
            "Pet oblasti i dvadeset jedna kompetencija, s primjerima znanja i stavova.",
            "Le cinque aree e le ventuno competenze, con esempi di conoscenze e atteggiamenti.",
        ),
        url="https://joint-research-centre.ec.europa.eu/digcomp_en",
    ),
    resource(
        "digcomp-online-teaching-toolkit", "toolkit", ["trainers"], ["3", "4", "5"], ["digcomp"],
        ["digital-skills", "online-learning"], "vetweb", 2024,
        Text(
            "Toolkit for teaching on a slow connection",
            "Paketë mjetesh për mësimdhënie me internet të ngadaltë",
            "Komplet alata za nastavu uz spor internet",
            "Kit per insegnare con una connessione lenta",
        ),
        Text(
            "Low-bandwidth ways to run online and blended lessons in rural areas.",
            "Mënyra me pak të dhëna për mësime në internet dhe të kombinuara në zonat rurale.",
            "Načini s malo protoka za onlajn i kombinovanu nastavu u ruralnim područjima.",
            "Modi a bassa banda per lezioni online e miste nelle aree rurali.",
        ),
    ),
    resource(
        "greencomp-lesson-plans", "course-material", ["trainers"], ["2", "3", "4"], ["greencomp"],
        ["sustainability"], "vetweb", 2024,
        Text(
            "Green skills lesson plans for workshops",
            "Plane mësimi për aftësi të gjelbra në punishte",
            "Planovi časova zelenih vještina za radionice",
            "Piani di lezione sulle competenze verdi per i laboratori",
        ),
        Text(
            "Eight lesson plans on saving energy and materials in practical training.",
            "Tetë plane mësimi për kursimin e energjisë dhe materialeve në formimin praktik.",
            "Osam planova časova o štednji energije i materijala u praktičnoj obuci.",
            "Otto piani di lezione sul risparmio di energia e materiali nella formazione pratica.",
        ),
        into=("sq", "it"),
    ),
    resource(
        "greencomp-framework-guide", "guide", ["trainers", "policy-makers"], [], ["greencomp"],
        ["sustainability"], "ec", 2022,
        Text(
            "GreenComp: the framework in brief",
            "GreenComp: korniza shkurtimisht",
            "GreenComp: okvir ukratko",
            "GreenComp: il quadro in breve",
        ),
        Text(
            "Four areas and twelve competences for learning about sustainability.",
            "Katër fusha dhe dymbëdhjetë kompetenca për të mësuar mbi qëndrueshmërinë.",
            "Četiri oblasti i dvanaest kompetencija za učenje o održivosti.",
            "Quattro aree e dodici competenze per imparare la sostenibilità.",
        ),
        url="https://joint-research-centre.ec.europa.eu/greencomp-european-sustainability-competence-framework_en",
    ),
    resource(
        "lifecomp-wellbeing-activities", "course-material", ["trainers", "learners"], ["2", "3"], ["lifecomp"],
        ["wellbeing", "inclusion"], "vetweb", 2024,
        Text(
            "Activities for wellbeing and teamwork",
            "Aktivitete për mirëqenien dhe punën në ekip",
            "Aktivnosti za dobrobit i timski rad",
            "Attività per il benessere e il lavoro di squadra",
        ),
        Text(
            "Short group activities that build confidence and cooperation among learners.",
            "Aktivitete të shkurtra në grup që ndërtojnë besimin dhe bashkëpunimin mes nxënësve.",
            "Kratke grupne aktivnosti koje grade samopouzdanje i saradnju među polaznicima.",
            "Brevi attività di gruppo che rafforzano fiducia e collaborazione tra i corsisti.",
        ),
    ),
    resource(
        "lifecomp-learning-to-learn", "guide", ["trainers"], [], ["lifecomp"], ["learning-to-learn"], "ec", 2020,
        Text(
            "LifeComp: learning to learn",
            "LifeComp: të mësuarit për të mësuar",
            "LifeComp: učenje kako se uči",
            "LifeComp: imparare a imparare",
        ),
        Text(
            "What the framework says about growth mindset, critical thinking and managing learning.",
            "Çfarë thotë korniza për mendësinë e rritjes, mendimin kritik dhe menaxhimin e të nxënit.",
            "Šta okvir kaže o razvojnom načinu razmišljanja, kritičkom mišljenju i upravljanju učenjem.",
            "Che cosa dice il quadro su mentalità di crescita, pensiero critico e gestione dell'apprendimento.",
        ),
        url="https://joint-research-centre.ec.europa.eu/lifecomp_en",
        into=("it",),
    ),
    resource(
        "validation-guidelines-summary", "guide", ["vet-managers", "policy-makers"], [], ["validation"],
        ["recognition", "validation"], "cedefop", 2023,
        Text(
            "European validation guidelines: a summary",
            "Udhëzimet evropiane të vërtetimit: një përmbledhje",
            "Evropske smjernice za vrednovanje: sažetak",
            "Linee guida europee sulla convalida: una sintesi",
        ),
        Text(
            "The four stages of validation and who does what in each.",
            "Katër fazat e vërtetimit dhe kush bën çfarë në secilën.",
            "Četiri faze vrednovanja i ko šta radi u svakoj od njih.",
            "Le quattro fasi della convalida e chi fa che cosa in ciascuna.",
        ),
        url="https://www.cedefop.europa.eu/en/publications/3073",
    ),
    resource(
        "validation-portfolio-template", "template", ["trainers", "learners"], ["2", "3", "4"],
        ["validation", "europass"], ["validation", "portfolio"], "vetweb", 2024,
        Text(
            "Skills portfolio template",
            "Model portofoli aftësish",
            "Obrazac portfolija vještina",
            "Modello di portfolio delle competenze",
        ),
        Text(
            "Helps adults collect evidence of what they learned outside school.",
            "Ndihmon të rriturit të mbledhin prova për atë që kanë mësuar jashtë shkollës.",
            "Pomaže odraslima da prikupe dokaze o onome što su naučili van škole.",
            "Aiuta gli adulti a raccogliere prove di ciò che hanno imparato fuori dalla scuola.",
        ),
    ),
    resource(
        "validation-assessor-training", "course-material", ["trainers", "vet-managers"], ["4", "5"],
        ["validation"], ["validation", "assessment"], "vetweb", 2024,
        Text(
            "Training for validation assessors",
            "Trajnim për vlerësuesit e vërtetimit",
            "Obuka za procjenitelje u vrednovanju",
            "Formazione per i valutatori della convalida",
        ),
        Text(
            "A one-day course on interviewing candidates and judging evidence fairly.",
            "Një kurs njëditor për intervistimin e kandidatëve dhe gjykimin e drejtë të provave.",
            "Jednodnevni kurs o intervjuisanju kandidata i pravičnom ocjenjivanju dokaza.",
            "Un corso di un giorno su come intervistare i candidati e giudicare le prove con equità.",
        ),
        into=("cnr",),
    ),
    resource(
        "employer-work-based-learning-guide", "guide", ["employers"], ["3", "4"], ["eqavet", "ecvet"],
        ["work-based-learning"], "vetweb", 2024,
        Text(
            "Hosting apprentices: a guide for employers",
            "Pritja e praktikantëve: udhëzues për punëdhënësit",
            "Prijem šegrta: vodič za poslodavce",
            "Accogliere apprendisti: guida per le imprese",
        ),
        Text(
            "What a company needs to prepare before, during and after a work placement.",
            "Çfarë duhet të përgatisë një kompani para, gjatë dhe pas një praktike pune.",
            "Šta preduzeće treba da pripremi prije, tokom i poslije prakse.",
            "Che cosa deve preparare un'impresa prima, durante e dopo un tirocinio.",
        ),
    ),
    resource(
        "mobility-report-2024", "report", ["policy-makers", "vet-managers"], [], ["ecvet", "eqavet"],
        ["mobility", "western-balkans"], "vetweb", 2024,
        Text(
            "What we learned from the 2024 mobilities",
            "Çfarë mësuam nga lëvizshmëritë e 2024-s",
            "Šta smo naučili iz mobilnosti 2024.",
            "Che cosa abbiamo imparato dalle mobilità del 2024",
        ),
        Text(
            "Findings from staff visits to Italy, Belgium and Spain, with recommendations.",
            "Gjetjet nga vizitat e stafit në Itali, Belgjikë dhe Spanjë, me rekomandime.",
            "Nalazi iz posjeta osoblja Italiji, Belgiji i Španiji, s preporukama.",
            "I risultati delle visite del personale in Italia, Belgio e Spagna, con raccomandazioni.",
        ),
    ),
    resource(
        "rural-learners-inclusion-toolkit", "toolkit", ["trainers", "vet-managers"], ["1", "2", "3"],
        ["lifecomp", "validation"], ["inclusion", "rural"], "vetweb", 2024,
        Text(
            "Reaching rural and fragile learners",
            "Si të arrijmë nxënësit në zona rurale dhe në vështirësi",
            "Kako doprijeti do polaznika iz ruralnih i ranjivih sredina",
            "Raggiungere i corsisti delle aree rurali e fragili",
        ),
        Text(
            "Outreach, guidance and flexible timetables that worked for partners in Albania and Montenegro.",
            "Qasje, orientim dhe orare fleksibile që funksionuan për partnerët në Shqipëri dhe Mal të Zi.",
            "Pristup, savjetovanje i fleksibilni rasporedi koji su se pokazali dobrim kod partnera u Albaniji i Crnoj Gori.",
            "Contatto, orientamento e orari flessibili che hanno funzionato per i partner in Albania e Montenegro.",
        ),
    ),
    resource(
        "quality-video-peer-review", "video", ["vet-managers", "trainers"], [], ["eqavet"],
        ["quality-assurance", "peer-review"], "vetweb", 2024,
        Text(
            "Peer review between VET schools (video)",
            "Rishikimi mes kolegëve në shkollat profesionale (video)",
            "Kolegijalna procjena među stručnim školama (video)",
            "La revisione tra pari nelle scuole professionali (video)",
        ),
        Text(
            "Two schools visit each other and give feedback on one quality area.",
            "Dy shkolla vizitojnë njëra-tjetrën dhe japin mendim për një fushë të cilësisë.",
            "Dvije škole se međusobno posjećuju i daju povratnu informaciju o jednoj oblasti kvaliteta.",
            "Due scuole si visitano e si danno un riscontro su un ambito della qualità.",
        ),
        into=("sq",),
    ),
    resource(
        "trainer-competence-profile", "self-assessment", ["trainers", "vet-managers"], [], ["eqf", "digcomp"],
        ["professional-development"], "vetweb", 2024,
        Text(
            "Competence profile of a VET trainer",
            "Profili i kompetencave të një trajneri AFP",
            "Profil kompetencija trenera u SOO",
            "Profilo di competenze del formatore IFP",
        ),
        Text(
            "Rate yourself on teaching, assessment, digital and networking skills and plan your development.",
            "Vlerësoni veten në mësimdhënie, vlerësim, aftësi dixhitale dhe rrjetëzim, dhe planifikoni zhvillimin tuaj.",
            "Ocijenite sebe u nastavi, ocjenjivanju, digitalnim vještinama i umrežavanju i planirajte svoj razvoj.",
            "Valutati su didattica, valutazione, competenze digitali e lavoro in rete e pianifica il tuo sviluppo.",
        ),
    ),
]
