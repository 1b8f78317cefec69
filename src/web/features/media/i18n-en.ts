import type { nl } from './i18n.ts';

/** English texts of media, with exactly the Dutch keys (i18n.ts). Loaded only when English is chosen. */
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
