import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Catalogue, nl } from './nl.ts';

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

// Dutch is bundled; other languages are fetched when first chosen (see setLocale), so most
// visitors do not download texts they never see.
const loaders: Record<Locale, () => Promise<Catalogue>> = {
  nl: async () => nl,
  en: () => import('./en.ts').then((m) => m.en),
};

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl } },
  lng: 'nl',
  fallbackLng: 'nl',
  supportedLngs: [...locales],
  // React escapes what it renders; escaping here as well would show &amp; and friends.
  interpolation: { escapeValue: false },
  // Resources are bundled, so initialising synchronously lets the first render use them.
  initAsync: false,
});

reflectInDocument(i18n.language);
i18n.on('languageChanged', reflectInDocument);

/** Loads a language's texts when needed and switches the interface to it. */
export async function setLocale(locale: Locale): Promise<void> {
  if (!i18n.hasResourceBundle(locale, 'translation')) {
    i18n.addResourceBundle(locale, 'translation', await loaders[locale]());
  }
  await i18n.changeLanguage(locale);
}

/** The language the interface is shown in now. */
export function currentLocale(): Locale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nl';
}
