"""Demo frameworks: the public EU instruments the library starts with (descriptions in our own words)."""

from home.seeding import Text

FRAMEWORKS = [
    {
        "slug": "eqf",
        "acronym": "EQF",
        "url": "https://europass.europa.eu/en/europass-digital-tools/european-qualifications-framework",
        "name": Text(
            "European Qualifications Framework",
            "Korniza Evropiane e Kualifikimeve",
            "Evropski okvir kvalifikacija",
            "Quadro europeo delle qualifiche",
        ),
        "description": Text(
            "Eight reference levels, described as learning outcomes, that make qualifications from different countries comparable.",
            "Tetë nivele reference, të përshkruara si rezultate të të nxënit, që i bëjnë të krahasueshme kualifikimet e vendeve të ndryshme.",
            "Osam referentnih nivoa, opisanih kao ishodi učenja, koji čine kvalifikacije iz različitih država uporedivim.",
            "Otto livelli di riferimento, descritti come risultati di apprendimento, che rendono confrontabili le qualifiche di paesi diversi.",
        ),
    },
    {
        "slug": "ecvet",
        "acronym": "ECVET",
        "url": "https://www.cedefop.europa.eu/en/projects/european-credit-system-vocational-education-and-training-ecvet",
        "name": Text(
            "European Credit system for Vocational Education and Training",
            "Sistemi Evropian i Krediteve për Arsimin dhe Formimin Profesional",
            "Evropski kreditni sistem za stručno obrazovanje i osposobljavanje",
            "Sistema europeo di crediti per l'istruzione e la formazione professionale",
        ),
        "description": Text(
            "Units of learning outcomes and agreements between providers, so that learning done abroad counts at home.",
            "Njësi të rezultateve të të nxënit dhe marrëveshje mes ofruesve, që të nxënit jashtë vendit të njihet në vendin tënd.",
            "Jedinice ishoda učenja i sporazumi među pružaocima, kako bi se učenje u inostranstvu priznalo kod kuće.",
            "Unità di risultati di apprendimento e accordi tra enti, perché quanto appreso all'estero conti anche a casa.",
        ),
    },
    {
        "slug": "eqavet",
        "acronym": "EQAVET",
        "url": "https://ec.europa.eu/social/main.jsp?catId=1536&langId=en",
        "name": Text(
            "European Quality Assurance in Vocational Education and Training",
            "Sigurimi Evropian i Cilësisë në Arsimin dhe Formimin Profesional",
            "Evropsko osiguranje kvaliteta u stručnom obrazovanju i osposobljavanju",
            "Garanzia europea della qualità nell'istruzione e formazione professionale",
        ),
        "description": Text(
            "A quality cycle of planning, implementation, evaluation and review, with shared indicators for VET providers and systems.",
            "Një cikël cilësie me planifikim, zbatim, vlerësim dhe rishikim, me tregues të përbashkët për ofruesit dhe sistemet e AFP-së.",
            "Ciklus kvaliteta od planiranja, sprovođenja, vrednovanja i revizije, sa zajedničkim pokazateljima za pružaoce i sisteme SOO.",
            "Un ciclo di qualità fatto di pianificazione, attuazione, valutazione e revisione, con indicatori comuni per enti e sistemi IFP.",
        ),
    },
    {
        "slug": "europass",
        "acronym": "Europass",
        "url": "https://europass.europa.eu/",
        "name": Text("Europass", "Europass", "Europass", "Europass"),
        "description": Text(
            "Free EU tools to describe skills and qualifications: a CV, a digital profile and documents that explain certificates.",
            "Mjete falas të BE-së për të përshkruar aftësitë dhe kualifikimet: një CV, një profil dixhital dhe dokumente që shpjegojnë certifikatat.",
            "Besplatni alati EU za opis vještina i kvalifikacija: CV, digitalni profil i dokumenti koji objašnjavaju sertifikate.",
            "Strumenti gratuiti dell'UE per descrivere competenze e qualifiche: un CV, un profilo digitale e documenti che spiegano i certificati.",
        ),
    },
    {
        "slug": "esco",
        "acronym": "ESCO",
        "url": "https://esco.ec.europa.eu/",
        "name": Text(
            "European Skills, Competences, Qualifications and Occupations",
            "Aftësitë, Kompetencat, Kualifikimet dhe Profesionet Evropiane",
            "Evropske vještine, kompetencije, kvalifikacije i zanimanja",
            "Classificazione europea di abilità, competenze, qualifiche e occupazioni",
        ),
        "description": Text(
            "A multilingual classification that links occupations to the skills they need, useful when writing curricula.",
            "Një klasifikim shumëgjuhësh që lidh profesionet me aftësitë që kërkojnë, i dobishëm kur hartohen kurrikulat.",
            "Višejezična klasifikacija koja povezuje zanimanja s vještinama koje zahtijevaju, korisna pri izradi kurikuluma.",
            "Una classificazione multilingue che collega le professioni alle competenze richieste, utile per scrivere i curricoli.",
        ),
    },
    {
        "slug": "entrecomp",
        "acronym": "EntreComp",
        "url": "https://joint-research-centre.ec.europa.eu/entrecomp-entrepreneurship-competence-framework_en",
        "name": Text(
            "Entrepreneurship Competence Framework",
            "Korniza e Kompetencës së Sipërmarrjes",
            "Okvir preduzetničkih kompetencija",
            "Quadro delle competenze imprenditoriali",
        ),
        "description": Text(
            "Describes what it takes to turn ideas into action, in three areas and fifteen competences.",
            "Përshkruan çfarë duhet për t'i kthyer idetë në veprim, në tri fusha dhe pesëmbëdhjetë kompetenca.",
            "Opisuje šta je potrebno da se ideje pretvore u djelo, u tri oblasti i petnaest kompetencija.",
            "Descrive ciò che serve per trasformare le idee in azione, in tre aree e quindici competenze.",
        ),
    },
    {
        "slug": "digcomp",
        "acronym": "DigComp",
        "url": "https://joint-research-centre.ec.europa.eu/digcomp_en",
        "name": Text(
            "Digital Competence Framework for Citizens",
            "Korniza e Kompetencës Dixhitale për Qytetarët",
            "Okvir digitalnih kompetencija za građane",
            "Quadro delle competenze digitali per i cittadini",
        ),
        "description": Text(
            "A common language for digital skills, from finding information to safety and problem solving, with proficiency levels.",
            "Një gjuhë e përbashkët për aftësitë dixhitale, nga gjetja e informacionit te siguria dhe zgjidhja e problemeve, me nivele zotërimi.",
            "Zajednički jezik za digitalne vještine, od pronalaženja informacija do bezbjednosti i rješavanja problema, s nivoima znanja.",
            "Un linguaggio comune per le competenze digitali, dalla ricerca di informazioni alla sicurezza e alla soluzione di problemi, con livelli di padronanza.",
        ),
    },
    {
        "slug": "greencomp",
        "acronym": "GreenComp",
        "url": "https://joint-research-centre.ec.europa.eu/greencomp-european-sustainability-competence-framework_en",
        "name": Text(
            "European Sustainability Competence Framework",
            "Korniza Evropiane e Kompetencës për Qëndrueshmërinë",
            "Evropski okvir kompetencija za održivost",
            "Quadro europeo delle competenze per la sostenibilità",
        ),
        "description": Text(
            "Sustainability competences that learners of any age can develop, to think and act for the planet.",
            "Kompetenca për qëndrueshmërinë që nxënësit e çdo moshe mund t'i zhvillojnë, për të menduar dhe vepruar për planetin.",
            "Kompetencije za održivost koje učenici svih uzrasta mogu razvijati, kako bi mislili i djelovali za planetu.",
            "Competenze per la sostenibilità che chi apprende, a ogni età, può sviluppare per pensare e agire per il pianeta.",
        ),
    },
    {
        "slug": "lifecomp",
        "acronym": "LifeComp",
        "url": "https://joint-research-centre.ec.europa.eu/lifecomp_en",
        "name": Text(
            "Personal, Social and Learning to Learn Key Competence Framework",
            "Korniza e kompetencës kyçe personale, sociale dhe të të mësuarit për të mësuar",
            "Okvir ključne lične i društvene kompetencije i kompetencije učenja kako se uči",
            "Quadro della competenza chiave personale, sociale e di imparare a imparare",
        ),
        "description": Text(
            "Personal, social and learning-to-learn competences such as wellbeing, empathy and a growth mindset.",
            "Kompetenca personale, sociale dhe të të mësuarit për të mësuar, si mirëqenia, empatia dhe mendësia e rritjes.",
            "Lične i društvene kompetencije i učenje kako se uči, poput dobrobiti, empatije i razvojnog načina razmišljanja.",
            "Competenze personali, sociali e di imparare a imparare, come il benessere, l'empatia e la mentalità di crescita.",
        ),
    },
    {
        "slug": "validation",
        "acronym": "VNFIL",
        "url": "https://www.cedefop.europa.eu/en/projects/validation-non-formal-and-informal-learning",
        "name": Text(
            "European guidelines for validating non-formal and informal learning",
            "Udhëzimet evropiane për vërtetimin e të nxënit joformal dhe informal",
            "Evropske smjernice za vrednovanje neformalnog i informalnog učenja",
            "Linee guida europee per la convalida dell'apprendimento non formale e informale",
        ),
        "description": Text(
            "How to identify, document, assess and certify what people learned at work, as volunteers or on their own.",
            "Si të identifikohet, dokumentohet, vlerësohet dhe certifikohet ajo që njerëzit kanë mësuar në punë, si vullnetarë ose vetë.",
            "Kako prepoznati, dokumentovati, procijeniti i potvrditi ono što su ljudi naučili na poslu, kao volonteri ili sami.",
            "Come individuare, documentare, valutare e certificare ciò che le persone hanno imparato al lavoro, nel volontariato o da sole.",
        ),
    },
]
