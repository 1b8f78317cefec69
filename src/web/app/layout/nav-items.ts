import type { ParseKeys } from 'i18next';

export interface NavItem {
  to: '/quiz' | '/wishteams' | '/een-nieuw-geluid' | '/account' | '/admin';
  label: ParseKeys;
}

/** The programmes, in the order the home page presents them. */
export const programmeNavItems: NavItem[] = [
  { to: '/quiz', label: 'nav.quiz' },
  { to: '/wishteams', label: 'nav.wishteams' },
  { to: '/een-nieuw-geluid', label: 'nav.foundation' },
];
