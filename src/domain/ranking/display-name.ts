/**
 * How a person appears on public leaderboards. The participant chooses; `null` means the
 * board shows its translated "anonymous participant" label.
 */

export type NamePreference = 'full' | 'initials' | 'hidden';

/**
 * Dutch surname particles (tussenvoegsels), plus a few common foreign ones. A word in
 * this list keeps its own capitalisation in initials: "de" → "d.", but a Flemish
 * "De Smet" keeps "D.".
 */
const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  "'s",
  'te',
  'ten',
  'ter',
  'in',
  'op',
  'aan',
  'bij',
  'uit',
  'onder',
  'over',
  'voor',
  'la',
  'le',
  'les',
  'du',
  'des',
  'von',
  'zu',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'das',
]);

/**
 * full: the name as written, with spaces tidied.
 * initials: every word becomes its first letter and a full stop, separated by spaces:
 *   "Anna de Vries" → "A. d. V.", "Jan van der Berg" → "J. v. d. B.",
 *   "Anne-Marie van 't Hek" → "A.-M. v. 't H.", "IJsbrand Jansen-de Wit" → "IJ. J.-d. W.".
 *   Particles keep the case they were written in (a contraction such as 't or 's stays as
 *   it is); all other initials are capitals, and the Dutch IJ stays "IJ.".
 *   The first word is always a given name, never a particle.
 * hidden: null.
 * A blank name gives null for every preference.
 */
export function displayName(person: { name: string }, preference: NamePreference): string | null {
  const words = person.name.trim().split(/\s+/).filter(Boolean);
  if (preference === 'hidden' || words.length === 0) return null;
  if (preference === 'full') return words.join(' ');
  return words.map((word, index) => initialsOfWord(word, index === 0)).join(' ');
}

function initialsOfWord(word: string, isFirst: boolean): string {
  const normalized = word.replace(/\u2019/g, "'");
  if (!isFirst && normalized.startsWith("'") && PARTICLES.has(normalized.toLowerCase())) return normalized;
  return word
    .split('-')
    .filter(Boolean)
    .map((part) => initialOfPart(part, !isFirst && PARTICLES.has(part.toLowerCase())))
    .join('-');
}

function initialOfPart(part: string, isParticle: boolean): string {
  // The Dutch digraph IJ is one letter: "IJsbrand" → "IJ.".
  if (!isParticle && /^ij/i.test(part)) return 'IJ.';
  const letter = part.match(/\p{L}/u)?.[0];
  if (!letter) return part;
  return `${isParticle ? letter : letter.toLocaleUpperCase('nl')}.`;
}
