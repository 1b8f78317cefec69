/**
 * Spreadsheet programs run a cell that starts with `=`, `+`, `-` or `@` as a formula
 * ("CSV injection"), and mangle values such as `+31 20 …` or `-5 °C`. The writer therefore
 * prefixes such cells with an apostrophe, which spreadsheets show as text, and the reader
 * removes it again. Cells that already start with apostrophes before such a character get
 * one more, so the round trip is exact for every text.
 */
const GUARDED = /^'*[=+\-@\t\r]/;
const UNGUARD = /^'+[=+\-@\t\r]/;

export function guardFormula(cell: string): string {
  return GUARDED.test(cell) ? `'${cell}` : cell;
}

export function unguardFormula(cell: string): string {
  return UNGUARD.test(cell) ? cell.slice(1) : cell;
}
