import { defineTheme } from './define-theme.ts';

/** Theme 2: channels and the technology behind them. */
export const themeKanalen = defineTheme(
  {
    key: 'kanalen',
    titleNl: 'Kanalen en technologie',
    titleEn: 'Channels and technology',
    descriptionNl:
      'Omnichannel klantcontact, chat en messaging, chatbots en AI, zelfservice, de kennisbank en het CRM: de juiste technologie, goed gebruikt.',
    descriptionEn:
      'Omnichannel contact, chat and messaging, chatbots and AI, self-service, the knowledge base and the CRM: the right technology, used well.',
    objectives: [
      {
        key: 'omnichannel',
        titleNl: 'Omnichannel klantcontact',
        titleEn: 'Omnichannel customer contact',
        descriptionNl:
          'Je weet hoe kanalen samenhangen en zorgt dat een klant bij een overstap naar een ander kanaal of een collega zijn verhaal niet opnieuw hoeft te doen.',
        descriptionEn:
          'You know how channels fit together and make sure a customer who switches channel or colleague does not have to tell their story again.',
      },
      {
        key: 'messaging',
        titleNl: 'Chat, messaging en social media',
        titleEn: 'Chat, messaging and social media',
        descriptionNl:
          'Je schrijft in chat, messaging en op social media passend bij het kanaal: kort, persoonlijk en zorgvuldig met persoonsgegevens.',
        descriptionEn:
          'You write in chat, messaging and social media in a way that suits the channel: short, personal and careful with personal data.',
      },
      {
        key: 'chatbots-ai',
        titleNl: 'Chatbots en AI verantwoord inzetten',
        titleEn: 'Using chatbots and AI responsibly',
        descriptionNl:
          'Je kent de mogelijkheden en risico’s van chatbots en generatieve AI en weet wanneer een mens het moet overnemen.',
        descriptionEn:
          'You know the possibilities and risks of chatbots and generative AI and know when a person must take over.',
      },
      {
        key: 'zelfservice',
        titleNl: 'Zelfservice en keuzemenu’s',
        titleEn: 'Self-service and IVR menus',
        descriptionNl:
          'Je begrijpt wanneer zelfservice en keuzemenu’s klanten echt helpen en hoe je meet of ze werken.',
        descriptionEn:
          'You understand when self-service and IVR menus really help customers and how to measure whether they work.',
      },
      {
        key: 'kennisbank',
        titleNl: 'Kennismanagement en kennisbank',
        titleEn: 'Knowledge management and knowledge base',
        descriptionNl:
          'Je gebruikt en verbetert de kennisbank, zodat iedereen klanten hetzelfde, actuele antwoord geeft.',
        descriptionEn:
          'You use and improve the knowledge base so everyone gives customers the same, up-to-date answer.',
      },
      {
        key: 'crm',
        titleNl: 'CRM en contactregistratie',
        titleEn: 'CRM and contact registration',
        descriptionNl:
          'Je registreert contacten volledig, feitelijk en bruikbaar, zodat collega’s en analyses erop kunnen bouwen.',
        descriptionEn:
          'You record contacts completely, factually and usefully, so colleagues and analyses can build on them.',
      },
    ],
  },
  [
    // ── core ────────────────────────────────────────────────────────────────
    {
      objective: 'omnichannel',
      pool: 'core',
      type: 'single',
      difficulty: 'easy',
      stem: 'Wat is het belangrijkste verschil tussen **multichannel** en **omnichannel** klantcontact?',
      options: [
        'Bij omnichannel biedt een organisatie alle gangbare kanalen aan, bij multichannel maar een paar.',
        'Bij omnichannel zijn alle kanalen 24 uur per dag en 7 dagen per week bereikbaar.',
        'Bij omnichannel zijn de kanalen verbonden: klantgegevens en eerdere contacten zijn overal zichtbaar.',
        'Bij multichannel werkt de klant alleen via digitale kanalen, bij omnichannel ook telefonisch.',
      ],
      answer: 2,
      explanation:
        'Multichannel betekent: meerdere kanalen naast elkaar. Omnichannel betekent dat die kanalen één geheel vormen, zodat de klant kan wisselen zonder opnieuw te beginnen. Het aantal kanalen zegt dus niets; het gaat om de samenhang.',
      tags: ['omnichannel'],
    },
    {
      objective: 'omnichannel',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Een klant heeft gisteren gechat over een kapotte wasmachine en belt vandaag. Wat is in een goed ingerichte omnichannelomgeving het beste begin van het gesprek?',
      options: [
        'De klant vragen het probleem nog een keer vanaf het begin uit te leggen, zodat je niets mist.',
        'Het chatgesprek in het klantbeeld bekijken en daarop aansluiten: ‘Ik zie dat u gisteren heeft gechat…’',
        'De klant vragen het referentienummer van het chatgesprek op te zoeken, zodat je het kunt terugvinden.',
        'De klant terugverwijzen naar de chat, omdat een collega daar het dossier al in behandeling heeft.',
      ],
      answer: 1,
      explanation:
        'Het grote voordeel van omnichannel is dat de klant niet opnieuw hoeft te beginnen: je sluit aan op wat er al is besproken. Alles opnieuw laten vertellen is een van de grootste ergernissen van klanten. De klant terugsturen naar het oorspronkelijke kanaal is het tegenovergestelde van omnichannel.',
      tags: ['omnichannel', 'klantbeeld'],
    },
    {
      objective: 'messaging',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Wat is een belangrijk verschil tussen **live chat** en **asynchrone messaging**, zoals WhatsApp?',
      options: [
        'Bij messaging kan een gesprek lang doorlopen; klant en medewerker hoeven niet tegelijk online te zijn.',
        'Live chat is altijd anoniem, terwijl de klant bij messaging altijd met zijn telefoonnummer bekend is.',
        'Via messaging mogen geen persoonsgegevens worden verwerkt, via live chat op de eigen website wel.',
        'Live chat is vooral geschikt voor verkoopvragen, messaging vooral voor service en klachten.',
      ],
      answer: 0,
      explanation:
        'Bij live chat verwacht de klant binnen enkele seconden een reactie en eindigt het gesprek als hij de pagina sluit. Bij messaging kan de klant later verder en bouw je een doorlopend gesprek op. Persoonsgegevens mogen in beide kanalen worden verwerkt, mits veilig en volgens de afspraken van je organisatie.',
      tags: ['chat', 'messaging'],
    },
    {
      objective: 'messaging',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      timeLimitSeconds: 45,
      stem: 'Een klant plaatst op jullie openbare Facebookpagina een klacht, inclusief zijn klantnummer en adres. Wat doe je?',
      options: [
        'Openbaar reageren en de gegevens van de klant noemen, zodat iedereen ziet dat je zijn zaak serieus oppakt.',
        'Niet openbaar reageren, maar de klant bellen op het nummer uit het klantdossier en het daar oplossen.',
        'De klant vragen ook zijn IBAN in een reactie te zetten, zodat je een vergoeding meteen kunt overmaken.',
        'Kort openbaar reageren, een privébericht voorstellen en aanraden zijn gegevens niet openbaar te delen.',
      ],
      answer: 3,
      explanation:
        'Een korte openbare reactie laat andere lezers zien dat je klachten oppakt; de inhoudelijke afhandeling hoort in een besloten kanaal. Zo bescherm je de persoonsgegevens van de klant. Alleen buiten beeld oplossen voelt veilig, maar dan blijven de gegevens openbaar staan en zien meelezers geen reactie.',
      tags: ['social media', 'privacy'],
    },
    {
      objective: 'messaging',
      pool: 'core',
      type: 'multiple',
      difficulty: 'medium',
      stem: 'Wat zijn goede gewoonten als je klanten via de chat helpt? Kies alle juiste antwoorden.',
      options: [
        'Lange standaardteksten in één keer plakken',
        'Korte berichten, met één onderwerp per bericht',
        'Afkortingen en vakjargon gebruiken om tijd te besparen',
        'Laten weten als je iets opzoekt: ‘Ik kijk het even voor u na, een momentje.’',
      ],
      answers: [1, 3],
      explanation:
        'In de chat ziet de klant je niet: korte berichten en laten weten wat je doet, voorkomen dat hij denkt dat je weg bent. Een lap standaardtekst of jargon scheelt jou misschien tijd, maar de klant haakt af of moet terugvragen.',
      tags: ['chat', 'schrijven'],
    },
    {
      objective: 'messaging',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Een chatmedewerker voert vier chats tegelijk. Klanten klagen over lange reactietijden en er worden fouten gemaakt. Wat is de meest waarschijnlijke verklaring?',
      options: [
        'Klanten typen langzamer dan medewerkers, waardoor elke chat vanzelf langer duurt dan een telefoongesprek.',
        'Chat is voor complexe klantvragen geen geschikt kanaal; die kun je beter telefonisch afhandelen.',
        'De medewerker gebruikt te weinig standaardteksten, waardoor hij elk antwoord zelf moet typen.',
        'Te veel gelijktijdige chats voor de complexiteit van de vragen, waardoor reactietijd en kwaliteit dalen.',
      ],
      answer: 3,
      explanation:
        'Meerdere chats tegelijk voeren (concurrency) is efficiënt, maar alleen tot een grens die afhangt van de moeilijkheid van de vragen. Daarboven wacht elke klant langer en stijgt de kans op fouten. Meer standaardteksten gebruiken lost dat niet op en maakt de gesprekken vaak minder persoonlijk.',
      tags: ['chat', 'concurrency'],
    },
    {
      objective: 'chatbots-ai',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Wanneer moet een chatbot een gesprek overdragen aan een medewerker?',
      options: [
        'Nooit; een goed getrainde chatbot kan alle vragen aan en is bovendien altijd beschikbaar.',
        'Alleen als de klant drie keer achter elkaar ‘medewerker’ typt, om onnodige overdrachten te voorkomen.',
        'Alleen bij klachten; alle andere vragen moet de bot zelf afhandelen om de kosten laag te houden.',
        'Als de bot de vraag niet begrijpt, de klant erom vraagt of het onderwerp complex of gevoelig is.',
      ],
      answer: 3,
      explanation:
        'Een chatbot is sterk in eenvoudige, veelvoorkomende vragen; bij onbegrip, complexe of gevoelige onderwerpen moet een mens het overnemen. De medewerker krijgt het gesprek erbij, zodat de klant niet opnieuw hoeft te beginnen. Een klant die de bot niet voorbij komt, raakt gefrustreerd en belt alsnog.',
      tags: ['chatbot', 'overdracht'],
    },
    {
      objective: 'chatbots-ai',
      pool: 'core',
      type: 'truefalse',
      difficulty: 'easy',
      stem: 'Generatieve AI (zoals een taalmodel) kan overtuigend klinkende antwoorden geven die feitelijk onjuist zijn.',
      answer: true,
      explanation:
        'Taalmodellen voorspellen welke tekst waarschijnlijk is; ze controleren niet of die klopt. Dat ‘hallucineren’ maakt een antwoord soms overtuigend én fout. Controleer AI-teksten daarom altijd aan de hand van de kennisbank of het klantdossier voordat je ze gebruikt.',
      tags: ['ai', 'hallucinatie'],
    },
    {
      objective: 'chatbots-ai',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Je wilt een lange klantmail laten samenvatten door een gratis, openbare AI-tool die niet door je werkgever is goedgekeurd. Wat is juist?',
      options: [
        'Dat is prima, zolang je de samenvatting zelf goed controleert voordat je hem in het dossier zet.',
        'Dat mag, als je de naam van de klant eruit haalt; dan zijn de gegevens anoniem.',
        'Niet doen: je deelt persoonsgegevens met een partij zonder afspraken; gebruik goedgekeurde tools.',
        'Dat mag bij een uitzonderlijk lange mail, als je het daarna even meldt bij je teamleider.',
      ],
      answer: 2,
      explanation:
        'Een klantmail bevat vrijwel altijd persoonsgegevens, ook zonder naam: adres, klantnummer, situatie. Je organisatie is verantwoordelijk voor wat er met die gegevens gebeurt en moet daar afspraken over hebben met de leverancier. Alleen de naam weglaten maakt de gegevens meestal niet anoniem.',
      tags: ['ai', 'privacy'],
    },
    {
      objective: 'chatbots-ai',
      pool: 'core',
      type: 'multiple',
      difficulty: 'hard',
      stem: 'Welke eisen horen bij het verantwoord inzetten van een klantenservicechatbot? Kies alle juiste antwoorden.',
      options: [
        'De bot doet zich voor als medewerker met een menselijke naam, om vertrouwen te wekken',
        'De klant weet dat hij met een bot praat en niet met een mens',
        'Er is een duidelijke route naar een medewerker',
        'De antwoorden zijn gebaseerd op actuele, gecontroleerde bronnen en worden regelmatig beoordeeld',
        'Gespreksdata worden onbeperkt bewaard om de bot te blijven trainen',
      ],
      answers: [1, 2, 3],
      explanation:
        'Transparantie, een uitweg naar een mens en betrouwbare bronnen zijn de basis; de Europese AI-verordening verplicht ook dat mensen weten dat ze met een AI-systeem communiceren. Een bot als mens laten overkomen is misleidend. Gegevens onbeperkt bewaren botst met de AVG: je bewaart niet langer dan nodig is voor het doel.',
      tags: ['chatbot', 'ai', 'transparantie'],
    },
    {
      objective: 'chatbots-ai',
      pool: 'core',
      type: 'ordering',
      difficulty: 'medium',
      timeLimitSeconds: 60,
      stem: 'Je gebruikt een AI-assistent die een conceptantwoord voor een klantmail schrijft. Zet de stappen in de juiste volgorde.',
      steps: [
        'De klantvraag en het klantdossier lezen',
        'De AI-assistent een concept laten maken',
        'Het concept controleren op juistheid met de kennisbank en het dossier',
        'Het antwoord aanpassen aan de klant en de situatie',
        'Versturen en het contact registreren',
      ],
      explanation:
        'Jij blijft verantwoordelijk voor wat de klant ontvangt: eerst zelf begrijpen wat er speelt, dan pas het concept gebruiken. Controleren vóór het aanpassen voorkomt dat je een fout netjes oppoetst. Een AI-concept ongezien versturen is riskant, omdat taalmodellen overtuigend fout kunnen zijn.',
      tags: ['ai', 'e-mail'],
    },
    {
      objective: 'zelfservice',
      pool: 'core',
      type: 'single',
      difficulty: 'easy',
      stem: 'Wat is het doel van goede **zelfservice**?',
      options: [
        'Klanten zo veel mogelijk bij medewerkers weghouden, zodat die tijd hebben voor de moeilijke vragen.',
        'Klanten eenvoudige zaken snel zelf laten regelen, met een makkelijke route naar hulp als het niet lukt.',
        'Het aantal contactkanalen terugbrengen tot alleen de website en de app.',
        'De kosten van klantcontact zo veel mogelijk bij de klant zelf neerleggen.',
      ],
      answer: 1,
      explanation:
        'Goede zelfservice is voor veel klanten de snelste route: geen wachttijd, altijd open. Het werkt alleen als de klant ook snel hulp kan krijgen als hij vastloopt. Zelfservice die klanten ‘wegfiltert’ verplaatst de frustratie naar het volgende contact.',
      tags: ['zelfservice'],
    },
    {
      objective: 'zelfservice',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Wat maakt een telefonisch keuzemenu (IVR) klantvriendelijk?',
      options: [
        'Weinig en duidelijke keuzes, de meest gekozen onderwerpen eerst en geen doodlopende routes.',
        'Zo veel mogelijk keuzes per menu, zodat elke beller zijn eigen onderwerp terugvindt.',
        'Een boodschap over nieuwe producten vooraf, zodat de wachttijd nuttig wordt gebruikt.',
        'Het klantnummer bij elke stap opnieuw laten intoetsen, zodat de beller zeker goed uitkomt.',
      ],
      answer: 0,
      explanation:
        'Bellers moeten alle keuzes onthouden tot ze kiezen, dus minder en duidelijke opties werken beter. De meest gekozen onderwerpen vooraan sparen de meeste mensen tijd. Veel keuzes lijken volledig, maar leiden tot verkeerde keuzes en doorverbindingen.',
      tags: ['ivr', 'keuzemenu'],
    },
    {
      objective: 'zelfservice',
      pool: 'core',
      type: 'truefalse',
      difficulty: 'medium',
      stem: 'Als het aantal telefoontjes daalt na de lancering van een nieuwe zelfservicefunctie in de app, bewijst dat dat de functie klanten goed helpt.',
      answer: false,
      explanation:
        'Minder telefoontjes kan ook betekenen dat klanten afhaken, naar een ander kanaal gaan of later alsnog bellen met een groter probleem. Kijk daarom ook of klanten hun taak echt afronden, naar herhaalcontact en naar klantfeedback. Eén cijfer vertelt zelden het hele verhaal.',
      tags: ['zelfservice', 'meten'],
    },
    {
      objective: 'kennisbank',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Je vindt in de kennisbank een artikel dat niet meer klopt met het nieuwe retourbeleid. Wat doe je?',
      options: [
        'Het artikel negeren en voortaan je eigen aantekeningen gebruiken, die zijn in elk geval actueel.',
        'Je collega’s het juiste antwoord doorsturen via de groepsapp, dan weet iedereen het meteen.',
        'De klant het juiste antwoord geven en het artikel via de afgesproken route laten aanpassen.',
        'Het artikel zelf verwijderen, zodat niemand meer het verkeerde antwoord kan geven.',
      ],
      answer: 2,
      explanation:
        'Een kennisbank blijft alleen betrouwbaar als gebruikers fouten melden via de vaste route, zodat de eigenaar het voor iedereen aanpast. Eigen aantekeningen of een groepsapp lijken snel, maar zorgen dat collega’s klanten verschillende antwoorden geven. Zelf verwijderen laat anderen met een gat achter.',
      tags: ['kennisbank'],
    },
    {
      objective: 'kennisbank',
      pool: 'core',
      type: 'multiple',
      difficulty: 'medium',
      stem: 'Wat kenmerkt een goed kennisbankartikel? Kies alle juiste antwoorden.',
      options: [
        'Het bevat zoveel mogelijk achtergrondinformatie in één lange tekst',
        'Er staan meerdere versies van hetzelfde antwoord in, zodat je kunt kiezen',
        'Het is geschreven vanuit de vraag zoals klanten die stellen',
        'Het heeft een eigenaar en een datum waarop het opnieuw wordt gecontroleerd',
        'Het bevat stappen die je direct tijdens het gesprek kunt volgen',
      ],
      answers: [2, 3, 4],
      explanation:
        'Een goed artikel is vindbaar met de woorden van de klant, direct bruikbaar tijdens het gesprek en aantoonbaar actueel. Veel achtergrond lijkt volledig, maar tijdens een gesprek heb je geen tijd om te zoeken. Meerdere versies van één antwoord ondermijnen juist het doel: iedereen hetzelfde antwoord.',
      tags: ['kennisbank'],
    },
    {
      objective: 'kennisbank',
      pool: 'core',
      type: 'truefalse',
      difficulty: 'medium',
      stem: 'Bij **Knowledge-Centered Service (KCS)** leggen medewerkers kennis vast en verbeteren ze die tijdens het oplossen van klantvragen, in plaats van dat alleen een aparte redactie artikelen schrijft.',
      answer: true,
      explanation:
        'KCS gaat ervan uit dat kennis ontstaat waar vragen worden opgelost: bij de medewerkers. Zij gebruiken artikelen, vullen ze aan en signaleren fouten als onderdeel van hun werk. Een redactie kan nog steeds bewaken, maar is niet de enige bron.',
      tags: ['kennisbank', 'kcs'],
    },
    {
      objective: 'crm',
      pool: 'core',
      type: 'single',
      difficulty: 'easy',
      stem: 'Welke notitie in het CRM-systeem is het beste?',
      options: [
        '‘Klant belt boos over factuur van maart. Lastige klant, zeurt elke maand weer. Uitgelegd hoe het zit, klant nog steeds ontevreden.’',
        '‘Factuur maart besproken, klant tevreden.’',
        '‘Factuur maart (€ 84,20) dubbel afgeschreven. Terugbetaling aangevraagd; bericht binnen 5 werkdagen. Ticket 48213.’',
        '‘Zie vorige notitie; zelfde vraag als vorige maand, zelfde antwoord gegeven.’',
      ],
      answer: 2,
      explanation:
        'Een goede notitie is feitelijk en volledig: wat was de vraag, wat is er gedaan en wat is de vervolgafspraak. Zo kan een collega het gesprek naadloos overnemen. Persoonlijke oordelen horen er niet in; een klant kan via een inzageverzoek lezen wat er over hem is vastgelegd.',
      tags: ['crm', 'registratie'],
    },
    {
      objective: 'crm',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Waarom is het belangrijk om bij elk contact de juiste **contactreden** te registreren?',
      options: [
        'Omdat het systeem het gesprek anders niet kan afsluiten en de statistieken niet kloppen.',
        'Zo zie je waarom klanten contact opnemen en welke oorzaken je kunt wegnemen.',
        'Omdat de contactreden op de volgende factuur van de klant wordt vermeld.',
        'Omdat de contactreden bepaalt welke medewerker de klant de volgende keer krijgt.',
      ],
      answer: 1,
      explanation:
        'Contactredenen zijn de basis voor verbeteringen: als duizend klanten bellen over dezelfde onduidelijke brief, pas je de brief aan. Slordig registreren (vaak ‘overig’) maakt die analyse onmogelijk. Dat het systeem een verplicht veld heeft, is niet de reden maar een hulpmiddel.',
      tags: ['crm', 'contactreden'],
    },
    {
      objective: 'crm',
      pool: 'core',
      type: 'truefalse',
      difficulty: 'medium',
      stem: 'Een klant die een inzageverzoek doet, heeft in beginsel ook recht op de notities die medewerkers over hem in het CRM hebben vastgelegd.',
      answer: true,
      explanation:
        'Notities over een klant zijn persoonsgegevens, dus die vallen onder het inzagerecht van de AVG. Daarom schrijf je feitelijk en professioneel, zonder persoonlijke oordelen. Alleen in uitzonderingsgevallen, bijvoorbeeld om de rechten van anderen te beschermen, kan een deel worden afgeschermd.',
      tags: ['crm', 'avg', 'inzage'],
    },
    // ── manager ─────────────────────────────────────────────────────────────
    {
      objective: 'chatbots-ai',
      pool: 'manager',
      type: 'single',
      difficulty: 'hard',
      timeLimitSeconds: 45,
      stem: 'Je maakt een business case voor een chatbot op de klantenservice. Welke aanpak is het meest realistisch?',
      options: [
        'Uitgaan van vervanging van alle chatmedewerkers binnen een jaar, zoals leveranciers vaak voorrekenen.',
        'Beginnen met eenvoudige, veelvoorkomende vragen, meten wat de bot echt oplost en rekenen met beheerkosten.',
        'De bot zo inrichten dat klanten geen medewerker kunnen bereiken, zodat de besparing maximaal is.',
        'De licentiekosten van de bot vergelijken met de loonkosten van het huidige aantal chatmedewerkers.',
      ],
      answer: 1,
      explanation:
        'Een chatbot levert het meest op bij veelvoorkomende, eenvoudige vragen, en alleen als hij ze echt oplost. Herhaalcontact en doorverbindingen horen in de business case, net als de doorlopende kosten van content en beheer. Volledige vervanging of een bot zonder uitweg ziet er op papier goed uit, maar leidt tot ontevreden klanten en contact via andere kanalen.',
      tags: ['chatbot', 'business case', 'leidinggeven'],
    },
    {
      objective: 'chatbots-ai',
      pool: 'manager',
      type: 'single',
      difficulty: 'medium',
      stem: 'Je organisatie wil medewerkers een AI-assistent geven die antwoorden voorstelt. Wat regel je vooraf?',
      options: [
        'Niets; medewerkers zien zelf wel of een voorgesteld antwoord klopt, zij kennen de klanten het best.',
        'Dat alleen senior medewerkers de tool mogen gebruiken, omdat zij fouten het snelst herkennen.',
        'Dat voorstellen na een korte wachttijd automatisch worden verstuurd, om tijd te besparen.',
        'Afspraken over welke gegevens erin mogen, wie eindverantwoordelijk is en hoe je de kwaliteit bewaakt.',
      ],
      answer: 3,
      explanation:
        'Met heldere afspraken over gegevens, verantwoordelijkheid en kwaliteitscontrole haal je de winst van AI binnen zonder de risico’s te negeren. Betrek daarbij ook je privacyfunctionaris. Automatisch versturen lijkt efficiënt, maar haalt de menselijke controle weg op een systeem dat overtuigend fout kan zijn.',
      tags: ['ai', 'beleid', 'leidinggeven'],
    },
    {
      objective: 'kennisbank',
      pool: 'manager',
      type: 'multiple',
      difficulty: 'medium',
      stem: 'Wat organiseer je als manager om de kennisbank betrouwbaar te houden? Kies alle juiste antwoorden.',
      options: [
        'Per onderwerp een eigenaar die verantwoordelijk is voor de juistheid',
        'Een eenvoudige feedbackroute vanuit elk artikel',
        'Alle wijzigingen eerst laten goedkeuren door de directie',
        'Vaste reviewmomenten en het archiveren van verouderde artikelen',
        'Alleen wijzigen tijdens de jaarlijkse herziening',
      ],
      answers: [0, 1, 3],
      explanation:
        'Eigenaarschap, een laagdrempelige feedbackroute en vaste reviews houden de kennisbank actueel. Goedkeuring door de directie of één jaarlijkse herziening maakt het proces zo traag dat medewerkers eigen lijstjes gaan bijhouden. Dan geven klanten weer verschillende antwoorden.',
      tags: ['kennisbank', 'leidinggeven'],
    },
    {
      objective: 'omnichannel',
      pool: 'manager',
      type: 'single',
      difficulty: 'medium',
      stem: 'Klanten beginnen steeds vaker via WhatsApp, maar je team werkt met aparte systemen voor telefonie, e-mail en messaging. Wat is de belangrijkste reden om deze kanalen in één klantbeeld samen te brengen?',
      options: [
        'Medewerkers zien de hele klantgeschiedenis en klanten hoeven zich niet te herhalen.',
        'Omdat het sinds de AVG verplicht is om alle klantcontacten in één systeem vast te leggen.',
        'Omdat één systeem altijd goedkoper is in licenties en beheer dan drie losse systemen.',
        'Zodat je WhatsApp later weer kunt uitzetten als het aantal berichten tegenvalt.',
      ],
      answer: 0,
      explanation:
        'Eén klantbeeld over alle kanalen heen is de kern van omnichannel: context gaat niet verloren als de klant wisselt. Dat bespaart tijd per contact en voorkomt herhaalcontact. Er is geen wettelijke plicht om één systeem te hebben, en goedkoper is het lang niet altijd.',
      tags: ['omnichannel', 'leidinggeven'],
    },
    {
      objective: 'crm',
      pool: 'manager',
      type: 'truefalse',
      difficulty: 'easy',
      stem: 'Als medewerkers de contactreden vaak als ‘overig’ registreren, verlies je als manager het zicht op waarom klanten contact opnemen.',
      answer: true,
      explanation:
        'Een grote categorie ‘overig’ betekent dat je de belangrijkste oorzaken van contact niet kunt analyseren of wegnemen. Vaak is de lijst met redenen te lang of onduidelijk. Houd de lijst kort en herkenbaar, leg uit waarom registratie ertoe doet en controleer steekproefsgewijs.',
      tags: ['crm', 'contactreden', 'leidinggeven'],
    },
    {
      objective: 'zelfservice',
      pool: 'manager',
      type: 'single',
      difficulty: 'hard',
      stem: 'Welke KPI zegt het meest over het succes van een nieuwe zelfservicefunctie?',
      options: [
        'Het aantal unieke bezoekers van de zelfservicepagina in de eerste maand na de lancering.',
        'Het aantal downloads van de app en het gemiddelde aantal sterren in de appwinkel.',
        'Het percentage klanten dat de taak via zelfservice afrondt zonder alsnog contact op te nemen.',
        'De daling van de gemiddelde gespreksduur in het contactcenter sinds de lancering.',
      ],
      answer: 2,
      explanation:
        'Zelfservice is pas geslaagd als de klant zijn doel bereikt én niet alsnog belt of mailt. Bezoekers en downloads tonen alleen interesse, geen resultaat. De gemiddelde gespreksduur kan zelfs stijgen, omdat de eenvoudige vragen uit het contactcenter verdwijnen.',
      tags: ['zelfservice', 'kpi', 'leidinggeven'],
    },
    // ── practice (e-mail) ───────────────────────────────────────────────────
    {
      objective: 'omnichannel',
      pool: 'practice',
      type: 'single',
      difficulty: 'easy',
      stem: 'Een klant mailt:\n\n> ‘Ik heb al twee keer gebeld en moet nu voor de derde keer mijn hele verhaal doen.’\n\nWat ontbreekt er waarschijnlijk in de omnichannelaanpak?',
      options: [
        'Er zijn te weinig kanalen, waardoor de klant steeds via de telefoon moet.',
        'De openingstijden zijn te kort, waardoor de klant steeds een andere dienst treft.',
        'De klant gebruikt het verkeerde kanaal; e-mail is bedoeld voor nieuwe vragen.',
        'De context van eerdere contacten is niet zichtbaar voor de medewerker.',
      ],
      answer: 3,
      explanation:
        'Als een klant zich steeds moet herhalen, ontbreekt een gedeeld klantbeeld of worden eerdere contacten niet goed vastgelegd. Meer kanalen maken dat probleem eerder groter dan kleiner. De klant kiest nooit het ‘verkeerde’ kanaal; de organisatie moet de context meenemen.',
      tags: ['omnichannel', 'klantbeeld'],
    },
    {
      objective: 'omnichannel',
      pool: 'practice',
      type: 'ordering',
      difficulty: 'medium',
      timeLimitSeconds: 45,
      stem: 'Je verbindt een klant door naar een collega van een andere afdeling. Zet de stappen van een **warme doorverbinding** in de juiste volgorde.',
      steps: [
        'De klant uitleggen naar wie je doorverbindt en waarom',
        'De collega aan de lijn krijgen en kort de vraag en wat je al hebt gedaan overdragen',
        'De klant en de collega aan elkaar voorstellen',
        'Pas uit het gesprek gaan als de collega het heeft overgenomen',
      ],
      explanation:
        'Bij een warme doorverbinding draag je de context over, zodat de klant niet opnieuw hoeft te beginnen. Eerst de klant informeren voorkomt dat hij zich ‘weggezet’ voelt. Blind doorverbinden is sneller voor jou, maar kost de klant en je collega meer tijd.',
      tags: ['doorverbinden', 'omnichannel'],
    },
    {
      objective: 'messaging',
      pool: 'practice',
      type: 'single',
      difficulty: 'easy',
      stem: 'Een klant stuurt via WhatsApp:\n\n> ‘pakket nog steeds niet binnen 😡’\n\nWelk antwoord past het best bij dit kanaal?',
      options: [
        '‘Geachte heer/mevrouw, naar aanleiding van uw bericht delen wij u mede dat wij uw zending onderzoeken.’',
        '‘Wat vervelend dat uw pakket er nog niet is! Stuurt u uw ordernummer? Dan zoek ik het direct uit.’',
        '‘Voor vragen over bezorging kunt u het beste een e-mail sturen naar onze klantenservice.’',
        '‘Pakketten worden binnen vijf werkdagen bezorgd; daarna kunt u contact opnemen.’',
      ],
      answer: 1,
      explanation:
        'Messaging vraagt om korte, persoonlijke berichten die de klant direct verder helpen. Een formele briefstijl past niet bij het kanaal. Doorsturen naar e-mail of een algemeen antwoord laat de klant met zijn probleem zitten.',
      tags: ['messaging', 'tone of voice'],
    },
    {
      objective: 'chatbots-ai',
      pool: 'practice',
      type: 'ordering',
      difficulty: 'medium',
      timeLimitSeconds: 45,
      stem: 'Een klant komt er met de chatbot niet uit. Zet de stappen van een goede overdracht naar een medewerker in de juiste volgorde.',
      steps: [
        'De bot herkent dat hij de vraag niet kan oplossen, of de klant vraagt om een medewerker',
        'De bot meldt dat een medewerker het overneemt en hoe lang dat ongeveer duurt',
        'De medewerker leest het gesprek met de bot terug',
        'De medewerker begroet de klant en sluit aan op wat er al is besproken',
      ],
      explanation:
        'Een goede overdracht is transparant voor de klant en geeft de medewerker de context. Door het botgesprek eerst terug te lezen hoeft de klant niets te herhalen. Een overdracht zonder uitleg of context voelt voor de klant als opnieuw beginnen.',
      tags: ['chatbot', 'overdracht'],
    },
    {
      objective: 'zelfservice',
      pool: 'practice',
      type: 'single',
      difficulty: 'easy',
      stem: 'Het is druk en de wachttijd aan de telefoon loopt op tot twintig minuten. Welke optie in het keuzemenu helpt de klant het meest?',
      options: [
        'Een terugbelverzoek, zodat de klant niet aan de lijn hoeft te blijven wachten.',
        'Wachtmuziek met regelmatig de melding ‘Uw gesprek is belangrijk voor ons’.',
        'Extra keuzes in het menu, zodat de klant bij een minder drukke afdeling uitkomt.',
        'De wachttijd in minuten melden en de verbinding na tien minuten verbreken.',
      ],
      answer: 0,
      explanation:
        'Met een terugbelverzoek kan de klant intussen andere dingen doen; de wachttijd kost hem dan veel minder. Herhaalde geruststellende teksten maken het wachten eerder ergerlijker. Extra menukeuzes maken de route alleen langer.',
      tags: ['ivr', 'terugbellen'],
    },
    {
      objective: 'kennisbank',
      pool: 'practice',
      type: 'single',
      difficulty: 'easy',
      stem: 'Je collega geeft klanten een ander antwoord over de opzegtermijn dan jij. Wat is de beste stap?',
      options: [
        'Je eigen antwoord aanhouden; jij werkt hier langer en hebt de regel vaker uitgelegd.',
        'De teamleider vragen wie gelijk heeft en het antwoord daarna in de groepsapp zetten.',
        'Samen de kennisbank raadplegen en een onduidelijk of fout artikel melden bij de eigenaar.',
        'Het onderwerp voortaan vermijden en klanten naar de voorwaarden op de website verwijzen.',
      ],
      answer: 2,
      explanation:
        'De kennisbank is de gezamenlijke bron; bij twijfel kijk je daar samen en laat je onduidelijkheid oplossen bij de eigenaar. Zo krijgen alle klanten hetzelfde, juiste antwoord. Ervaring is waardevol, maar regels veranderen en geheugen is feilbaar; een antwoord in de groepsapp raakt snel zoek en bereikt nooit iedereen.',
      tags: ['kennisbank'],
    },
    {
      objective: 'crm',
      pool: 'practice',
      type: 'multiple',
      difficulty: 'medium',
      stem: 'Wat hoort er in een goede gespreksnotitie in het CRM? Kies alle juiste antwoorden.',
      options: [
        'De vraag of het probleem van de klant',
        'Je persoonlijke mening over de klant',
        'Medische details die de klant terloops noemde en die niet nodig zijn voor de afhandeling',
        'Wat je hebt gedaan en de vervolgafspraak, met termijn',
      ],
      answers: [0, 3],
      explanation:
        'Een notitie moet een collega in staat stellen het contact over te nemen: vraag, actie en vervolg. Persoonlijke meningen zijn onprofessioneel en kan de klant bij een inzageverzoek lezen. Gegevens die niet nodig zijn, zoals medische details, leg je volgens de AVG niet vast.',
      tags: ['crm', 'registratie', 'avg'],
    },
    {
      objective: 'messaging',
      pool: 'practice',
      type: 'truefalse',
      difficulty: 'easy',
      stem: 'In een chat- of WhatsAppgesprek mag je een klant om zijn wachtwoord vragen, zodat je sneller kunt helpen.',
      answer: false,
      explanation:
        'Een wachtwoord is alleen van de klant; geen enkele medewerker hoort erom te vragen, in welk kanaal dan ook. Oplichters doen zich juist voor als klantenservice om wachtwoorden en codes te ontfutselen. Gebruik de verificatiemethoden die je organisatie heeft afgesproken.',
      tags: ['messaging', 'veiligheid'],
    },
  ],
);
