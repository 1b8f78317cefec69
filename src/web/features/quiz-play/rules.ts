/** The part of docs/rules.md in one language: the text under "## Nederlands" or "## English". */
export function rulesSection(source: string, locale: 'nl' | 'en'): string {
  const heading = locale === 'en' ? 'English' : 'Nederlands';
  const section = source.split(/^## /m).find((s) => s.startsWith(heading));
  return section ? section.slice(section.indexOf('\n') + 1) : source;
}
