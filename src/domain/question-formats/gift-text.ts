/**
 * GIFT escapes and text formats. Like Moodle, the parser first turns escaped control
 * characters into placeholders so the structure can be found with plain string search,
 * and restores them at the end. The placeholders are Unicode noncharacters (U+FDD0…),
 * which the standard reserves for exactly this kind of internal use; input that already
 * contains them is rejected.
 */
import type { StemFormat } from '../questions/model.ts';

const ESCAPES: Record<string, string> = {
  '\\': '\uFDD0',
  '~': '\uFDD1',
  '=': '\uFDD2',
  '#': '\uFDD3',
  '{': '\uFDD4',
  '}': '\uFDD5',
  ':': '\uFDD6',
  n: '\uFDD7',
};
const RESTORE: Record<string, string> = {
  '\uFDD0': '\\',
  '\uFDD1': '~',
  '\uFDD2': '=',
  '\uFDD3': '#',
  '\uFDD4': '{',
  '\uFDD5': '}',
  '\uFDD6': ':',
  '\uFDD7': '\n',
};
const NONCHARACTER = /[\uFDD0-\uFDEF]/;

export type EscapeProblem = { kind: 'unknown_escape'; sequence: string } | { kind: 'invalid_character' };

/**
 * Replaces escape sequences in one line by placeholders. An unknown escape (`\x`) is
 * reported and kept as a literal backslash plus character, so parsing can go on.
 */
export function protectEscapes(line: string): { text: string; problems: EscapeProblem[] } {
  const problems: EscapeProblem[] = [];
  if (NONCHARACTER.test(line)) problems.push({ kind: 'invalid_character' });
  let text = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch !== '\\') {
      text += ch;
      continue;
    }
    const next = line[i + 1];
    const placeholder = next === undefined ? undefined : ESCAPES[next];
    if (placeholder) {
      text += placeholder;
      i++;
    } else {
      problems.push({ kind: 'unknown_escape', sequence: next === undefined ? '\\' : `\\${next}` });
      text += ESCAPES['\\'];
    }
  }
  return { text, problems };
}

/** Turns placeholders back into the characters they stand for. */
export function restoreEscapes(text: string): string {
  return text.replace(/[\uFDD0-\uFDD7]/g, (ch) => RESTORE[ch]!);
}

/** Escapes a text for GIFT: control characters get a backslash, line breaks become `\n`. */
export function escapeGift(text: string): string {
  return text.replace(/\r\n?|[\\~=#{}:\n]/g, (ch) =>
    ch.startsWith('\r') || ch === '\n' ? '\\n' : `\\${ch}`,
  );
}

/**
 * An answer weight such as `%50%` or `%-33.33333%` at the start of an answer. The parser
 * reports anything of this shape that is not a number in -100..100; the writer puts an
 * explicit weight before option texts of this shape so they are not mistaken for one.
 */
export const GIFT_WEIGHT = /^%([-+]?[\d.,]+)%/;

const FORMAT_PREFIX = /^\[(markdown|html|plain|moodle)\]/;

/**
 * Splits a leading `[markdown]`, `[html]`, `[plain]` or `[moodle]` off a text (Moodle's
 * rule: only these names count; `[other]` stays part of the text). `[moodle]`, Moodle's
 * auto-format, maps to plain text.
 */
export function splitFormat(text: string): { format?: StemFormat; text: string } {
  const match = FORMAT_PREFIX.exec(text);
  if (!match) return { text };
  const name = match[1]!;
  return { format: name === 'moodle' ? 'plain' : (name as StemFormat), text: text.slice(match[0].length) };
}

/** True if a text would lose a leading format tag on import, so the writer must protect it. */
export function startsWithFormatTag(text: string): boolean {
  return FORMAT_PREFIX.test(text);
}
