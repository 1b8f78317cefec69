import type { DemoTheme } from './define-theme.ts';
import { themeKlantgesprek } from './theme-1-klantgesprek.ts';
import { themeKanalen } from './theme-2-kanalen.ts';
import { themeKwaliteit } from './theme-3-kwaliteit.ts';
import { themeRegels } from './theme-4-regels.ts';
import { themeTeam } from './theme-5-team.ts';

export type { DemoObjective, DemoTheme } from './define-theme.ts';

/**
 * The demo edition's quiz content: five themes, six objectives each, with core questions,
 * a manager module and e-mail practice questions per theme. Written in Dutch for the sector;
 * facts are limited to well-established rules and practices (see each theme module).
 */
export const demoContent: DemoTheme[] = [
  themeKlantgesprek,
  themeKanalen,
  themeKwaliteit,
  themeRegels,
  themeTeam,
];
