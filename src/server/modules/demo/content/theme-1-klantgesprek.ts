import { defineTheme } from './define-theme.ts';

/** Theme 1: the conversation itself — structure, listening, empathy, de-escalation, complaints. */
export const themeKlantgesprek = defineTheme(
  {
    key: 'klantgesprek',
    titleNl: 'Het klantgesprek',
    titleEn: 'The customer conversation',
    descriptionNl:
      'Gesprekstechnieken die het verschil maken: structuur, actief luisteren, empathie, de-escalatie en klachtbehandeling.',
    descriptionEn:
      'Conversation skills that make the difference: structure, active listening, empathy, de-escalation and complaint handling.',
    objectives: [
      {
        key: 'gespreksstructuur',
        titleNl: 'Gespreksstructuur en vraagtechnieken',
        titleEn: 'Conversation structure and questioning techniques',
        descriptionNl:
          'Je voert een gesprek met een duidelijke opening, vraagverheldering, oplossing en afsluiting en kiest bewust tussen open en gesloten vragen.',
        descriptionEn:
          'You run a conversation with a clear opening, clarification, solution and close, and choose deliberately between open and closed questions.',
      },
      {
        key: 'lsd',
        titleNl: 'Actief luisteren met LSD',
        titleEn: 'Active listening with LSD',
        descriptionNl:
          'Je luistert actief, vat samen en vraagt door (LSD) om de vraag achter de vraag te vinden.',
        descriptionEn:
          'You listen actively, summarise and ask follow-up questions (LSD) to find the question behind the question.',
      },
      {
        key: 'empathie',
        titleNl: 'Empathie tonen',
        titleEn: 'Showing empathy',
        descriptionNl:
          'Je herkent de emotie van de klant en erkent die oprecht, zonder het probleem te bagatelliseren of jezelf centraal te zetten.',
        descriptionEn:
          'You recognise the customer’s emotion and acknowledge it sincerely, without downplaying the problem or making it about yourself.',
      },
      {
        key: 'de-escalatie',
        titleNl: 'De-escaleren bij emotie en agressie',
        titleEn: 'De-escalating emotion and aggression',
        descriptionNl:
          'Je brengt een emotioneel of boos gesprek terug naar de inhoud en bewaakt je grenzen als een klant agressief wordt.',
        descriptionEn:
          'You bring an emotional or angry conversation back to the content and guard your boundaries when a customer becomes aggressive.',
      },
      {
        key: 'klachtbehandeling',
        titleNl: 'Klachten behandelen',
        titleEn: 'Handling complaints',
        descriptionNl:
          'Je behandelt een klacht stap voor stap, zoekt samen met de klant een passende oplossing en zorgt dat de afspraak wordt nagekomen.',
        descriptionEn:
          'You handle a complaint step by step, agree a fitting solution with the customer and make sure the agreement is kept.',
      },
      {
        key: 'verwachtingen',
        titleNl: 'Verwachtingen managen en slecht nieuws brengen',
        titleEn: 'Managing expectations and breaking bad news',
        descriptionNl:
          'Je doet alleen toezeggingen die je kunt waarmaken en brengt slecht nieuws helder, direct en met aandacht voor de klant.',
        descriptionEn:
          'You only make promises you can keep and deliver bad news clearly, directly and with care for the customer.',
      },
    ],
  },
  [
    // ── core ────────────────────────────────────────────────────────────────
    {
      objective: 'gespreksstructuur',
      pool: 'core',
      type: 'single',
      difficulty: 'easy',
      stem: 'Welke van deze vragen is een **open** vraag?',
      options: [
        '‘Heeft u de factuur van vorige maand al ontvangen?’',
        '‘Klopt het dat u vorige week ook al over deze inlogfout heeft gebeld?’',
        '‘Wat gebeurt er precies als u probeert in te loggen?’',
        '‘Wilt u dat ik u morgen terugbel?’',
      ],
      answer: 2,
      explanation:
        'Een open vraag begint vaak met wat, hoe, welke of waardoor en nodigt de klant uit om in eigen woorden te vertellen. De andere drie vragen kan de klant met ‘ja’ of ‘nee’ beantwoorden. Dat zijn gesloten vragen: handig om iets te controleren, maar ze leveren weinig nieuwe informatie op.',
      tags: ['vraagtechniek', 'open vragen'],
    },
    {
      objective: 'gespreksstructuur',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Je hebt met een klant die gaat verhuizen een nieuwe aansluitdatum ingepland. Hoe sluit je het gesprek het beste af?',
      options: [
        'Met een hartelijke groet, want de klant heeft zijn nieuwe datum en verder is alles besproken.',
        'Door de klant voor de details te verwijzen naar de website, waar alle informatie over verhuizen staat.',
        'Door te vragen of de klant mee wil doen aan een korte enquête over het gesprek.',
        'Samenvatten wat jullie hebben afgesproken, checken of alles duidelijk is en de vervolgstappen noemen.',
      ],
      answer: 3,
      explanation:
        'Een sterke afsluiting legt de afspraken nog één keer vast en voorkomt misverstanden en herhaalcontact. Vriendelijk groeten hoort er ook bij, maar zonder samenvatting en vervolgstappen blijft de klant met vragen achter. Doorverwijzen naar de website aan het eind voelt als afschuiven.',
      tags: ['gespreksstructuur', 'afsluiting'],
    },
    {
      objective: 'gespreksstructuur',
      pool: 'core',
      type: 'ordering',
      difficulty: 'easy',
      timeLimitSeconds: 45,
      stem: 'Zet de fasen van een klantgesprek in de juiste volgorde.',
      steps: [
        'Opening: de klant begroeten en jezelf en de organisatie noemen',
        'Vraagverheldering: achterhalen wat de klant precies nodig heeft',
        'Oplossing: een antwoord geven of een afspraak maken',
        'Afsluiting: samenvatten, checken of alles duidelijk is en vervolgstappen noemen',
      ],
      explanation:
        'Een vaste structuur geeft houvast aan jou én de klant. Wie de vraagverheldering overslaat en direct een oplossing geeft, lost vaak het verkeerde probleem op. De afsluiting zorgt dat jullie hetzelfde hebben begrepen.',
      tags: ['gespreksstructuur'],
    },
    {
      objective: 'lsd',
      pool: 'core',
      type: 'single',
      difficulty: 'easy',
      stem: 'Waar staat **LSD** voor in gesprekstechniek?',
      options: [
        'Luisteren, Structureren, Doorverwijzen',
        'Luisteren, Samenvatten, Doorvragen',
        'Letten, Signaleren, Delen',
        'Luisteren, Sturen, Documenteren',
      ],
      answer: 1,
      explanation:
        'LSD staat voor Luisteren, Samenvatten en Doorvragen: samen de kern van actief luisteren. Door samen te vatten check je of je de klant goed begrijpt, door door te vragen kom je bij de vraag achter de vraag. Doorverwijzen is soms nodig, maar hoort niet bij deze techniek.',
      tags: ['lsd', 'actief luisteren'],
    },
    {
      objective: 'lsd',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Een klant zegt:\n\n> ‘Ik word gek van jullie app, hij doet het gewoon nooit.’\n\nWat is de beste eerste reactie?',
      options: [
        '‘Heeft u al geprobeerd de app te verwijderen en opnieuw te installeren?’',
        '‘Welke versie van de app heeft u op dit moment geïnstalleerd?’',
        '‘Vervelend! Wat gebeurt er precies als u de app opent?’',
        '‘Dat is vreemd, bij de meeste klanten werkt hij prima.’',
      ],
      answer: 2,
      explanation:
        'Je erkent kort de ergernis en stelt dan een open doorvraag, zodat de klant concreet vertelt wat er misgaat. Meteen een oplossing voorstellen (opnieuw installeren) is verleidelijk, maar je weet nog niet wat het probleem is. Zeggen dat het bij anderen wel werkt, legt de schuld bij de klant.',
      tags: ['lsd', 'doorvragen'],
    },
    {
      objective: 'lsd',
      pool: 'core',
      type: 'multiple',
      difficulty: 'medium',
      stem: 'Welke gedragingen horen bij **actief luisteren**? Kies alle juiste antwoorden.',
      options: [
        'In eigen woorden samenvatten wat je hebt gehoord',
        'Alvast je antwoord bedenken terwijl de klant nog praat',
        'De klant onderbreken zodra je denkt te weten wat hij bedoelt',
        'Korte bevestigingen geven, zoals ‘ja’ en ‘ik begrijp het’',
        'Een korte stilte laten vallen zodat de klant kan aanvullen',
      ],
      answers: [0, 3, 4],
      explanation:
        'Bevestigen, stiltes toelaten en samenvatten laten merken dat je luistert en geven de klant ruimte om alles te vertellen. Wie al een antwoord bedenkt of onderbreekt, mist vaak het belangrijkste deel van het verhaal. Juist aan de telefoon hoort de klant meteen of je echt luistert.',
      tags: ['lsd', 'actief luisteren'],
    },
    {
      objective: 'empathie',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Een klant belt:\n\n> ‘Mijn moeder is vorige maand overleden en ik wil haar abonnement opzeggen.’\n\nWelke reactie past het best?',
      options: [
        '‘Gecondoleerd met het verlies van uw moeder. Ik help u graag en vertel u wat ik daarvoor nodig heb.’',
        '‘Dat regel ik voor u. Dan heb ik eerst een kopie van de overlijdensakte en haar klantnummer nodig.’',
        '‘Wat naar voor u. Ik weet precies hoe u zich voelt, want mijn moeder is vorig jaar ook overleden.’',
        '‘Geen probleem, dat regelen we samen in een paar minuten, dan bent u er snel vanaf.’',
      ],
      answer: 0,
      explanation:
        'Eerst erken je het verlies, daarna help je praktisch en duidelijk verder. ‘Ik weet precies hoe u zich voelt’ klinkt betrokken, maar zet jouw ervaring centraal en je kunt niet weten hoe de ander zich voelt. Direct met de procedure beginnen of ‘geen probleem’ zeggen gaat voorbij aan wat er voor de klant speelt.',
      tags: ['empathie', 'overlijden'],
    },
    {
      objective: 'empathie',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Een klant vertelt dat ze al drie keer heeft gebeld over dezelfde storing. Welke reactie toont de meeste empathie?',
      options: [
        '‘Ik begrijp uw frustratie helemaal, maar ik kan helaas ook niets aan de storing doen.’',
        '‘Ik zie in het systeem overigens maar twee eerdere contacten over deze storing staan.’',
        '‘Het is op dit moment erg druk door de storing, dus het duurt bij iedereen langer.’',
        '‘Drie keer bellen voor hetzelfde, dat is echt frustrerend. Ik zorg dat het nu wordt opgepakt.’',
      ],
      answer: 3,
      explanation:
        'Een empathische reactie benoemt concreet wat de klant meemaakt en koppelt daar een inspanning aan. ‘Ik begrijp het, maar…’ lijkt begripvol, maar het woord ‘maar’ veegt het begrip meteen weer van tafel. De klant corrigeren over het aantal contacten helpt niemand.',
      tags: ['empathie', 'herhaalcontact'],
    },
    {
      objective: 'empathie',
      pool: 'core',
      type: 'truefalse',
      difficulty: 'easy',
      stem: 'Empathie tonen betekent dat je de klant gelijk geeft.',
      answer: false,
      explanation:
        'Empathie gaat over begrip voor het gevoel van de klant, niet over gelijk geven op de inhoud. Je kunt zeggen ‘Ik snap dat dit voor u een flinke tegenvaller is’ en toch uitleggen dat een vergoeding niet mogelijk is. Juist dat begrip maakt het makkelijker om lastige inhoud te brengen.',
      tags: ['empathie'],
    },
    {
      objective: 'de-escalatie',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Een klant begint meteen te schreeuwen over een veel te hoge eindafrekening. Wat doe je **eerst**?',
      options: [
        'Direct uitleggen hoe de eindafrekening is berekend, zodat het misverstand snel uit de wereld is.',
        'De klant laten uitpraten zonder te onderbreken en daarna de emotie benoemen.',
        'Zeggen dat je het gesprek beëindigt als hij op deze toon doorgaat.',
        'De klant doorverbinden met je leidinggevende, die meer mogelijkheden heeft.',
      ],
      answer: 1,
      explanation:
        'Iemand die boos is, kan pas naar uitleg luisteren als hij zich gehoord voelt: eerst de emotie, dan de inhoud. Meteen de berekening uitleggen voelt voor de klant als tegenspraak en maakt het vaak erger. Dreigen met ophangen is pas aan de orde bij schelden of bedreigen, niet bij frustratie over een rekening.',
      tags: ['de-escalatie', 'emotie'],
    },
    {
      objective: 'de-escalatie',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      timeLimitSeconds: 45,
      stem: 'Een klant scheldt je persoonlijk uit. Wat is volgens de meeste agressieprotocollen de juiste aanpak?',
      options: [
        'Het negeren en gewoon doorgaan; boosheid hoort bij het vak en de klant moet geholpen worden.',
        'Op dezelfde, stevige toon terugpraten, zodat de klant merkt dat hij zo niet met je kan omgaan.',
        'Het gedrag benoemen, een grens stellen en waarschuwen; gaat het door, dan beëindig je het gesprek.',
        'Zonder iets te zeggen ophangen, het incident melden en het volgende gesprek aannemen.',
      ],
      answer: 2,
      explanation:
        'Je benoemt het gedrag (‘Ik wil u graag helpen, maar niet als u mij uitscheldt’), geeft een duidelijke waarschuwing en beëindigt het gesprek als het doorgaat. Zo blijf je professioneel en krijgt de klant een eerlijke kans. Zonder waarschuwing ophangen voelt begrijpelijk, maar escaleert vaak en is lastig te verantwoorden; melden zorgt dat je organisatie kan ondersteunen en maatregelen kan nemen.',
      tags: ['de-escalatie', 'agressie', 'grenzen'],
    },
    {
      objective: 'de-escalatie',
      pool: 'core',
      type: 'single',
      difficulty: 'hard',
      timeLimitSeconds: 60,
      stem: 'Een klant valt aan: ‘Jullie zijn gewoon incompetent!’ Volgens de **Roos van Leary** lokt gedrag ander gedrag uit. Welke reactie helpt het meest om uit deze tegen-dynamiek te komen?',
      options: [
        '‘Dat klopt niet, meneer: u heeft het formulier zelf verkeerd ingevuld, dat zie ik hier staan.’',
        '‘Sorry, sorry, u heeft helemaal gelijk, het spijt me echt heel erg.’',
        '‘Ik begrijp dat u boos bent, maar ik doe ook gewoon mijn werk, hoor.’',
        '‘Ik hoor dat u boos bent. Ik ga met u uitzoeken wat er misging en wat we nu doen.’',
      ],
      answer: 3,
      explanation:
        'Volgens de Roos van Leary roept tegen-gedrag tegen-gedrag op en roept boven-gedrag onder-gedrag op. Met een rustige, leidende en samenwerkende reactie (boven-samen) doorbreek je de spiraal. Terugvechten met feiten (boven-tegen) of je verdedigen houdt de strijd in stand; alleen maar sorry zeggen (onder) geeft de klant geen richting.',
      tags: ['de-escalatie', 'roos van leary'],
    },
    {
      objective: 'de-escalatie',
      pool: 'core',
      type: 'multiple',
      difficulty: 'medium',
      stem: 'Welke technieken helpen om een boze beller tot rust te brengen? Kies alle juiste antwoorden.',
      options: [
        'Zeggen: ‘Rustig maar, meneer.’',
        'Zelf rustig en iets langzamer praten dan de klant',
        'De emotie benoemen: ‘Ik hoor dat u hier erg boos over bent.’',
        'Uitgebreid uitleggen dat een andere afdeling de fout heeft gemaakt',
        'De klant bij zijn naam aanspreken',
      ],
      answers: [1, 2, 4],
      explanation:
        'Een rustige stem, het benoemen van de emotie en de klant bij naam noemen maken het gesprek persoonlijk en werken kalmerend. ‘Rustig maar’ klinkt betuttelend en werkt meestal averechts. De schuld bij een andere afdeling leggen maakt de organisatie in de ogen van de klant alleen maar onbetrouwbaarder.',
      tags: ['de-escalatie', 'emotie'],
    },
    {
      objective: 'klachtbehandeling',
      pool: 'core',
      type: 'ordering',
      difficulty: 'medium',
      timeLimitSeconds: 60,
      stem: 'Zet de stappen van een goede klachtbehandeling in de juiste volgorde.',
      steps: [
        'De klant zijn verhaal laten doen en goed luisteren',
        'Begrip tonen en excuses aanbieden voor de vervelende ervaring',
        'Samenvatten en checken of je de klacht goed hebt begrepen',
        'Samen met de klant een oplossing kiezen',
        'De afspraak vastleggen, nakomen en terugkoppelen',
      ],
      explanation:
        'Eerst luisteren en erkennen, dan pas de inhoud: een klant die zich niet gehoord voelt, staat niet open voor een oplossing. Door samen te vatten voorkom je dat je het verkeerde probleem oplost. Een klacht is pas echt afgehandeld als de afspraak is nagekomen.',
      tags: ['klachten', 'klachtbehandeling'],
    },
    {
      objective: 'klachtbehandeling',
      pool: 'core',
      type: 'single',
      difficulty: 'easy',
      stem: 'Waarom is een klacht waardevol voor een organisatie?',
      options: [
        'Een klacht laat zien waar het misgaat, terwijl veel ontevreden klanten nooit klagen.',
        'Bij een klacht heb je de volle aandacht van de klant, dus het is een goed moment om iets extra’s te verkopen.',
        'Klachten moeten bij wet worden doorgegeven aan een toezichthouder, dus een goede registratie is verplicht.',
        'Een klacht betekent meestal dat de klant iets verkeerd heeft begrepen, dus je kunt je uitleg verbeteren.',
      ],
      answer: 0,
      explanation:
        'Een klager geeft je de kans om het goed te maken én om de oorzaak weg te nemen voor alle andere klanten. Veel ontevreden klanten zeggen niets en gaan gewoon weg, dus elke klacht is gratis informatie. Er is geen algemene wettelijke plicht om klachten aan een toezichthouder te melden.',
      tags: ['klachten'],
    },
    {
      objective: 'klachtbehandeling',
      pool: 'core',
      type: 'truefalse',
      difficulty: 'medium',
      stem: 'Je kunt oprecht excuses aanbieden voor de vervelende ervaring van de klant, ook als nog niet duidelijk is wat de oorzaak is.',
      answer: true,
      explanation:
        'Excuses voor de ervaring (‘Wat vervelend dat u hierdoor een dag zonder internet zat’) zijn altijd mogelijk en laten zien dat je de klant serieus neemt. Je zegt daarmee nog niet wie of wat de oorzaak is. Beloof wel pas een vergoeding als je weet dat die mogelijk is.',
      tags: ['klachten', 'excuses'],
    },
    {
      objective: 'verwachtingen',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Je hebt een klant beloofd hem vóór 16.00 uur terug te bellen. Het is 15.45 uur en de backoffice heeft nog geen antwoord. Wat doe je?',
      options: [
        'Wachten met bellen tot je een antwoord hebt; dan kun je de klant tenminste iets concreets vertellen.',
        'Toch vóór 16.00 uur bellen, de stand van zaken geven en een nieuw, concreet moment afspreken.',
        'Een collega van de backoffice vragen om de klant morgen zelf te bellen met het antwoord.',
        'Een e-mail sturen met de standaardtekst over vertraging, zodat de klant het op schrift heeft.',
      ],
      answer: 1,
      explanation:
        'Een toezegging nakomen gaat ook over het moment van contact, niet alleen over de inhoud. Door op tijd te bellen en een nieuw moment af te spreken blijf je betrouwbaar, ook zonder antwoord. Wachten tot je iets weet voelt logisch, maar voor de klant is het een gebroken belofte.',
      tags: ['verwachtingen', 'toezeggingen'],
    },
    {
      objective: 'verwachtingen',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      timeLimitSeconds: 45,
      stem: 'Je moet een klant vertellen dat zijn aanvraag voor een betalingsregeling is afgewezen. Hoe breng je dit slechte nieuws?',
      options: [
        'Eerst rustig uitleggen hoe de beoordeling werkt en welke criteria gelden, en het besluit aan het eind noemen.',
        'Het besluit alleen per e-mail sturen, zodat de klant het in alle rust kan lezen en herlezen.',
        'Na een korte inleiding direct het besluit noemen, ruimte geven voor de reactie en dan reden en opties bespreken.',
        'Zeggen dat je het zelf ook niet eens bent met het besluit, zodat de klant merkt dat je aan zijn kant staat.',
      ],
      answer: 2,
      explanation:
        'Bij slecht nieuws noem je de kern in de eerste zinnen: een lange aanloop maakt de klant onrustig en hij hoort je uitleg toch niet. Daarna geef je ruimte voor de emotie en pas dan de reden en de alternatieven. Afstand nemen van het besluit van je eigen organisatie ondermijnt het vertrouwen en roept nieuwe discussie op.',
      tags: ['slecht nieuws', 'verwachtingen'],
    },
    {
      objective: 'verwachtingen',
      pool: 'core',
      type: 'truefalse',
      difficulty: 'easy',
      stem: '‘Ik ga mijn best doen om het morgen te regelen’ is een betere toezegging dan ‘Ik bel u morgen vóór 12.00 uur terug met de stand van zaken’.',
      answer: false,
      explanation:
        'Een goede toezegging is concreet en ligt binnen jouw macht: je kunt altijd terugbellen, ook als het probleem nog niet is opgelost. ‘Mijn best doen’ klinkt behulpzaam, maar is vaag en wekt een verwachting die je misschien niet kunt waarmaken. Vage beloftes leiden vaak tot herhaalcontact.',
      tags: ['verwachtingen', 'toezeggingen'],
    },
    {
      objective: 'verwachtingen',
      pool: 'core',
      type: 'multiple',
      difficulty: 'medium',
      stem: 'Welke formuleringen helpen om de verwachtingen van een klant goed te managen? Kies alle juiste antwoorden.',
      options: [
        '‘Dat komt vast helemaal goed.’',
        '‘U ontvangt binnen drie werkdagen een bevestiging per e-mail.’',
        '‘Heeft u vrijdag nog niets gehoord? Belt u dan en noemt u dit dossiernummer.’',
        '‘Normaal duurt het echt niet zo lang, hoor.’',
        '‘Eerder dan donderdag lukt niet; wel kan ik u op de lijst zetten voor een eerdere plek als die vrijkomt.’',
      ],
      answers: [1, 2, 4],
      explanation:
        'Goede verwachtingen zijn concreet (wat, wanneer), geven de klant een vervolgstap en zijn eerlijk over wat níét kan, met een alternatief erbij. ‘Dat komt vast goed’ en ‘normaal duurt het niet zo lang’ klinken geruststellend, maar beloven iets wat je niet kunt garanderen. Als het dan tegenvalt, is de teleurstelling groter.',
      tags: ['verwachtingen'],
    },
    // ── manager ─────────────────────────────────────────────────────────────
    {
      objective: 'de-escalatie',
      pool: 'manager',
      type: 'single',
      difficulty: 'medium',
      timeLimitSeconds: 45,
      stem: 'Een klant eist ‘de manager’ te spreken, terwijl jouw medewerker alles correct heeft afgehandeld. Je neemt als teamleider het gesprek over. Wat is de beste aanpak?',
      options: [
        'Direct bevestigen dat je medewerker het correct heeft afgehandeld en dat er daarom niets meer mogelijk is.',
        'Een kleine compensatie aanbieden, zodat de klant tevreden is en het gesprek snel kan worden afgerond.',
        'Het verhaal opnieuw aanhoren en dan de mogelijkheden bespreken, zonder je medewerker af te vallen.',
        'Uitleggen dat de medewerker nog nieuw is, zodat de klant begrijpt waarom het gesprek moeizaam liep.',
      ],
      answer: 2,
      explanation:
        'Bij een escalatie wil de klant vooral opnieuw gehoord worden door iemand met meer gezag. Door eerst te luisteren en daarna dezelfde lijn vast te houden, bescherm je zowel de klant als je medewerker. Een compensatie om ervan af te zijn leert klanten dat escaleren loont, en je medewerker afvallen ondermijnt het team.',
      tags: ['escalatie', 'leidinggeven'],
    },
    {
      objective: 'de-escalatie',
      pool: 'manager',
      type: 'multiple',
      difficulty: 'medium',
      stem: 'Een medewerker heeft net een gesprek gehad waarin een klant haar bedreigde. Wat hoort bij goede opvang door jou als leidinggevende? Kies alle juiste antwoorden.',
      options: [
        'Haar vragen meteen door te werken, want de wachtrij loopt op',
        'Direct even met haar uit de lijn gaan en vragen hoe het met haar gaat',
        'Het incident vastleggen volgens het agressieprotocol en met haar bespreken of aangifte nodig is',
        'Een paar dagen later opnieuw contact opnemen en zo nodig professionele nazorg aanbieden',
        'Het incident verder niet bespreken om het niet groter te maken dan het is',
      ],
      answers: [1, 2, 3],
      explanation:
        'Goede opvang bestaat uit directe aandacht, het incident vastleggen en opvolgen, en nazorg in de dagen erna: reacties op een bedreiging komen soms pas later. Doorwerken of het incident doodzwijgen lijkt de werkdruk te sparen, maar vergroot de kans op uitval en geeft het signaal dat agressie ‘erbij hoort’. Werkgevers horen beleid te hebben voor agressie door klanten.',
      tags: ['agressie', 'nazorg', 'leidinggeven'],
    },
    {
      objective: 'klachtbehandeling',
      pool: 'manager',
      type: 'single',
      difficulty: 'medium',
      stem: 'Je ziet in de maandrapportage dat klachten over bezorging sterk zijn gestegen. Wat is als manager de beste eerste stap?',
      options: [
        'Een steekproef van de klachten analyseren op oorzaken en die bespreken met de afdeling of vervoerder.',
        'Het team vragen klanten met een bezorgklacht voortaan sneller een tegoedbon te geven, zodat ze tevreden blijven.',
        'Een maand afwachten, zodat je zeker weet dat het om een trend gaat en niet om toeval.',
        'De categorieën ‘bezorging’ en ‘overig’ samenvoegen, zodat de rapportage overzichtelijker wordt.',
      ],
      answer: 0,
      explanation:
        'Klachtdata zijn pas waardevol als je de oorzaak vindt en bij de bron aanpakt, vaak buiten het contactcenter. Sneller compenseren verzacht de pijn voor de klant, maar lost het probleem niet op en kost geld. Afwachten of categorieën samenvoegen maakt het probleem alleen minder zichtbaar.',
      tags: ['klachten', 'klachtanalyse', 'leidinggeven'],
    },
    {
      objective: 'klachtbehandeling',
      pool: 'manager',
      type: 'truefalse',
      difficulty: 'medium',
      stem: 'Als medewerkers binnen duidelijke kaders zelf kleine compensaties mogen toekennen, kan dat het aantal escalaties naar leidinggevenden verminderen.',
      answer: true,
      explanation:
        'Met beslisruimte kan een medewerker een klacht direct oplossen, zodat de klant niet hoeft te escaleren om iets gedaan te krijgen. Belangrijk zijn heldere kaders (waarvoor, tot welk bedrag) en het volgen van het gebruik. Zonder die ruimte wordt de teamleider de flessenhals.',
      tags: ['klachten', 'beslisruimte', 'leidinggeven'],
    },
    {
      objective: 'empathie',
      pool: 'manager',
      type: 'single',
      difficulty: 'medium',
      stem: 'Hoe ontwikkel je als teamleider de empathische vaardigheden van je team het meest effectief?',
      options: [
        'Een vast zinnetje invoeren, zoals ‘Ik begrijp uw frustratie’, zodat iedereen empathie op dezelfde manier toont.',
        'Een e-learning over empathie laten volgen en per medewerker de toetsscore registreren.',
        'De norm voor gespreksduur verlagen, zodat gesprekken zakelijker en minder emotioneel worden.',
        'Samen gesprekken terugluisteren, bespreken wat de klant voelde en oefenen met eigen woorden.',
      ],
      answer: 3,
      explanation:
        'Empathie leer je door te oefenen met echte situaties en door te ervaren hoe een gesprek bij de klant overkomt. Een verplicht standaardzinnetje klinkt al snel hol en klanten horen dat. Kennis uit een e-learning helpt, maar verandert zonder oefening en feedback weinig aan het gedrag.',
      tags: ['empathie', 'coaching', 'leidinggeven'],
    },
    {
      objective: 'verwachtingen',
      pool: 'manager',
      type: 'single',
      difficulty: 'hard',
      timeLimitSeconds: 45,
      stem: 'Door een systeemstoring kunnen vandaag geen terugbetalingen worden gedaan. De oplossing wordt morgen verwacht, maar is niet zeker. Welke instructie geef je je team?',
      options: [
        'Klanten vertellen dat het morgen is opgelost; dat is de verwachting van IT en het stelt klanten gerust.',
        'Eerlijk melden dat er een storing is en wanneer er een update komt, zonder een datum te beloven.',
        'Niets over de storing zeggen en de terugbetaling gewoon inplannen, om onrust te voorkomen.',
        'Klanten vragen over een week terug te bellen, als de storing zeker voorbij is.',
      ],
      answer: 1,
      explanation:
        'Eerlijke, eenduidige informatie met een moment voor de volgende update voorkomt herhaalcontact en behoudt vertrouwen. Een zekere datum beloven lijkt klantvriendelijk, maar als het misgaat heb je twee problemen. Zorg ook dat dezelfde boodschap in het keuzemenu, op de website en in de chat staat.',
      tags: ['verwachtingen', 'storing', 'leidinggeven'],
    },
    // ── practice (e-mail) ───────────────────────────────────────────────────
    {
      objective: 'gespreksstructuur',
      pool: 'practice',
      type: 'single',
      difficulty: 'medium',
      stem: 'Een klant vertelt een lang verhaal met veel zijpaden. Hoe breng je op een klantvriendelijke manier structuur aan?',
      options: [
        'De klant onderbreken met: ‘Wat is uw vraag nou precies?’',
        'De klant laten uitpraten, hoe lang het ook duurt; onderbreken voelt voor een klant altijd onbeleefd.',
        'Doorverbinden met een collega die op dit moment meer tijd heeft voor een uitgebreid gesprek.',
        'Kort samenvatten wat je hebt gehoord en met een gerichte vraag teruggaan naar de kern.',
      ],
      answer: 3,
      explanation:
        'Met een samenvatting laat je zien dat je hebt geluisterd, en met een gerichte vraag neem je vriendelijk de regie terug. Bot onderbreken voelt voor de klant als niet serieus genomen worden. Eindeloos laten praten kost jou en de wachtende klanten tijd en helpt deze klant ook niet verder.',
      tags: ['gespreksstructuur', 'regie'],
    },
    {
      objective: 'lsd',
      pool: 'practice',
      type: 'single',
      difficulty: 'easy',
      stem: 'Waarom vat je samen tijdens een klantgesprek?',
      options: [
        'Om tijd te winnen terwijl je in de systemen het antwoord opzoekt.',
        'Om te checken of je de klant goed hebt begrepen en te laten merken dat je luistert.',
        'Omdat een samenvatting verplicht is voor de gespreksopname en de kwaliteitscontrole.',
        'Om de klant te corrigeren als hij iets anders zegt dan wat er in het systeem staat.',
      ],
      answer: 1,
      explanation:
        'Samenvatten is een check: klopt wat ik heb gehoord? De klant kan dan aanvullen of verbeteren, en voelt zich gehoord. Het is geen trucje om tijd te winnen of om de klant te verbeteren.',
      tags: ['lsd', 'samenvatten'],
    },
    {
      objective: 'empathie',
      pool: 'practice',
      type: 'single',
      difficulty: 'medium',
      stem: 'Een klant mailt:\n\n> ‘Het cadeau voor de verjaardag van mijn dochter is niet op tijd bezorgd. Ze was er kapot van.’\n\nWelke openingszin van je antwoord is het meest empathisch?',
      options: [
        '‘Bedankt voor uw e-mail. Uw klacht over de late bezorging is in behandeling genomen en wordt onderzocht.’',
        '‘Helaas zijn vertragingen bij bezorging niet altijd te voorkomen, zeker niet in drukke periodes.’',
        '‘Wat jammer dat het cadeau niet op tijd was voor de verjaardag van uw dochter; wat een teleurstelling.’',
        '‘Volgens onze voorwaarden is de genoemde levertijd een indicatie en geen garantie.’',
      ],
      answer: 2,
      explanation:
        'Ook op schrift laat je empathie zien door concreet te benoemen wat er voor de klant op het spel stond. Een neutrale ontvangstbevestiging is correct, maar voelt als een automatisch antwoord. Meteen naar de voorwaarden verwijzen voelt als een verdediging.',
      tags: ['empathie', 'e-mail'],
    },
    {
      objective: 'de-escalatie',
      pool: 'practice',
      type: 'ordering',
      difficulty: 'medium',
      timeLimitSeconds: 45,
      stem: 'Zet de stappen om een boze klant tot rust te brengen in een logische volgorde.',
      steps: [
        'De klant laten uitpraten',
        'De emotie benoemen en erkennen',
        'Samenvatten wat het probleem is',
        'Samen naar een oplossing zoeken',
      ],
      explanation:
        'Eerst moet de emotie eruit en erkend worden; pas dan staat de klant open voor de inhoud. Met een samenvatting schakel je over naar de zakelijke kant. Wie meteen een oplossing biedt, wordt vaak niet gehoord.',
      tags: ['de-escalatie'],
    },
    {
      objective: 'klachtbehandeling',
      pool: 'practice',
      type: 'multiple',
      difficulty: 'medium',
      stem: 'Wat hoort er in een goede schriftelijke reactie op een klacht? Kies alle juiste antwoorden.',
      options: [
        'Een reactie op de concrete punten die de klant noemt',
        'Wat je hebt gedaan of gaat doen, en wanneer',
        'Een standaardtekst die voor alle klachten past',
        'Een uitgebreide uitleg van de interne procedures',
        'Hoe de klant kan reageren als hij het er niet mee eens is',
      ],
      answers: [0, 1, 4],
      explanation:
        'Een goede reactie laat zien dat de klacht is gelezen, vertelt wat er gebeurt en biedt een weg als de klant niet tevreden is. Een standaardtekst voelt onpersoonlijk, ook als hij correct is. Interne procedures interesseren de klant meestal niet; het resultaat wel.',
      tags: ['klachten', 'e-mail'],
    },
    {
      objective: 'verwachtingen',
      pool: 'practice',
      type: 'single',
      difficulty: 'easy',
      stem: 'Welke zin is het beste voorbeeld van **positief formuleren**?',
      options: [
        '‘De eerste mogelijkheid is vrijdag; zal ik die voor u vastleggen?’',
        '‘Ik kan u helaas pas vrijdag een monteur sturen, eerder is er niemand beschikbaar.’',
        '‘Dat is niet mogelijk, want het planningssysteem staat eerder dan vrijdag niet toe.’',
        '‘Daar ga ik helaas niet over; de planning bepaalt wanneer de monteur komt.’',
      ],
      answer: 0,
      explanation:
        'Positief formuleren betekent vertellen wat wél kan, en de klant een concrete volgende stap aanbieden. De inhoud is hetzelfde als ‘pas vrijdag’, maar de klant hoort een oplossing in plaats van een beperking. ‘Daar ga ik niet over’ laat de klant met lege handen staan.',
      tags: ['positief formuleren', 'verwachtingen'],
    },
    {
      objective: 'gespreksstructuur',
      pool: 'practice',
      type: 'truefalse',
      difficulty: 'easy',
      stem: 'Een gesloten vraag is in een klantgesprek altijd minder goed dan een open vraag.',
      answer: false,
      explanation:
        'Gesloten vragen zijn juist nuttig om iets te controleren (‘Gaat het om de factuur van maart?’) of om het gesprek af te ronden. Open vragen gebruik je om informatie te verzamelen. Het gaat om de juiste vraag op het juiste moment.',
      tags: ['vraagtechniek', 'gesloten vragen'],
    },
    {
      objective: 'lsd',
      pool: 'practice',
      type: 'truefalse',
      difficulty: 'easy',
      stem: 'De geheugensteun **NIVEA** betekent: Niet Invullen Voor Een Ander.',
      answer: true,
      explanation:
        'NIVEA herinnert je eraan om niet uit te gaan van je eigen aannames over wat de klant bedoelt. Vraag het na of vat samen en laat de klant bevestigen. Veel misverstanden ontstaan doordat de medewerker te snel denkt te weten wat er speelt.',
      tags: ['lsd', 'aannames'],
    },
  ],
);
