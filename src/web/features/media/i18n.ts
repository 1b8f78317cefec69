/**
 * Texts of image uploads and images shown with questions and sponsors. Registered as `media`
 * in src/web/i18n/{nl,en}.ts.
 */
export const nl = {
  upload: {
    choose: 'Kies een afbeelding',
    replace: 'Kies een andere afbeelding',
    help: 'PNG, JPEG, WebP of GIF, maximaal 2 MB.',
    uploading: 'De afbeelding wordt geüpload…',
    uploaded: 'De afbeelding is geüpload.',
    removed: 'De afbeelding is weggehaald.',
    remove: 'Afbeelding weghalen',
    preview: 'Voorbeeld',
  },
  errors: {
    not_an_image: 'Dit is geen afbeelding die we accepteren. Kies een PNG, JPEG, WebP of GIF (geen SVG).',
    too_large: 'Deze afbeelding is groter dan 2 MB. Maak hem kleiner en probeer het opnieuw.',
    not_found: 'Deze afbeelding bestaat niet meer. Upload hem opnieuw.',
  },
  question: {
    image: 'Afbeelding bij de vraag (optioneel)',
    imageHelp:
      'Bijvoorbeeld een schermafbeelding of grafiek. Deelnemers zien hem onder de vraag; hij gaat niet mee in GIFT- en CSV-exports.',
    alt: 'Beschrijving van de afbeelding (alt-tekst)',
    altHelp:
      'Wat staat er op de afbeelding dat nodig is voor de vraag? Deze tekst lezen mensen die de afbeelding niet kunnen zien.',
    altRequired: 'Beschrijf de afbeelding voor wie hem niet kan zien.',
  },
  sponsor: {
    logo: 'Logo (optioneel)',
    logoHelp: 'Liefst een liggend logo met een transparante of witte achtergrond.',
  },
};

// The English texts are in i18n-en.ts, a module of their own: only people who choose English
// download them (src/web/i18n/en.ts is loaded on demand).
