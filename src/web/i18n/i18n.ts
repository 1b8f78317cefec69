import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl as mediaNl } from '../features/media/i18n.ts';
import { nl as quizPlayNl } from '../features/quiz-play/i18n.ts';
import { linksNl as quizResultsLinksNl } from '../features/quiz-results/i18n-links.ts';
import type { Catalogue } from './nl.ts';
import { nlCore } from './nl-core.ts';

export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Where an anonymous visitor's language choice is kept (logged-in people also have it on their account). */
const storageKey = 'wegwijs.locale';

export const isLocale = (value: unknown): value is Locale => value === 'nl' || value === 'en';

export function storedLocale(): Locale | null {
  try {
    const value = globalThis.localStorage?.getItem(storageKey);
    return isLocale(value) ? value : null;
  } catch {
    // Storage can be blocked (private mode, strict settings); Dutch is the default then.
    return null;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(storageKey, locale);
  } catch {
    // Not being able to remember the choice is no reason to fail the switch.
  }
}

function reflectInDocument(locale: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export const i18n = i18next.createInstance();

// The first bundle carries the Dutch texts of the shell and of the play page, which
// participants open on their phones on the event day. The complete catalogue of a language
// (every feature's texts) is fetched when first needed: English when chosen (setLocale),
// Dutch with the first other page (loadTexts, the root route's loader). So most visitors do
// not download texts they never see.
// Everything the play page shows must be here (its links to the leaderboard included).
const initialNl = {
  ...nlCore,
  media: mediaNl,
  quizPlay: quizPlayNl,
  quizResults: { links: quizResultsLinksNl },
};

const loaders: Record<Locale, () => Promise<Catalogue>> = {
  nl: () => import('./nl.ts').then((m) => m.nl),
  en: () => import('./en.ts').then((m) => m.en),
};

/** Complete catalogues: added (or being added) to i18next. */
const complete = new Map<Locale, Promise<void>>();
const added = new Set<Locale>();

function ensureCatalogue(locale: Locale): Promise<void> {
  let loading = complete.get(locale);
  if (!loading) {
    loading = loaders[locale]().then((catalogue) => {
      // Deep, overwriting: adds the feature namespaces next to the texts already there.
      i18n.addResourceBundle(locale, 'translation', catalogue, true, true);
      added.add(locale);
    });
    // A failed load (connection gone) is tried again the next time.
    loading.catch(() => complete.delete(locale));
    complete.set(locale, loading);
  }
  return loading;
}

/**
 * Makes sure every text of the current language is there (the root route awaits it for all
 * pages but the play page). Resolves at once when they are.
 */
export function loadTexts(): Promise<void> {
  return ensureCatalogue(currentLocale());
}

/** True when every text of the current language is there. */
export function hasAllTexts(): boolean {
  return added.has(currentLocale());
}

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: initialNl } },
  lng: 'nl',
  fallbackLng: 'nl',
  supportedLngs: [...locales],
  // React escapes what it renders; escaping here as well would show &amp; and friends.
  interpolation: { escapeValue: false },
  // On the play page the other features' texts arrive just after it is shown (a staff
  // member's header entry, say): until then such a text is left empty, not shown as its key.
  parseMissingKeyHandler: (key: string) => (hasAllTexts() ? key : ''),
  // ...and shown as soon as they arrive: components re-render when texts are added.
  react: { bindI18nStore: 'added' },
  // The first resources are bundled, so initialising synchronously lets the first render use them.
  initAsync: false,
});

reflectInDocument(i18n.language);
i18n.on('languageChanged', reflectInDocument);

/** Loads a language's texts when needed and switches the interface to it. */
export async function setLocale(locale: Locale): Promise<void> {
  await ensureCatalogue(locale);
  await i18n.changeLanguage(locale);
}

/** The language the interface is shown in now. */
export function currentLocale(): Locale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nl';
}
