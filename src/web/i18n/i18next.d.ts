import 'i18next';
import type { Catalogue } from './nl.ts';

// Makes t('some.key') a type error when the key is not in the Dutch catalogue.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}
