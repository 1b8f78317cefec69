import { defineTheme } from './define-theme.ts';

/**
 * Theme 4: rules and integrity. Only well-established facts: GDPR terms (art. 12, 17, 21, 33),
 * the telemarketing opt-in of 1 July 2021, the 14-day withdrawal period, the one-year burden
 * of proof (since 2022), the '14-dagenbrief', early debt signalling (Wgs, 2021) and the
 * European Accessibility Act (28 June 2025).
 */
export const themeRegels = defineTheme(
  {
    key: 'regels',
    titleNl: 'Regels en integriteit',
    titleEn: 'Rules and integrity',
    descriptionNl:
      'Privacy, telemarketing, consumentenrecht, toegankelijkheid, betalingsproblemen en fraude: de regels kennen en integer handelen.',
    descriptionEn:
      'Privacy, telemarketing, consumer law, accessibility, payment problems and fraud: knowing the rules and acting with integrity.',
    objectives: [
      {
        key: 'privacy-avg',
        titleNl: 'Privacy (AVG) in klantcontact',
        titleEn: 'Privacy (GDPR) in customer contact',
        descriptionNl:
          'Je controleert de identiteit van de klant, verwerkt alleen persoonsgegevens die nodig zijn en herkent en meldt een datalek.',
        descriptionEn:
          'You verify the customer’s identity, process only the personal data you need, and recognise and report a data breach.',
      },
      {
        key: 'privacyrechten',
        titleNl: 'Privacyrechten en bewaartermijnen',
        titleEn: 'Privacy rights and retention periods',
        descriptionNl:
          'Je herkent verzoeken om inzage, correctie, verwijdering of bezwaar en zet ze correct en op tijd door.',
        descriptionEn:
          'You recognise requests for access, correction, erasure or objection and pass them on correctly and in time.',
      },
      {
        key: 'telemarketing-consumentenrecht',
        titleNl: 'Telemarketing en consumentenrecht',
        titleEn: 'Telemarketing and consumer law',
        descriptionNl:
          'Je kent de regels voor telemarketing, bedenktijd en wettelijke garantie en past ze juist toe in het gesprek.',
        descriptionEn:
          'You know the rules on telemarketing, the withdrawal period and the legal guarantee and apply them correctly in conversations.',
      },
      {
        key: 'toegankelijkheid',
        titleNl: 'Toegankelijke en begrijpelijke dienstverlening',
        titleEn: 'Accessible and understandable service',
        descriptionNl:
          'Je maakt je dienstverlening bruikbaar voor iedereen, ook voor klanten met een beperking of met beperkte taalvaardigheid.',
        descriptionEn:
          'You make your service usable for everyone, including customers with a disability or limited language skills.',
      },
      {
        key: 'betalingsproblemen',
        titleNl: 'Betalingsachterstanden en kwetsbare klanten',
        titleEn: 'Payment arrears and vulnerable customers',
        descriptionNl:
          'Je herkent signalen van geldzorgen of kwetsbaarheid, kent de spelregels bij achterstanden en verwijst de klant passend door.',
        descriptionEn:
          'You recognise signs of money worries or vulnerability, know the rules on arrears and refer the customer appropriately.',
      },
      {
        key: 'fraude-phishing',
        titleNl: 'Fraude en phishing herkennen',
        titleEn: 'Recognising fraud and phishing',
        descriptionNl:
          'Je herkent social engineering, phishing en identiteitsfraude en handelt volgens de veiligheidsprocedures.',
        descriptionEn:
          'You recognise social engineering, phishing and identity fraud and act according to the security procedures.',
      },
    ],
  },
  [
    // ── core ────────────────────────────────────────────────────────────────
    {
      objective: 'privacy-avg',
      pool: 'core',
      type: 'single',
      difficulty: 'easy',
      stem: 'Een beller zegt de partner van een klant te zijn en vraagt wanneer de volgende incasso plaatsvindt. Hij staat niet als gemachtigde geregistreerd. Wat doe je?',
      options: [
        'De informatie geven, omdat partners meestal een gezamenlijke rekening en hetzelfde adres hebben.',
        'De geboortedatum van de klant vragen en de informatie geven als die klopt.',
        'Geen accountinformatie geven, uitleggen waarom en vertellen hoe de klant iemand kan machtigen.',
        'Alleen het bedrag noemen, niet de datum; dan deel je maar een klein deel van de gegevens.',
      ],
      answer: 2,
      explanation:
        'Je mag persoonsgegevens alleen delen met de klant zelf of met iemand die aantoonbaar gemachtigd is. Dat de partner de geboortedatum weet, bewijst niet dat hij mag meekijken; partners weten zulke gegevens vaak. Door uit te leggen hoe een machtiging werkt, help je toch verder.',
      tags: ['avg', 'identificatie'],
    },
    {
      objective: 'privacy-avg',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Je organisatie vraagt bij sommige aanvragen om een kopie van een identiteitsbewijs. Wat is volgens de privacyregels het uitgangspunt?',
      options: [
        'Altijd om een kopie vragen; dan weet je zeker met wie je te maken hebt en voorkom je fraude.',
        'Alleen vragen als het echt nodig is; BSN en pasfoto mag de klant afschermen.',
        'De klant een foto laten appen naar je eigen telefoon, dat is sneller dan uploaden.',
        'Een kopie mag altijd, als je hem na afloop van het gesprek direct verwijdert.',
      ],
      answer: 1,
      explanation:
        'Volgens de AVG verwerk je niet meer gegevens dan nodig (dataminimalisatie). Een kopie-ID bevat veel gevoelige gegevens en is aantrekkelijk voor identiteitsfraude; vaak is een andere controle voldoende. Het BSN mag je alleen gebruiken als een wet dat toestaat, en privéapparaten zijn nooit een veilige plek voor klantgegevens.',
      tags: ['avg', 'kopie id', 'dataminimalisatie'],
    },
    {
      objective: 'privacy-avg',
      pool: 'core',
      type: 'truefalse',
      difficulty: 'medium',
      stem: 'Een datalek moet, tenzij het waarschijnlijk geen risico oplevert voor de betrokkenen, binnen 72 uur na ontdekking worden gemeld bij de Autoriteit Persoonsgegevens.',
      answer: true,
      explanation:
        'De AVG geeft organisaties 72 uur na ontdekking om een datalek met risico’s te melden bij de Autoriteit Persoonsgegevens. Daarom meld je als medewerker een (mogelijk) lek direct intern; de organisatie beoordeelt of melding nodig is. Bij een hoog risico moeten ook de betrokkenen zelf worden geïnformeerd.',
      tags: ['avg', 'datalek'],
    },
    {
      objective: 'privacy-avg',
      pool: 'core',
      type: 'multiple',
      difficulty: 'hard',
      stem: 'Welke uitgangspunten uit de AVG zie je terug in het dagelijkse klantcontact? Kies alle juiste antwoorden.',
      options: [
        'Dataminimalisatie: alleen vastleggen wat nodig is voor het doel',
        'Doelbinding: gegevens niet zomaar voor een ander doel gebruiken',
        'Gegevens mogen altijd worden gedeeld met andere bedrijven binnen hetzelfde concern',
        'Wie klant is, heeft automatisch toestemming gegeven voor alle marketing',
        'Integriteit en vertrouwelijkheid: gegevens beveiligen tegen onbevoegde inzage',
      ],
      answers: [0, 1, 4],
      explanation:
        'Minimalisatie, doelbinding en beveiliging zijn basisbeginselen van de AVG en raken direct aan wat je noteert, deelt en opslaat. Een concern is voor de AVG geen vrijbrief: elk bedrijf heeft een eigen grondslag nodig. Klant zijn betekent ook niet dat iemand overal toestemming voor heeft gegeven.',
      tags: ['avg'],
    },
    {
      objective: 'privacyrechten',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Een klant vraagt welke gegevens jullie over hem hebben vastgelegd. Binnen welke termijn moet de organisatie in principe reageren op dit **inzageverzoek**?',
      options: [
        'Binnen vijf werkdagen, net als bij andere schriftelijke verzoeken van klanten.',
        'Binnen drie maanden, omdat de organisatie alle systemen moet doorzoeken.',
        'Er is geen wettelijke termijn, zolang de organisatie binnen redelijke tijd reageert.',
        'Binnen één maand; verlenging met twee maanden is mogelijk bij complexe of veel verzoeken.',
      ],
      answer: 3,
      explanation:
        'De AVG geeft één maand om te reageren, met een mogelijke verlenging van twee maanden als het verzoek complex is of er veel verzoeken zijn. De klant moet dan binnen de eerste maand horen dat en waarom het langer duurt. Herken een inzageverzoek dus direct en zet het meteen door; elke dag telt.',
      tags: ['avg', 'inzageverzoek'],
    },
    {
      objective: 'privacyrechten',
      pool: 'core',
      type: 'truefalse',
      difficulty: 'medium',
      stem: 'De AVG schrijft voor alle klantgegevens één vaste bewaartermijn van zeven jaar voor.',
      answer: false,
      explanation:
        'De AVG noemt geen vaste termijn: je bewaart gegevens niet langer dan nodig is voor het doel waarvoor je ze hebt verzameld. Andere wetten kunnen wel een bewaarplicht opleggen, zoals de fiscale bewaarplicht van zeven jaar voor de administratie. Daarom verschilt de bewaartermijn per soort gegeven.',
      tags: ['avg', 'bewaartermijn'],
    },
    {
      objective: 'privacyrechten',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Een klant zegt aan de telefoon:\n\n> ‘Ik wil niet meer dat jullie me mailen met aanbiedingen.’\n\nWat doe je?',
      options: [
        'Uitleggen dat hij zich alleen kan afmelden via de link onderaan de nieuwsbrief.',
        'Het bezwaar direct verwerken of doorzetten; de klant hoeft geen reden te geven.',
        'Uitleggen dat een afmelding alleen schriftelijk kan, zodat het bezwaar goed is vastgelegd.',
        'Vragen waarom, zodat je hem een aanbod kunt doen om toch aangemeld te blijven.',
      ],
      answer: 1,
      explanation:
        'Tegen direct marketing mag iemand altijd bezwaar maken, zonder reden; daarna moet de marketing stoppen. Dat kan via elk kanaal, dus ook aan de telefoon. De klant naar de afmeldlink sturen of een brief laten schrijven maakt het onnodig moeilijk.',
      tags: ['avg', 'bezwaar', 'direct marketing'],
    },
    {
      objective: 'telemarketing-consumentenrecht',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Sinds **1 juli 2021** gelden strengere regels voor telemarketing naar consumenten. Wat is de hoofdregel?',
      options: [
        'Bellen mag, tenzij het nummer van de consument in het Bel-me-niet Register staat.',
        'Alleen met voorafgaande toestemming of bij een (recente) klantrelatie.',
        'Bellen mag altijd, zolang de consument aan het begin van het gesprek nee kan zeggen.',
        'Telemarketing naar consumenten is sinds die datum volledig verboden.',
      ],
      answer: 1,
      explanation:
        'Sinds 1 juli 2021 geldt een opt-in: zonder toestemming mag je consumenten (en ook bijvoorbeeld eenmanszaken) niet bellen voor verkoop of werving, tenzij er een klantrelatie is of was. Het Bel-me-niet Register is toen opgeheven, dus de oude opt-out-logica geldt niet meer. De ACM houdt toezicht op deze regels.',
      tags: ['telemarketing', 'opt-in'],
    },
    {
      objective: 'telemarketing-consumentenrecht',
      pool: 'core',
      type: 'multiple',
      difficulty: 'medium',
      stem: 'Waar moet je je als telemarketeer in elk verkoopgesprek aan houden? Kies alle juiste antwoorden.',
      options: [
        'Bellen met een zichtbaar telefoonnummer, niet anoniem',
        'Het gesprek pas beëindigen nadat de consument drie aanbiedingen heeft gehoord',
        'Aan het begin van het gesprek duidelijk zeggen namens welke organisatie je belt en waarom',
        'De consument erop wijzen dat hij zich kan afmelden voor verdere telefoontjes',
        'Toestemming mag blijken uit een vooraf aangevinkt vakje op een webformulier',
      ],
      answers: [0, 2, 3],
      explanation:
        'Een consument moet weten wie er belt, met welk doel, en dat hij kan zeggen dat hij niet meer gebeld wil worden; anoniem bellen is niet toegestaan. Toestemming moet een bewuste, actieve keuze zijn, dus een vooraf aangevinkt vakje telt niet. Iemand laten doorluisteren terwijl hij wil stoppen, past niet bij deze regels.',
      tags: ['telemarketing'],
    },
    {
      objective: 'telemarketing-consumentenrecht',
      pool: 'core',
      type: 'single',
      difficulty: 'easy',
      stem: 'Een klant koopt via een telefonisch verkoopgesprek een stofzuiger, die twee dagen later wordt bezorgd. Hoe lang heeft hij **bedenktijd**?',
      options: [
        '14 dagen, te rekenen vanaf de dag na ontvangst.',
        '14 dagen, te rekenen vanaf de dag van het telefoongesprek.',
        '7 werkdagen vanaf ontvangst van het product.',
        'Geen; bij telefonische verkoop geldt geen bedenktijd.',
      ],
      answer: 0,
      explanation:
        'Bij koop op afstand, dus ook telefonisch of online, heeft een consument 14 dagen bedenktijd. Bij producten gaat die in op de dag na ontvangst, bij diensten op de dag na het sluiten van de overeenkomst. De dag van het gesprek is dus niet het startpunt bij een product.',
      tags: ['consumentenrecht', 'bedenktijd'],
    },
    {
      objective: 'telemarketing-consumentenrecht',
      pool: 'core',
      type: 'single',
      difficulty: 'hard',
      timeLimitSeconds: 45,
      stem: 'Een klant belt dat zijn wasmachine na acht maanden kapot is. De fabrieksgarantie van zes maanden is verlopen. Wat is juist?',
      options: [
        'Hij heeft geen rechten meer: de garantie is verlopen en de verkoper is niet meer verantwoordelijk.',
        'Hij moet zich tot de fabrikant wenden, want die geeft de garantie en is verantwoordelijk voor gebreken.',
        'Hij moet eerst aantonen dat hij de wasmachine altijd volgens de handleiding heeft gebruikt.',
        'Hij kan de verkoper aanspreken op de wettelijke garantie, die los staat van de fabrieksgarantie.',
      ],
      answer: 3,
      explanation:
        'Naast een eventuele fabrieksgarantie geldt altijd de wettelijke garantie: een product moet doen wat je er redelijkerwijs van mag verwachten. De verkoper is het aanspreekpunt, niet de fabrikant. Sinds 2022 geldt dat een gebrek dat zich in het eerste jaar voordoet, wordt vermoed al bij levering aanwezig te zijn; de verkoper moet dan het tegendeel bewijzen.',
      tags: ['consumentenrecht', 'garantie'],
    },
    {
      objective: 'toegankelijkheid',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      timeLimitSeconds: 45,
      stem: 'Sinds **28 juni 2025** gelden Europese toegankelijkheidseisen (de European Accessibility Act) voor onder meer webshops, bankdiensten en telefoniediensten. Wat betekent dit voor de klantenservice van zo’n dienst?',
      options: [
        'Niets; de eisen gaan alleen over apparaten zoals geldautomaten, e-readers en betaalterminals.',
        'Elke klantenservice moet voortaan 24 uur per dag en 7 dagen per week bereikbaar zijn.',
        'Ook de ondersteuning moet toegankelijk zijn, bijvoorbeeld via tekst voor wie niet kan bellen.',
        'Alle klantenservicemedewerkers moeten een basiscursus gebarentaal volgen.',
      ],
      answer: 2,
      explanation:
        'De richtlijn geldt niet alleen voor websites en apps, maar ook voor de ondersteuning eromheen, zoals helpdesks en callcenters. Klanten met een beperking moeten informatie over de toegankelijkheid kunnen krijgen via een kanaal dat voor hen werkt. Zeer kleine ondernemingen die diensten leveren zijn uitgezonderd; 24/7-bereikbaarheid of gebarentaal voor iedereen worden niet geëist.',
      tags: ['toegankelijkheid', 'eaa'],
    },
    {
      objective: 'toegankelijkheid',
      pool: 'core',
      type: 'multiple',
      difficulty: 'medium',
      stem: 'Een klant met een visuele beperking kan het webformulier niet invullen met zijn schermlezer. Wat helpt? Kies alle juiste antwoorden.',
      options: [
        'Hem een pdf van het formulier mailen om uit te printen',
        'Een ander kanaal aanbieden, bijvoorbeeld telefonisch de vragen samen doorlopen, zodat hij zijn zaak toch kan regelen',
        'Zeggen dat hij iemand moet vragen het voor hem in te vullen',
        'Het probleem registreren en doorgeven aan de eigenaar van het formulier',
      ],
      answers: [1, 3],
      explanation:
        'Je helpt de klant nu via een route die voor hem werkt, en je zorgt dat het probleem bij de bron wordt opgelost. Een pdf om te printen is voor iemand met een visuele beperking meestal net zo ontoegankelijk. De klant afhankelijk maken van anderen tast zijn zelfstandigheid en privacy aan.',
      tags: ['toegankelijkheid'],
    },
    {
      objective: 'toegankelijkheid',
      pool: 'core',
      type: 'truefalse',
      difficulty: 'easy',
      stem: 'Schrijven op **taalniveau B1**, met korte zinnen, bekende woorden en de actieve vorm, maakt teksten begrijpelijk voor een grotere groep klanten.',
      answer: true,
      explanation:
        'Veel mensen lezen moeilijk of hebben weinig tijd; eenvoudige taal helpt hen en hoogopgeleide lezers lezen het ook sneller. B1 is daarom een veelgebruikte richtlijn voor klantcommunicatie. Eenvoudig schrijven is iets anders dan kinderachtig schrijven: je blijft volledig en precies.',
      tags: ['toegankelijkheid', 'taalniveau b1'],
    },
    {
      objective: 'betalingsproblemen',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      stem: 'Een klant met een betalingsachterstand zegt:\n\n> ‘Ik weet het gewoon niet meer, er komen steeds meer rekeningen binnen.’\n\nWat doe je?',
      options: [
        'Vriendelijk herhalen dat het bedrag binnen 14 dagen moet zijn betaald om extra kosten te voorkomen.',
        'Begripvol reageren, een betalingsregeling bespreken en wijzen op gratis hulp, zoals die van de gemeente.',
        'Hem adviseren een lening af te sluiten, zodat hij alle rekeningen in één keer kan betalen.',
        'Zeggen dat dit niet bij jouw afdeling hoort en hem het nummer van de afdeling incasso geven.',
      ],
      answer: 1,
      explanation:
        'Deze uitspraak is een signaal van mogelijk grotere geldproblemen; vroeg hulp bieden voorkomt dat schulden verder oplopen. Een betalingsregeling helpt bij jouw rekening, de gemeente kan helpen bij het totaalplaatje. Een lening adviseren is riskant en valt buiten je rol; alleen de termijn herhalen lost niets op.',
      tags: ['betalingsproblemen', 'schuldhulp'],
    },
    {
      objective: 'betalingsproblemen',
      pool: 'core',
      type: 'truefalse',
      difficulty: 'medium',
      stem: 'Bij een consument mogen pas incassokosten in rekening worden gebracht na een kosteloze aanmaning waarin hij minstens 14 dagen de tijd krijgt om te betalen (de ‘14-dagenbrief’).',
      answer: true,
      explanation:
        'De wet beschermt consumenten tegen plotselinge incassokosten: eerst moet een kosteloze aanmaning komen met minimaal 14 dagen betaaltermijn, te rekenen vanaf de dag na ontvangst. In die brief moet ook staan welke kosten volgen als er niet wordt betaald. Bij zakelijke klanten gelden andere regels.',
      tags: ['betalingsproblemen', 'incasso'],
    },
    {
      objective: 'betalingsproblemen',
      pool: 'core',
      type: 'single',
      difficulty: 'hard',
      stem: 'Sinds 2021 geven woningverhuurders, energieleveranciers, drinkwaterbedrijven en zorgverzekeraars betalingsachterstanden door aan de gemeente. Wat is daarvan het doel?',
      options: [
        'De gemeente int de achterstand namens de leverancier en verrekent die met een eventuele uitkering.',
        'De klant wordt bij een achterstand automatisch geregistreerd bij het BKR.',
        'De klant krijgt na een melding automatisch een bewindvoerder toegewezen.',
        'Vroegsignalering: de gemeente biedt hulp voordat de achterstand een problematische schuld wordt.',
      ],
      answer: 3,
      explanation:
        'Met de aangepaste Wet gemeentelijke schuldhulpverlening is vroegsignalering een taak van de gemeente: na een signaal biedt zij hulp aan. De inwoner mag die hulp weigeren. Het gaat om helpen, niet om innen of registreren; een BKR-registratie of bewindvoering staat hier los van.',
      tags: ['betalingsproblemen', 'vroegsignalering'],
    },
    {
      objective: 'fraude-phishing',
      pool: 'core',
      type: 'single',
      difficulty: 'easy',
      stem: 'Een oudere klant vertelt dat ‘de bank’ hem heeft gebeld: hij moet zijn spaargeld naar een ‘veilige rekening’ overmaken. Wat adviseer je?',
      options: [
        'Terugbellen naar het nummer dat de beller heeft gegeven, om te controleren of het echt de bank is.',
        'Eerst een klein bedrag overmaken om te kijken of de ‘veilige rekening’ echt werkt.',
        'Niets doen, ophangen en zelf de bank bellen via het nummer op de bankpas.',
        'Het geld overmaken als de beller zijn naam en personeelsnummer kan noemen.',
      ],
      answer: 2,
      explanation:
        'Dit is een bekende vorm van bankhelpdeskfraude: banken vragen nooit om geld naar een ‘veilige rekening’ over te maken. Het nummer van de beller kan vervalst zijn (spoofing), dus terugbellen naar dat nummer biedt geen zekerheid. Alleen zelf bellen via een bekend nummer is veilig.',
      tags: ['fraude', 'spoofing'],
    },
    {
      objective: 'fraude-phishing',
      pool: 'core',
      type: 'multiple',
      difficulty: 'medium',
      stem: 'Welke signalen wijzen op een **phishingmail**? Kies alle juiste antwoorden.',
      options: [
        'De mail is gericht aan jouw naam',
        'Er wordt tijdsdruk opgelegd: ‘Binnen 24 uur reageren, anders wordt uw account geblokkeerd’',
        'De link gaat naar een webadres dat net iets afwijkt van het echte adres',
        'De mail bevat het logo van de organisatie',
        'Je wordt gevraagd via een link in te loggen of je gegevens te ‘bevestigen’',
      ],
      answers: [1, 2, 4],
      explanation:
        'Tijdsdruk, afwijkende links en een verzoek om in te loggen of gegevens te bevestigen zijn klassieke kenmerken van phishing. Je naam en een logo zijn juist makkelijk na te maken en bewijzen dus niet dat een mail echt is. Twijfel je, ga dan zelf naar de website of app in plaats van op de link te klikken.',
      tags: ['phishing'],
    },
    {
      objective: 'fraude-phishing',
      pool: 'core',
      type: 'single',
      difficulty: 'medium',
      timeLimitSeconds: 45,
      stem: 'Een beller noemt naam, adres en geboortedatum van een klant correct en wil het rekeningnummer voor terugbetalingen wijzigen. Hij klinkt gehaast en dringt aan. Wat doe je?',
      options: [
        'Direct wijzigen: naam, adres en geboortedatum kloppen, dus het is de klant.',
        'De wijziging doorvoeren en de klant achteraf een bevestiging per e-mail sturen.',
        'Om een foto van zijn bankpas vragen als extra bewijs dat de rekening van hem is.',
        'De extra verificatie voor gevoelige wijzigingen volgen, ook als hij aandringt.',
      ],
      answer: 3,
      explanation:
        'Naam, adres en geboortedatum zijn makkelijk te achterhalen en dus onvoldoende voor een gevoelige wijziging als een rekeningnummer. Haast en aandringen zijn typische kenmerken van social engineering. Een mail achteraf komt te laat als het geld al naar een fraudeur is overgemaakt.',
      tags: ['fraude', 'social engineering'],
    },
    // ── manager ─────────────────────────────────────────────────────────────
    {
      objective: 'privacy-avg',
      pool: 'manager',
      type: 'ordering',
      difficulty: 'hard',
      timeLimitSeconds: 60,
      stem: 'Een medewerker ontdekt dat een klantbestand per ongeluk naar een externe partij is gemaild. Zet de stappen van de datalekprocedure in de juiste volgorde.',
      steps: [
        'De medewerker meldt het incident direct via de interne meldroute',
        'Het incident wordt vastgelegd en de schade wordt zo veel mogelijk beperkt',
        'De privacyfunctionaris beoordeelt het risico voor de betrokkenen',
        'Bij een risico volgt melding bij de Autoriteit Persoonsgegevens binnen 72 uur en, bij een hoog risico, ook aan de betrokkenen',
      ],
      explanation:
        'De 72 uur gaan lopen zodra de organisatie het lek ontdekt, dus snelle interne melding is cruciaal. Schade beperken (bijvoorbeeld de ontvanger vragen het bestand te verwijderen) kan direct, terwijl de risicobeoordeling bepaalt of melding nodig is. Elk datalek wordt intern geregistreerd, ook als het niet bij de AP gemeld hoeft te worden.',
      tags: ['datalek', 'avg', 'leidinggeven'],
    },
    {
      objective: 'privacy-avg',
      pool: 'manager',
      type: 'single',
      difficulty: 'medium',
      stem: 'Je besteedt een deel van de klantenservice uit aan een extern contactcenter dat namens jullie klantgegevens verwerkt. Wat moet er in ieder geval geregeld zijn?',
      options: [
        'Niets; het externe contactcenter is zelf verantwoordelijk voor de gegevens die het verwerkt.',
        'Een verwerkersovereenkomst, met afspraken over onder meer beveiliging en datalekken.',
        'Toestemming van elke klant om zijn gegevens door een externe partij te laten verwerken.',
        'Een geheimhoudingsverklaring van de directeur van het contactcenter.',
      ],
      answer: 1,
      explanation:
        'Een partij die namens jou persoonsgegevens verwerkt, is een verwerker; de AVG verplicht dan een verwerkersovereenkomst. Jouw organisatie blijft verantwoordelijk voor de gegevens. Toestemming van elke klant is niet de juiste grondslag en een losse verklaring van één persoon regelt niet genoeg.',
      tags: ['avg', 'uitbesteden', 'leidinggeven'],
    },
    {
      objective: 'telemarketing-consumentenrecht',
      pool: 'manager',
      type: 'single',
      difficulty: 'hard',
      timeLimitSeconds: 45,
      stem: 'Een extern bureau doet telemarketing voor jouw organisatie. Een consument meldt bij de ACM dat hij zonder toestemming is gebeld. Wat is juist?',
      options: [
        'Alleen het bureau is verantwoordelijk, want het heeft het gesprek gevoerd en de lijst gebruikt.',
        'Toestemming is niet nodig als het nummer van de consument in een openbare gids staat.',
        'Je moet samen met het bureau kunnen aantonen dat er toestemming of een klantrelatie was.',
        'Een melding heeft geen gevolgen zolang het om een eenmalige fout van het bureau gaat.',
      ],
      answer: 2,
      explanation:
        'De ACM verwacht dat toestemming aantoonbaar is en te koppelen aan de persoon die is gebeld. Als opdrachtgever moet je daarom weten hoe je partner toestemming verkrijgt en vastlegt, en dat controleren. Een vermelding in een openbare gids is geen toestemming.',
      tags: ['telemarketing', 'uitbesteden', 'leidinggeven'],
    },
    {
      objective: 'betalingsproblemen',
      pool: 'manager',
      type: 'multiple',
      difficulty: 'medium',
      stem: 'Je wilt dat je team kwetsbare klanten beter herkent en helpt. Wat past in je beleid? Kies alle juiste antwoorden.',
      options: [
        'Medewerkers trainen in het herkennen van signalen, zoals schaamte, uitstelgedrag of verwarring',
        'Kwetsbare klanten automatisch uitsluiten van online kanalen',
        'Een duidelijke doorverwijsroute naar een gespecialiseerd team of externe hulp',
        'Ruimte voor maatwerk, zoals een betalingsregeling of tijdelijk uitstel',
        'Gesprekken met kwetsbare klanten zo kort mogelijk houden',
      ],
      answers: [0, 2, 3],
      explanation:
        'Herkennen, doorverwijzen en ruimte voor maatwerk zorgen dat kwetsbare klanten passende hulp krijgen. Deze klanten hebben vaak juist meer tijd en geduld nodig, niet minder. Automatisch uitsluiten van kanalen is betuttelend en neemt ze hun zelfstandigheid af.',
      tags: ['kwetsbare klanten', 'beleid', 'leidinggeven'],
    },
    {
      objective: 'toegankelijkheid',
      pool: 'manager',
      type: 'single',
      difficulty: 'medium',
      stem: 'Je wilt weten of je klantenservicekanalen toegankelijk zijn voor klanten met een beperking. Wat is de beste aanpak?',
      options: [
        'Het aantal klachten over toegankelijkheid volgen; als dat laag is, zit het goed.',
        'De kleuren en lettergrootte op de website controleren; daar zitten de meeste problemen.',
        'Het team vragen of zij in gesprekken problemen met toegankelijkheid horen.',
        'De kanalen toetsen aan WCAG en klanten met een beperking laten meetesten.',
      ],
      answer: 3,
      explanation:
        'WCAG is de internationale standaard voor digitale toegankelijkheid en geeft toetsbare criteria. Testen met echte gebruikers laat zien waar mensen in de praktijk vastlopen. Weinig klachten zegt weinig: wie er niet in komt, haakt vaak stil af.',
      tags: ['toegankelijkheid', 'wcag', 'leidinggeven'],
    },
    {
      objective: 'fraude-phishing',
      pool: 'manager',
      type: 'single',
      difficulty: 'medium',
      stem: 'Welke aanpak beperkt het risico op social engineering via je klantenservice het meest?',
      options: [
        'Verificatieprocedures, regelmatige training en een meldroute zonder verwijten bij twijfel of fouten.',
        'Medewerkers een waarschuwing geven als ze zich laten misleiden, zodat ze scherper blijven.',
        'Alle vragen over gegevenswijzigingen door de chatbot laten afhandelen, die is niet te beïnvloeden.',
        'Vertrouwen op de ervaring van medewerkers; strakke procedures maken het werk alleen trager.',
      ],
      answer: 0,
      explanation:
        'Fraudeurs spelen in op behulpzaamheid en tijdsdruk; procedures, training en een veilige meldcultuur zijn de beste verdediging. Straffen werkt averechts: medewerkers gaan fouten verzwijgen, waardoor je te laat ingrijpt. Een chatbot is niet per se moeilijker te misleiden.',
      tags: ['social engineering', 'beleid', 'leidinggeven'],
    },
    // ── practice (e-mail) ───────────────────────────────────────────────────
    {
      objective: 'privacy-avg',
      pool: 'practice',
      type: 'single',
      difficulty: 'easy',
      stem: 'Je stuurt per ongeluk een e-mail met de contractgegevens van een klant naar een andere klant. Wat doe je?',
      options: [
        'De ontvanger vragen de mail te verwijderen; dan is het opgelost en hoeft er niets gemeld te worden.',
        'Niets doen; het gaat om één klant en de kans dat er iets met de gegevens gebeurt is klein.',
        'Direct melden via de interne meldroute voor datalekken.',
        'Wachten of de klant erover klaagt en het dan alsnog melden bij je leidinggevende.',
      ],
      answer: 2,
      explanation:
        'Een mail met persoonsgegevens naar de verkeerde persoon is een datalek. Je meldt het direct intern, omdat de organisatie maar 72 uur heeft om zo nodig bij de AP te melden. De ontvanger vragen de mail te verwijderen is een goede extra stap, maar vervangt de interne melding niet.',
      tags: ['datalek', 'avg'],
    },
    {
      objective: 'privacyrechten',
      pool: 'practice',
      type: 'single',
      difficulty: 'hard',
      stem: 'Een klant wil dat al zijn gegevens worden verwijderd. Hij heeft nog een openstaande factuur en voor de administratie geldt een wettelijke bewaarplicht. Wat is juist?',
      options: [
        'Alles moet direct worden verwijderd; dat is zijn recht onder de AVG, ook met een openstaande factuur.',
        'Het recht is niet absoluut: wat wettelijk bewaard moet worden, blijft; de rest kan weg, met uitleg.',
        'Hij heeft pas recht op verwijdering als hij minstens tien jaar geen klant meer is.',
        'Hij heeft helemaal geen recht op verwijdering zolang er nog een factuur openstaat.',
      ],
      answer: 1,
      explanation:
        'Het ‘recht om vergeten te worden’ geldt niet als gegevens nodig zijn om aan een wettelijke plicht te voldoen, zoals de fiscale bewaarplicht, of voor het afhandelen van een lopende vordering. Wat niet meer nodig is, zoals marketinggegevens, kan wel weg. Leg de klant duidelijk uit wat er gebeurt en waarom.',
      tags: ['avg', 'verwijderen'],
    },
    {
      objective: 'telemarketing-consumentenrecht',
      pool: 'practice',
      type: 'truefalse',
      difficulty: 'medium',
      stem: 'Als een verkoper de consument niet informeert over het herroepingsrecht, wordt de bedenktijd met maximaal twaalf maanden verlengd.',
      answer: true,
      explanation:
        'Informatie over de bedenktijd is verplicht bij koop op afstand. Ontbreekt die informatie, dan loopt de bedenktijd tot maximaal twaalf maanden na de gewone termijn door. Wordt de informatie alsnog gegeven, dan eindigt de bedenktijd 14 dagen daarna.',
      tags: ['consumentenrecht', 'bedenktijd'],
    },
    {
      objective: 'telemarketing-consumentenrecht',
      pool: 'practice',
      type: 'single',
      difficulty: 'easy',
      stem: 'Een klant heeft tien dagen geleden een online bestelde jas ontvangen en wil die zonder opgaaf van reden terugsturen. Wat is juist?',
      options: [
        'Dat kan alleen als de jas een gebrek heeft; anders staat de koop vast.',
        'Dat kan niet meer, want hij heeft de jas al thuis gepast.',
        'Dat kan: binnen de bedenktijd van 14 dagen hoeft hij geen reden te geven.',
        'Dat kan alleen met de kassabon in een van de fysieke winkels van de webwinkel.',
      ],
      answer: 2,
      explanation:
        'Binnen de bedenktijd mag een consument een online aankoop zonder reden herroepen. Passen mag, net als in een winkel; alleen als hij het product meer heeft gebruikt dan nodig om het te beoordelen, kan er een waardevermindering worden verrekend. Een gebrek is niet nodig om te herroepen.',
      tags: ['consumentenrecht', 'bedenktijd'],
    },
    {
      objective: 'toegankelijkheid',
      pool: 'practice',
      type: 'single',
      difficulty: 'easy',
      stem: 'Welke zin is het best te begrijpen (taalniveau B1)?',
      options: [
        '‘Teneinde uw verzoek in behandeling te kunnen nemen, verzoeken wij u de ontbrekende bescheiden te retourneren.’',
        '‘U dient de stukken conform artikel 4 te retourneren.’',
        '‘Retournering van bescheiden is vereist voor verdere afhandeling.’',
        '‘Wilt u de ontbrekende papieren naar ons terugsturen? Dan kunnen we uw aanvraag verder behandelen.’',
      ],
      answer: 3,
      explanation:
        'Korte zinnen, gewone woorden (‘papieren’ in plaats van ‘bescheiden’) en de lezer direct aanspreken maken een tekst begrijpelijk. De andere zinnen zijn correct Nederlands, maar vragen veel van de lezer. Ook goede lezers begrijpen eenvoudige taal sneller.',
      tags: ['taalniveau b1', 'schrijven'],
    },
    {
      objective: 'betalingsproblemen',
      pool: 'practice',
      type: 'ordering',
      difficulty: 'medium',
      timeLimitSeconds: 60,
      stem: 'Een consument betaalt een factuur niet. Zet de stappen in de juiste volgorde.',
      steps: [
        'De betaaltermijn van de factuur verloopt',
        'De consument ontvangt een kosteloze aanmaning met minstens 14 dagen betaaltermijn (de 14-dagenbrief)',
        'Na die 14 dagen mogen buitengerechtelijke incassokosten in rekening worden gebracht',
        'Pas met tussenkomst van de rechter kan een gerechtsdeurwaarder beslag leggen',
      ],
      explanation:
        'De 14-dagenbrief is een verplichte stap voordat een consument incassokosten verschuldigd wordt. Beslag leggen kan alleen met tussenkomst van de rechter. Elk moment in deze reeks is een kans om met de klant een regeling te treffen en erger te voorkomen.',
      tags: ['betalingsproblemen', 'incasso'],
    },
    {
      objective: 'fraude-phishing',
      pool: 'practice',
      type: 'truefalse',
      difficulty: 'easy',
      stem: 'Banken vragen klanten nooit om hun pincode of inlogcodes door te geven, ook niet telefonisch.',
      answer: true,
      explanation:
        'Pincodes en inlogcodes zijn strikt persoonlijk; een echte bank vraagt er nooit om, via geen enkel kanaal. Wie er toch om vraagt, is vrijwel zeker een oplichter. Dat principe geldt ook voor jouw organisatie: vraag klanten nooit om wachtwoorden of codes.',
      tags: ['fraude', 'phishing'],
    },
    {
      objective: 'fraude-phishing',
      pool: 'practice',
      type: 'multiple',
      difficulty: 'medium',
      stem: 'Je krijgt een mail van ‘de directeur’ die je met spoed vraagt een klantenbestand naar een extern adres te sturen. Wat doe je? Kies alle juiste antwoorden.',
      options: [
        'Het bestand versturen, maar wel met een wachtwoord erop',
        'Niets versturen',
        'Via een bekend kanaal, zoals telefonisch, bij de directeur nagaan of het verzoek echt is',
        'Op de mail antwoorden met de vraag of het echt de directeur is',
        'De mail melden bij de IT- of securityafdeling',
      ],
      answers: [1, 2, 4],
      explanation:
        'Dit is een klassieke vorm van CEO-fraude: spoed, gezag en een ongebruikelijk verzoek. Controleer via een ander, bekend kanaal en meld de mail, zodat collega’s gewaarschuwd kunnen worden. Op de mail zelf antwoorden heeft geen zin: dan krijg je antwoord van de fraudeur.',
      tags: ['fraude', 'ceo-fraude'],
    },
  ],
);
