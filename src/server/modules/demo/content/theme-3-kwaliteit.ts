import { defineTheme } from './define-theme.ts';

/** Theme 3: quality and customer experience — metrics, journeys, feedback and monitoring. */
export const themeKwaliteit = defineTheme(
  {
    key: 'kwaliteit',
    titleNl: 'Kwaliteit en klantbeleving',
    titleEn: 'Quality and customer experience',
    descriptionNl:
      'Meten wat ertoe doet en daarvan leren: NPS, CES, CSAT, FCR en AHT, de customer journey, klantfeedback en kwaliteitsmonitoring.',
    descriptionEn:
      'Measuring what matters and learning from it: NPS, CES, CSAT, FCR and AHT, the customer journey, customer feedback and quality monitoring.',
    objectives: [
      {
        key: 'klantmetingen',
        titleNl: 'Klantmetingen: NPS, CES en CSAT',
        titleEn: 'Customer metrics: NPS, CES and CSAT',
        descriptionNl:
          'Je weet wat NPS, CES en CSAT meten, hoe ze worden berekend en wat je er wel en niet uit kunt afleiden.',
        descriptionEn:
          'You know what NPS, CES and CSAT measure, how they are calculated and what you can and cannot conclude from them.',
      },
      {
        key: 'operationele-kpis',
        titleNl: 'Operationele KPI’s: AHT, wachttijd en bereikbaarheid',
        titleEn: 'Operational KPIs: AHT, waiting time and accessibility',
        descriptionNl:
          'Je begrijpt wat operationele KPI’s zeggen en hoe je gedrag ze beïnvloedt, zonder de klant uit het oog te verliezen.',
        descriptionEn:
          'You understand what operational KPIs tell you and how your behaviour affects them, without losing sight of the customer.',
      },
      {
        key: 'first-contact-resolution',
        titleNl: 'First contact resolution',
        titleEn: 'First contact resolution',
        descriptionNl: 'Je lost vragen zo veel mogelijk in één keer op en voorkomt onnodig herhaalcontact.',
        descriptionEn:
          'You resolve questions in one go wherever possible and prevent unnecessary repeat contact.',
      },
      {
        key: 'customer-journey',
        titleNl: 'Customer journey',
        titleEn: 'Customer journey',
        descriptionNl:
          'Je bekijkt klantcontact vanuit de hele klantreis en herkent touchpoints, pijnpunten en de momenten die ertoe doen.',
        descriptionEn:
          'You look at customer contact from the whole customer journey and recognise touchpoints, pain points and the moments that matter.',
      },
      {
        key: 'klantfeedback',
        titleNl: 'Klantfeedback en Voice of the Customer',
        titleEn: 'Customer feedback and Voice of the Customer',
        descriptionNl:
          'Je verzamelt klantfeedback en benut die zo dat er echt iets verbetert en de klant dat merkt.',
        descriptionEn:
          'You collect customer feedback and use it so that things really improve and the customer notices.',
      },
      {
        key: 'kwaliteitsmonitoring',
        titleNl: 'Kwaliteitsmonitoring en kalibratie',
        titleEn: 'Quality monitoring and calibration',
        descriptionNl:
          'Je begrijpt hoe gesprekken worden beoordeeld en gekalibreerd, en gebruikt de uitkomsten om van te leren.',
        descriptionEn:
          'You understand how conversations are assessed and calibrated, and use the results to learn.',
      },
    ],
  },
  [
    // ── core ────────────────────────────────────────────────────────────────
    {
      objective: 'klantmetingen',
      pool: 'core',
      type: 'single',
      difficulty: 'easy',
      stem: 'Welke vraag hoort bij de **Net Promoter Score (NPS)**?',
      options: [
        '‘Hoe tevreden bent u, alles bij elkaar genomen, over het contact met onze klantenservice?’',
        '‘Hoeveel moeite heeft het u gekost om uw vraag geregeld te krijgen?’',
        '‘Hoe waarschijnlijk is het dat u ons aanbeveelt aan vrienden of collega’s?’',
        '‘Zou u ons product opnieuw kopen?’',
      ],
      answer: 2,
      explanation:
        'De NPS is gebaseerd op de aanbevelingsvraag, beantwoord op een schaal van 0 tot 10. De vraag naar tevredenheid hoort bij de CSAT en de vraag naar moeite bij de Customer Effort Score (CES). Alle drie zijn nuttig, maar ze meten iets anders.',
      tags: ['nps', 'klantmeting'],
    },
    {
      objective: 'klantmetingen',
      pool: 'core',
      type: 'single',
      difficulty: 'hard',
      timeLimitSeconds: 60,
      stem: 'Van 200 klanten geven er 100 een 9 of 10, 60 een 7 of 8 en 40 een score van 0 tot en met 6. Wat is de **NPS**?',
      options: ['+50', '+30', '+80', '+40'],
      answer: 1,
      explanation:
        'Promoters (9–10) zijn 100 van de 200 = 50%; criticasters (0–6) zijn 40 van de 200 = 20%. De NPS is het percentage promoters min het percentage criticasters: 50 − 20 = +30. De passives (7–8) tellen wel mee in het totaal, maar niet aan een van beide kanten; wie ze bij de promoters optelt, komt uit op een veel te hoge score.',
      tags: ['nps', 'berekenen'],
    },
    {
      objective: 'klantmetingen',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Wat meet de **Customer Effort Score (CES)**?',
      options: [
        'Hoeveel moeite de medewerker heeft gedaan om de klant zo goed mogelijk te helpen.',
        'Hoe lang de klant gemiddeld in de wachtrij heeft gestaan voordat hij werd geholpen.',
        'Hoe groot de kans is dat de klant opnieuw iets koopt.',
        'Hoeveel moeite het de klant kostte om zijn vraag opgelost te krijgen.',
      ],
      answer: 3,
      explanation:
        'De CES meet het gemak vanuit het perspectief van de klant: hoe makkelijk was het om dit geregeld te krijgen? Onderzoek naar klantloyaliteit laat zien dat het wegnemen van moeite vaak meer oplevert dan het overtreffen van verwachtingen. De inzet van de medewerker is iets anders: een medewerker kan hard werken terwijl het voor de klant toch veel moeite kost.',
      tags: ['ces', 'klantmeting'],
    },
    {
      objective: 'klantmetingen',
      pool: 'core',
      type: 'truefalse',
      difficulty: 'easy',
      stem: 'Bij de NPS tellen klanten die een 7 of 8 geven mee als ‘promoters’.',
      answer: false,
      explanation:
        'Een 7 of 8 geldt bij de NPS als ‘passive’: tevreden, maar niet enthousiast genoeg om actief aan te bevelen. Alleen een 9 of 10 telt als promoter en 0 tot en met 6 als criticaster. Daardoor kan een klant die een keurige 8 geeft de NPS niet verhogen.',
      tags: ['nps'],
    },
    {
      objective: 'operationele-kpis',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Uit welke onderdelen bestaat de **Average Handle Time (AHT)** van een telefoongesprek?',
      options: [
        'Gesprekstijd + de tijd dat de klant tijdens het gesprek in de wacht staat + nawerktijd.',
        'Alleen de gesprekstijd, van het aannemen van het gesprek tot het ophangen.',
        'Wachttijd in de wachtrij + gesprekstijd.',
        'Wachttijd in de wachtrij + gesprekstijd + wachtstand tijdens het gesprek + nawerktijd.',
      ],
      answer: 0,
      explanation:
        'De AHT is de tijd die een medewerker aan een contact besteedt: praten, de klant tijdens het gesprek in de wacht zetten en het nawerk (after call work). De wachttijd in de wachtrij, vóórdat de klant een medewerker spreekt, hoort er niet bij; die meet je met de gemiddelde wachttijd (ASA). Vergeet je het nawerk, dan onderschat je hoeveel mensen je nodig hebt.',
      tags: ['aht', 'kpi'],
    },
    {
      objective: 'operationele-kpis',
      pool: 'core',
      type: 'truefalse',
      difficulty: 'medium',
      stem: 'Een zo laag mogelijke gemiddelde afhandeltijd (AHT) is altijd goed voor de klantbeleving.',
      answer: false,
      explanation:
        'Een korte AHT kan betekenen dat vragen snel en goed zijn opgelost, maar ook dat gesprekken zijn afgeraffeld. Dat leidt tot herhaalcontact en ontevreden klanten. Kijk daarom altijd naar AHT in combinatie met FCR en klantbeleving.',
      tags: ['aht', 'kpi'],
    },
    {
      objective: 'operationele-kpis',
      pool: 'core',
      type: 'single',
      difficulty: 'easy',
      stem: 'Wat betekent het **abandonment rate** (afhaakpercentage) in een contactcenter?',
      options: [
        'Het percentage klanten dat binnen een jaar zijn abonnement of contract opzegt.',
        'Het percentage bellers dat ophangt voordat ze een medewerker spreken.',
        'Het aantal gesprekken dat een medewerker voortijdig beëindigt.',
        'Het percentage e-mails dat onbeantwoord blijft.',
      ],
      answer: 1,
      explanation:
        'Het afhaakpercentage laat zien hoeveel bellers het wachten opgeven. Een hoog percentage wijst meestal op te lange wachttijden of een onduidelijk keuzemenu. Veel afhakers bellen later opnieuw, waardoor het aanbod op een ander moment stijgt.',
      tags: ['bereikbaarheid', 'kpi'],
    },
    {
      objective: 'first-contact-resolution',
      pool: 'core',
      type: 'single',
      difficulty: 'easy',
      stem: 'Wat betekent **first contact resolution (FCR)**?',
      options: [
        'Het eerste contact van de klant wordt binnen de norm van 20 seconden beantwoord.',
        'De klant krijgt bij elk volgend contact dezelfde medewerker als bij het eerste contact.',
        'De vraag is bij het eerste contact volledig opgelost, zonder dat er vervolgcontact nodig is.',
        'Het eerste contact van de dag wordt als eerste afgehandeld.',
      ],
      answer: 2,
      explanation:
        'FCR meet of de klant na één contact klaar is. FCR hangt sterk samen met klanttevredenheid, omdat herhaalcontact veel ergernis oplevert. Snel opnemen gaat over bereikbaarheid en dat is iets anders.',
      tags: ['fcr'],
    },
    {
      objective: 'first-contact-resolution',
      pool: 'core',
      type: 'multiple',
      difficulty: 'medium',
      stem: 'Wat helpt om de first contact resolution te verhogen? Kies alle juiste antwoorden.',
      options: [
        'Gesprekken afronden zodra de norm voor gespreksduur is bereikt',
        'Medewerkers meer beslisruimte geven om zelf oplossingen toe te kennen',
        'Klanten bij twijfel doorverwijzen naar de website',
        'Een actuele, goed doorzoekbare kennisbank',
        'Doorvragen tot je de echte vraag achter de vraag kent',
      ],
      answers: [1, 3, 4],
      explanation:
        'Beslisruimte, goede kennis en doorvragen zorgen dat de medewerker het probleem in één keer kan oplossen. Gesprekken afkappen op een tijdsnorm verlaagt de gespreksduur, maar veroorzaakt herhaalcontact. Doorverwijzen naar de website lost de vraag niet op; de klant komt vaak gewoon terug.',
      tags: ['fcr'],
    },
    {
      objective: 'first-contact-resolution',
      pool: 'core',
      type: 'truefalse',
      difficulty: 'medium',
      stem: 'Een klant die twee dagen later belt omdat de beloofde oplossing niet werkt, telt als herhaalcontact, ook al was het eerste gesprek als ‘opgelost’ geregistreerd.',
      answer: true,
      explanation:
        'FCR draait om het perspectief van de klant: is het probleem echt opgelost? Een vinkje ‘opgelost’ in het systeem zegt alleen dat de medewerker dacht dat het klaar was. Daarom meten veel organisaties FCR ook via herhaalcontact binnen een aantal dagen.',
      tags: ['fcr', 'herhaalcontact'],
    },
    {
      objective: 'first-contact-resolution',
      pool: 'core',
      type: 'single',
      difficulty: 'hard',
      stem: 'Hoe meet je first contact resolution het meest betrouwbaar?',
      options: [
        'De medewerker vinkt na elk gesprek ‘opgelost’ aan; hij weet immers het best of het gelukt is.',
        'Herhaalcontact binnen een vaste periode combineren met het oordeel van de klant.',
        'Het aandeel gesprekken tellen dat binnen vijf minuten is afgerond, zonder doorverbinding.',
        'Alleen het aantal doorverbindingen tellen: wie niet wordt doorverbonden, is geholpen.',
      ],
      answer: 1,
      explanation:
        'Herhaalcontact laat zien wat klanten doen; een vraag in de klantenquête laat zien wat ze ervaren. Samen geven ze het betrouwbaarste beeld. Alleen het oordeel van de medewerker zelf overschat de FCR meestal, omdat hij niet ziet of de klant later terugkomt.',
      tags: ['fcr', 'meten'],
    },
    {
      objective: 'customer-journey',
      pool: 'core',
      type: 'single',
      difficulty: 'easy',
      stem: 'Wat is een **pijnpunt** (pain point) in een customer journey?',
      options: [
        'Een moment in de klantreis waarop de klant frictie, onduidelijkheid of ergernis ervaart.',
        'Het moment waarop de klant betaalt, omdat geld uitgeven altijd als pijnlijk wordt ervaren.',
        'Een klacht die niet is opgelost en bij een geschillencommissie is beland.',
        'Een afdeling met een hoog ziekteverzuim, waardoor klanten langer moeten wachten.',
      ],
      answer: 0,
      explanation:
        'Pijnpunten zijn de momenten waarop de reis voor de klant stroef loopt, zoals een onduidelijke brief, een formulier dat niet werkt of een lange wachttijd. Ze leiden vaak tot contact met de klantenservice. Door ze in kaart te brengen kun je contact voorkomen in plaats van alleen afhandelen.',
      tags: ['customer journey'],
    },
    {
      objective: 'customer-journey',
      pool: 'core',
      type: 'ordering',
      difficulty: 'medium',
      timeLimitSeconds: 60,
      stem: 'Zet de stappen van een customer-journeysessie in een logische volgorde.',
      steps: [
        'Bepalen welke klantreis en welk type klant je onderzoekt',
        'De stappen en touchpoints in kaart brengen vanuit het perspectief van de klant',
        'Per stap klantdata en feedback verzamelen: wat doet, denkt en voelt de klant?',
        'Pijnpunten en de momenten die ertoe doen benoemen',
        'Verbeteracties kiezen en er een eigenaar aan koppelen',
      ],
      explanation:
        'Een journey begint met focus: welke reis, voor welke klant. Daarna breng je de reis in kaart en verrijk je die met echte klantdata, zodat je niet op aannames bouwt. Pas dan kies je verbeteringen, elk met een eigenaar, anders blijft het bij een mooie poster.',
      tags: ['customer journey'],
    },
    {
      objective: 'customer-journey',
      pool: 'core',
      type: 'truefalse',
      difficulty: 'medium',
      stem: 'Volgens de **peak-endregel** beoordelen mensen een ervaring vooral op het meest intense moment en op het einde, meer dan op het gemiddelde van alle momenten.',
      answer: true,
      explanation:
        'De peak-endregel komt uit de psychologie (Kahneman): herinneringen worden vooral gevormd door de piek en het slot. Voor klantcontact betekent dat: zorg voor een sterk einde van het gesprek en voorkom negatieve pieken. Een goed slot kan een moeizaam begin deels goedmaken.',
      tags: ['customer journey', 'klantbeleving'],
    },
    {
      objective: 'klantfeedback',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Wat betekent **‘de cirkel sluiten’** (closing the loop) bij klantfeedback?',
      options: [
        'De enquête na een jaar opnieuw naar dezelfde klanten sturen om te zien of hun score is veranderd.',
        'Alleen de positieve feedback delen met het team, zodat de motivatie hoog blijft.',
        'Alle feedback archiveren, zodat je die later kunt terugzoeken als dat nodig is.',
        'Reageren op de klant én de lessen gebruiken om te verbeteren, en laten weten wat er is veranderd.',
      ],
      answer: 3,
      explanation:
        'Bij closed loop feedback neem je contact op met de klant die feedback gaf (zeker bij een lage score) en pak je de oorzaken structureel aan. Door terug te koppelen wat je hebt veranderd, merken klanten en medewerkers dat feedback geven zin heeft. Alleen meten en archiveren verandert niets.',
      tags: ['klantfeedback', 'closed loop'],
    },
    {
      objective: 'klantfeedback',
      pool: 'core',
      type: 'multiple',
      difficulty: 'medium',
      stem: 'Welke bronnen horen bij de **Voice of the Customer**? Kies alle juiste antwoorden.',
      options: [
        'Klantenquêtes na een contact',
        'Interne rapportages over bezettingsgraad en roosters',
        'Gesprekken en notities, bijvoorbeeld via spraak- of tekstanalyse',
        'Reviews en reacties op social media',
      ],
      answers: [0, 2, 3],
      explanation:
        'Voice of the Customer is alles wat klanten zelf zeggen en laten zien: in enquêtes, in gesprekken en online. Spraak- en tekstanalyse maken de vele gesprekken die al plaatsvinden bruikbaar als bron. Bezettings- en roosterdata zijn waardevol voor de planning, maar vertellen niet wat de klant ervaart.',
      tags: ['klantfeedback', 'voc'],
    },
    {
      objective: 'klantfeedback',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Waarom is het aantal klachten een onvolledige maatstaf voor de ontevredenheid van klanten?',
      options: [
        'Omdat klachten via verschillende kanalen binnenkomen en daardoor vaak dubbel worden geteld.',
        'Omdat veel ontevreden klanten niet klagen, maar stilletjes vertrekken of minder afnemen.',
        'Omdat klachten alleen schriftelijk mogen worden ingediend, zodat telefonische klachten ontbreken.',
        'Omdat klanten die klagen meestal ongelijk hebben.',
      ],
      answer: 1,
      explanation:
        'Klagen kost moeite; veel klanten doen het niet en trekken hun conclusies. Een daling van het aantal klachten kan dus ook betekenen dat klanten het hebben opgegeven. Combineer klachten daarom met enquêtes, herhaalcontact en klantverloop.',
      tags: ['klantfeedback', 'klachten'],
    },
    {
      objective: 'kwaliteitsmonitoring',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Wat is het doel van een **kalibratiesessie** in kwaliteitsmonitoring?',
      options: [
        'De geluidskwaliteit en volledigheid van de gespreksopnamen technisch controleren.',
        'Zorgen dat beoordelaars op dezelfde manier scoren, door samen gesprekken te beoordelen.',
        'Medewerkers van beste naar slechtste rangschikken, zodat je weet wie extra coaching nodig heeft.',
        'Berekenen hoeveel medewerkers er per kwartier nodig zijn om het servicelevel te halen.',
      ],
      answer: 1,
      explanation:
        'Zonder kalibratie hangt de score af van wie er beoordeelt, en dan voelen medewerkers de beoordeling als willekeurig. Door samen gesprekken te scoren en verschillen te bespreken, ontstaat een gedeeld beeld van ‘goed’. Het doel is eerlijke, bruikbare feedback, niet het rangschikken van mensen.',
      tags: ['kwaliteitsmonitoring', 'kalibratie'],
    },
    {
      objective: 'kwaliteitsmonitoring',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Een beoordelingsformulier kijkt vooral of verplichte zinnen zijn gezegd, zoals ‘Kan ik u verder nog ergens mee helpen?’. Wat is het grootste risico?',
      options: [
        'Gesprekken worden te kort, omdat medewerkers zich tot de verplichte zinnen beperken.',
        'Er is geen risico: verplichte zinnen zorgen voor een herkenbare en gelijke kwaliteit.',
        'Medewerkers gaan afvinken in plaats van de klant echt te helpen.',
        'Klanten ergeren zich aan de vaste afsluiting en vullen de enquête minder vaak in.',
      ],
      answer: 2,
      explanation:
        'Wat je meet, krijg je: een formulier vol verplichte zinnen levert gesprekken op die het formulier volgen in plaats van de klant. Een goed formulier beoordeelt vooral of de vraag is opgelost en hoe de klant het heeft ervaren. Vaste onderdelen zoals verificatie kunnen wel verplicht blijven.',
      tags: ['kwaliteitsmonitoring'],
    },
    {
      objective: 'kwaliteitsmonitoring',
      pool: 'core',
      type: 'multiple',
      difficulty: 'medium',
      stem: 'Welke werkwijzen maken kwaliteitsmonitoring leerzaam voor medewerkers? Kies alle juiste antwoorden.',
      options: [
        'Alleen de totaalscore per e-mail doorsturen',
        'De medewerker het gesprek eerst zelf laten terugluisteren en beoordelen',
        'Gesprekken van maanden geleden bespreken',
        'Feedback geven op concreet gedrag, met fragmenten uit het gesprek',
        'Ook benoemen wat goed ging',
      ],
      answers: [1, 3, 4],
      explanation:
        'Zelfbeoordeling, concrete fragmenten en aandacht voor wat goed ging maken van monitoring een leermoment in plaats van een controle. Een kale score per e-mail vertelt niet wat je anders kunt doen. Feedback werkt het best als het gesprek nog vers in het geheugen ligt.',
      tags: ['kwaliteitsmonitoring', 'feedback'],
    },
    // ── manager ─────────────────────────────────────────────────────────────
    {
      objective: 'operationele-kpis',
      pool: 'manager',
      type: 'single',
      difficulty: 'hard',
      timeLimitSeconds: 45,
      stem: 'Je team haalt de AHT-norm niet. Een teamleider stelt voor medewerkers individueel af te rekenen op hun AHT. Wat is het grootste risico?',
      options: [
        'Medewerkers gaan uit protest langzamer werken, waardoor de AHT juist verder stijgt.',
        'De teamgemiddelden worden minder betrouwbaar, omdat uitschieters meer gewicht krijgen.',
        'Er is geen risico, zolang de norm is gebaseerd op het gemiddelde van het team zelf.',
        'Gesprekken worden afgekapt of doorverbonden, waardoor herhaalcontact stijgt en FCR daalt.',
      ],
      answer: 3,
      explanation:
        'Wie op één cijfer wordt afgerekend, gaat dat cijfer optimaliseren, ook ten koste van het doel erachter. Een kortere AHT met meer herhaalcontact kost uiteindelijk meer capaciteit én klanttevredenheid. Zoek liever uit waarom gesprekken lang duren: vaak zit de oorzaak in systemen, kennis of processen.',
      tags: ['aht', 'kpi-sturing', 'leidinggeven'],
    },
    {
      objective: 'klantmetingen',
      pool: 'manager',
      type: 'multiple',
      difficulty: 'hard',
      stem: 'Welke uitgangspunten horen bij verstandig sturen op KPI’s? Kies alle juiste antwoorden.',
      options: [
        'Stuur op zoveel mogelijk KPI’s tegelijk, dan mis je niets',
        'Combineer efficiëntie (zoals AHT) met kwaliteit en klantbeleving (zoals FCR en CES)',
        'Koppel bonussen aan één KPI, zodat de focus duidelijk is',
        'Bespreek trends en oorzaken, niet alleen losse dagcijfers',
        'Zorg dat medewerkers begrijpen hoe ze de KPI met hun gedrag kunnen beïnvloeden',
      ],
      answers: [1, 3, 4],
      explanation:
        'Een evenwichtige set KPI’s voorkomt dat je de ene prestatie ten koste van de andere opvoert. Trends en oorzaken bespreken maakt KPI’s tot een verbeterinstrument in plaats van een afrekeninstrument. Eén KPI aan een bonus koppelen lokt precies het ongewenste gedrag uit, en te veel KPI’s tegelijk geven geen richting.',
      tags: ['kpi-sturing', 'leidinggeven'],
    },
    {
      objective: 'klantmetingen',
      pool: 'manager',
      type: 'single',
      difficulty: 'medium',
      stem: 'De NPS van je afdeling daalt drie maanden op rij. Wat is de verstandigste eerste stap?',
      options: [
        'De toelichtingen en de scores per contactreden analyseren om de oorzaken te vinden.',
        'Medewerkers vragen klanten aan het eind van het gesprek aan te moedigen een 9 of 10 te geven.',
        'Overstappen op een andere meetmethode, zoals de CSAT, die minder sterk schommelt.',
        'De enquête alleen nog versturen na gesprekken die volgens de medewerker goed liepen.',
      ],
      answer: 0,
      explanation:
        'De score vertelt dát er iets is; de open antwoorden en de verdeling per contactreden vertellen wát. Klanten om een hoge score vragen of alleen na goede gesprekken meten, maakt de meting waardeloos. Dan verbetert het cijfer, maar niet de klantbeleving.',
      tags: ['nps', 'kpi-sturing', 'leidinggeven'],
    },
    {
      objective: 'first-contact-resolution',
      pool: 'manager',
      type: 'truefalse',
      difficulty: 'medium',
      stem: 'Investeren in een hogere first contact resolution kan het totale aantal contacten verlagen, ook als de gemiddelde gespreksduur daardoor iets stijgt.',
      answer: true,
      explanation:
        'Elk herhaalcontact dat je voorkomt, scheelt een volledig gesprek, inclusief wachttijd en nawerk. Een iets langer gesprek dat het probleem echt oplost, is daarom vaak goedkoper dan twee korte. Daarom beoordeel je AHT nooit los van FCR.',
      tags: ['fcr', 'aht', 'leidinggeven'],
    },
    {
      objective: 'klantfeedback',
      pool: 'manager',
      type: 'single',
      difficulty: 'medium',
      stem: 'Je organisatie verzamelt veel klantfeedback, maar er verandert weinig. Wat ontbreekt er meestal?',
      options: [
        'Meer vragen in de enquête, zodat je precies weet welk onderdeel van het contact beter moet.',
        'Een hogere respons, zodat de uitkomsten betrouwbaar genoeg zijn om op te sturen.',
        'Een eigenaar en een werkwijze om inzichten om te zetten in verbeteracties, en opvolging daarvan.',
        'Een modernere enquêtetool met dashboards en automatische analyse van open antwoorden.',
      ],
      answer: 2,
      explanation:
        'Feedback levert pas iets op als iemand verantwoordelijk is voor analyse, prioriteren en uitvoeren, en als de voortgang wordt gevolgd. Meer data of een nieuwe tool lijken een oplossing, maar vergroten meestal alleen de stapel ongebruikte inzichten. Begin klein: één verbetering per maand die klanten merken.',
      tags: ['klantfeedback', 'leidinggeven'],
    },
    {
      objective: 'kwaliteitsmonitoring',
      pool: 'manager',
      type: 'single',
      difficulty: 'hard',
      stem: 'Je kwaliteitscoaches beoordelen hetzelfde gesprek heel verschillend: van 55 tot 85 punten. Wat doe je?',
      options: [
        'Voortaan elk gesprek door twee beoordelaars laten scoren en het gemiddelde van beide scores gebruiken.',
        'Een kalibratiesessie houden, de criteria met voorbeelden verduidelijken en dit regelmatig herhalen.',
        'De beoordelaar met de meest afwijkende scores laten stoppen met beoordelen.',
        'Medewerkers zelf laten kiezen door welke beoordelaar ze worden beoordeeld.',
      ],
      answer: 1,
      explanation:
        'Zulke grote verschillen betekenen dat de criteria niet eenduidig zijn of verschillend worden uitgelegd. Kalibreren met echte gesprekken en voorbeelden maakt de beoordeling eerlijker en bruikbaarder. Een gemiddelde nemen verbergt het probleem en maakt de feedback voor de medewerker niet duidelijker.',
      tags: ['kalibratie', 'leidinggeven'],
    },
    // ── practice (e-mail) ───────────────────────────────────────────────────
    {
      objective: 'klantmetingen',
      pool: 'practice',
      type: 'single',
      difficulty: 'medium',
      stem: 'Een CSAT-enquête vraagt ‘Hoe tevreden bent u over het contact?’ op een schaal van 1 tot 5. Hoe wordt de CSAT-score vaak weergegeven?',
      options: [
        'Als het percentage promoters min het percentage criticasters.',
        'Als het aantal klachten per duizend contacten in dezelfde periode.',
        'Als de gemiddelde wachttijd in seconden tot het gesprek.',
        'Als het percentage klanten dat een 4 of 5 geeft.',
      ],
      answer: 3,
      explanation:
        'De CSAT wordt vaak weergegeven als het aandeel (zeer) tevreden klanten, dus de vieren en vijven op een vijfpuntsschaal. Sommige organisaties gebruiken het gemiddelde cijfer; vergelijk dus altijd dezelfde berekening. Promoters min criticasters is de berekening van de NPS.',
      tags: ['csat', 'klantmeting'],
    },
    {
      objective: 'klantmetingen',
      pool: 'practice',
      type: 'ordering',
      difficulty: 'medium',
      timeLimitSeconds: 45,
      stem: 'Zet de stappen om de **NPS** te berekenen in de juiste volgorde.',
      steps: [
        'De aanbevelingsvraag stellen op een schaal van 0 tot 10',
        'De antwoorden indelen: promoters (9–10), passives (7–8) en criticasters (0–6)',
        'Het percentage promoters en het percentage criticasters berekenen',
        'Het percentage criticasters aftrekken van het percentage promoters',
      ],
      explanation:
        'De NPS is het percentage promoters min het percentage criticasters. De uitkomst ligt daardoor tussen −100 en +100. Passives tellen mee in het totaal aantal respondenten, maar niet aan een van beide kanten.',
      tags: ['nps', 'berekenen'],
    },
    {
      objective: 'operationele-kpis',
      pool: 'practice',
      type: 'single',
      difficulty: 'easy',
      stem: 'Wat meet de **ASA** (average speed of answer)?',
      options: [
        'De gemiddelde tijd in de wachtrij voordat een medewerker opneemt.',
        'De gemiddelde tijd tot een klant antwoord krijgt op zijn e-mail of contactformulier.',
        'Het gemiddelde aantal gesprekken dat een medewerker per uur afhandelt.',
        'De gemiddelde duur van een gesprek, inclusief nawerk.',
      ],
      answer: 0,
      explanation:
        'De ASA is de gemiddelde wachttijd tot een gesprek wordt aangenomen. Het is een gemiddelde: een paar bellers kunnen veel langer wachten dan de ASA doet vermoeden. Daarom kijk je er vaak samen met het servicelevel en het afhaakpercentage naar.',
      tags: ['asa', 'bereikbaarheid'],
    },
    {
      objective: 'first-contact-resolution',
      pool: 'practice',
      type: 'single',
      difficulty: 'medium',
      timeLimitSeconds: 45,
      stem: 'Een klant belt over een verkeerde meterstand. Je past de stand aan en weet dat hij daardoor een brief krijgt met een hoger maandbedrag. Wat doe je voor een hogere first contact resolution?',
      options: [
        'Niets extra’s doen; de brief is duidelijk en legt de wijziging zelf uit.',
        'De klant vragen terug te bellen als hij na het lezen van de brief nog vragen heeft.',
        'Nu al uitleggen dat er een brief komt, wat erin staat en waarom.',
        'Een notitie in het dossier zetten, zodat een collega het kan uitleggen als de klant belt.',
      ],
      answer: 2,
      explanation:
        'Door de volgende vraag van de klant voor te zijn, voorkom je herhaalcontact. Een notitie voor een collega is nuttig, maar gaat er al van uit dat de klant opnieuw belt. De meeste herhaalcontacten gaan over iets wat bij het eerste contact al voorspelbaar was.',
      tags: ['fcr', 'herhaalcontact'],
    },
    {
      objective: 'customer-journey',
      pool: 'practice',
      type: 'single',
      difficulty: 'easy',
      stem: 'Wat is een **touchpoint** in een customer journey?',
      options: [
        'Alleen de momenten waarop een klant persoonlijk contact heeft met een medewerker.',
        'Elk contactmoment tussen klant en organisatie, zoals website, factuur of gesprek.',
        'Een aanraakscherm in een winkel of op een station waarmee klanten iets regelen.',
        'Het moment waarop de klant het product voor het eerst in handen heeft.',
      ],
      answer: 1,
      explanation:
        'Een touchpoint is elk moment waarop de klant iets van je organisatie ervaart, ook zonder menselijk contact. Een onduidelijke factuur is net zo goed een touchpoint als een gesprek. Juist de touchpoints zonder medewerker veroorzaken vaak contact met de klantenservice.',
      tags: ['customer journey', 'touchpoint'],
    },
    {
      objective: 'klantfeedback',
      pool: 'practice',
      type: 'multiple',
      difficulty: 'easy',
      stem: 'Hoe vergroot je de kans op bruikbare feedback uit een klantenquête? Kies alle juiste antwoorden.',
      options: [
        'De enquête kort na het contact versturen',
        'Alleen klanten benaderen die positief waren',
        'Zoveel mogelijk vragen stellen nu je de klant toch spreekt',
        'De enquête kort houden',
        'Een open vraag toevoegen waarin de klant zijn score kan toelichten',
      ],
      answers: [0, 3, 4],
      explanation:
        'Korte enquêtes kort na het contact leveren meer en betrouwbaardere antwoorden op, omdat de ervaring nog vers is. De open toelichting vertelt je waaróm een klant een score geeft. Alleen positieve klanten benaderen geeft een vertekend beeld en lange enquêtes worden vaak niet afgemaakt.',
      tags: ['klantfeedback', 'enquête'],
    },
    {
      objective: 'kwaliteitsmonitoring',
      pool: 'practice',
      type: 'truefalse',
      difficulty: 'easy',
      stem: 'Bij kwaliteitsmonitoring gaat het vooral om het controleren van medewerkers; leren is bijzaak.',
      answer: false,
      explanation:
        'Goede kwaliteitsmonitoring is in de eerste plaats een leerinstrument: wat gaat goed, wat kan beter en hoe? Ook levert het inzicht op in processen en systemen die medewerkers hinderen. Als monitoring vooral als controle voelt, gaan medewerkers op safe spelen in plaats van de klant te helpen.',
      tags: ['kwaliteitsmonitoring'],
    },
    {
      objective: 'klantfeedback',
      pool: 'practice',
      type: 'ordering',
      difficulty: 'easy',
      stem: 'Zet de stappen van **closed loop feedback** in de juiste volgorde.',
      steps: [
        'Feedback verzamelen na het contact',
        'De feedback analyseren op terugkerende oorzaken',
        'Verbeteracties kiezen en uitvoeren',
        'Het effect meten en terugkoppelen wat er is veranderd',
      ],
      explanation:
        'Feedback is pas waardevol als je de oorzaken zoekt, er iets mee doet en nagaat of het heeft gewerkt. Terugkoppelen naar klanten en medewerkers laat zien dat feedback geven zin heeft. Zonder de laatste stappen blijft het bij meten.',
      tags: ['klantfeedback', 'closed loop'],
    },
  ],
);
