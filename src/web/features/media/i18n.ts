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

export const en: typeof nl = {
  upload: {
    choose: 'Choose an image',
    replace: 'Choose another image',
    help: 'PNG, JPEG, WebP or GIF, at most 2 MB.',
    uploading: 'Uploading the image…',
    uploaded: 'The image has been uploaded.',
    removed: 'The image has been removed.',
    remove: 'Remove image',
    preview: 'Preview',
  },
  errors: {
    not_an_image: 'This is not an image we accept. Choose a PNG, JPEG, WebP or GIF (no SVG).',
    too_large: 'This image is larger than 2 MB. Make it smaller and try again.',
    not_found: 'This image no longer exists. Upload it again.',
  },
  question: {
    image: 'Image with the question (optional)',
    imageHelp:
      'For example a screenshot or a chart. Participants see it under the question; GIFT and CSV exports leave it out.',
    alt: 'Description of the image (alt text)',
    altHelp:
      'What does the image show that the question needs? People who cannot see the image read this text.',
    altRequired: 'Describe the image for people who cannot see it.',
  },
  sponsor: {
    logo: 'Logo (optional)',
    logoHelp: 'Preferably a landscape logo on a transparent or white background.',
  },
};
