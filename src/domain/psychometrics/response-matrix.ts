/**
 * Sparse response matrix: one row per person (or per response pattern, with a
 * frequency weight), holding only the items that were presented. Stored in
 * compressed-row form in typed arrays so 100,000 × 60 answers stay a few tens of MB.
 */

/** One person's answers: parallel lists of item indices and 0/1 scores. */
export interface ResponseList {
  items: ArrayLike<number>;
  scores: ArrayLike<number>;
}

export interface ResponseMatrix {
  itemNames: readonly string[];
  rowCount: number;
  /** Row r holds entries offsets[r] .. offsets[r + 1] - 1, sorted by item index. */
  offsets: Uint32Array;
  items: Uint32Array;
  /** 0 or 1 per entry. */
  scores: Uint8Array;
  /** How many people each row stands for (1 unless a `Freq` column said otherwise). */
  weights: Float64Array;
  /** Person ids from an `id`/`person` column, when there was one. */
  rowIds: readonly string[] | null;
}

export type MatrixErrorCode = 'item_out_of_range' | 'duplicate_item' | 'invalid_score' | 'invalid_weight';

/** Thrown by the builder for programming errors in the input (not for user files). */
export class ResponseMatrixError extends Error {
  readonly code: MatrixErrorCode;
  readonly params: Record<string, string | number>;
  constructor(code: MatrixErrorCode, message: string, params: Record<string, string | number>) {
    super(message);
    this.name = 'ResponseMatrixError';
    this.code = code;
    this.params = params;
  }
}

/**
 * Builds a ResponseMatrix row by row with growable typed arrays, so no per-answer
 * objects are created. Each row is stored sorted by item index (canonical order, which
 * also makes every later sum deterministic).
 */
export class ResponseMatrixBuilder {
  readonly itemNames: readonly string[];
  private offsets: Uint32Array;
  private items: Uint32Array;
  private scores: Uint8Array;
  private weights: Float64Array;
  private ids: string[] | null = null;
  private rows = 0;
  private entries = 0;
  private readonly rowItems: number[] = [];
  private readonly order: number[] = [];

  constructor(itemNames: readonly string[], expectedEntries = 1024) {
    this.itemNames = itemNames;
    this.offsets = new Uint32Array(64);
    this.items = new Uint32Array(Math.max(16, expectedEntries));
    this.scores = new Uint8Array(Math.max(16, expectedEntries));
    this.weights = new Float64Array(64);
  }

  /** Adds one row; `weight` is the number of people with exactly this pattern. */
  addRow(responses: ResponseList, weight = 1, id?: string): void {
    const itemCount = this.itemNames.length;
    const n = responses.items.length;
    if (responses.scores.length !== n) {
      throw new ResponseMatrixError('invalid_score', 'items and scores must have the same length.', {
        row: this.rows,
      });
    }
    if (!(weight >= 0) || !Number.isFinite(weight)) {
      throw new ResponseMatrixError(
        'invalid_weight',
        `Row weight must be a finite number >= 0; got ${weight}.`,
        {
          row: this.rows,
        },
      );
    }
    const order = this.order;
    order.length = 0;
    for (let k = 0; k < n; k++) {
      const item = responses.items[k]!;
      if (!Number.isInteger(item) || item < 0 || item >= itemCount) {
        throw new ResponseMatrixError(
          'item_out_of_range',
          `Item ${item} does not exist (0..${itemCount - 1}).`,
          {
            row: this.rows,
            item,
          },
        );
      }
      const score = responses.scores[k]!;
      if (score !== 0 && score !== 1) {
        throw new ResponseMatrixError('invalid_score', `Scores must be 0 or 1; got ${score}.`, {
          row: this.rows,
          item,
        });
      }
      order.push(k);
    }
    order.sort((a, b) => responses.items[a]! - responses.items[b]!);
    this.ensureCapacity(n);
    const rowItems = this.rowItems;
    rowItems.length = 0;
    for (let k = 0; k < n; k++) {
      const source = order[k]!;
      const item = responses.items[source]!;
      if (k > 0 && rowItems[k - 1] === item) {
        throw new ResponseMatrixError('duplicate_item', `Item ${item} occurs twice in one row.`, {
          row: this.rows,
          item,
        });
      }
      rowItems.push(item);
      this.items[this.entries + k] = item;
      this.scores[this.entries + k] = responses.scores[source]!;
    }
    this.entries += n;
    this.weights[this.rows] = weight;
    if (id !== undefined) {
      this.ids ??= Array.from({ length: this.rows }, () => '');
      this.ids.push(id);
    } else if (this.ids) {
      this.ids.push('');
    }
    this.rows++;
    this.offsets[this.rows] = this.entries;
  }

  build(): ResponseMatrix {
    return {
      itemNames: this.itemNames,
      rowCount: this.rows,
      offsets: this.offsets.slice(0, this.rows + 1),
      items: this.items.slice(0, this.entries),
      scores: this.scores.slice(0, this.entries),
      weights: this.weights.slice(0, this.rows),
      rowIds: this.ids,
    };
  }

  private ensureCapacity(extraEntries: number): void {
    if (this.rows + 2 > this.offsets.length) {
      this.offsets = grow(this.offsets, this.offsets.length * 2);
      this.weights = grow(this.weights, this.weights.length * 2);
    }
    const needed = this.entries + extraEntries;
    if (needed > this.items.length) {
      const size = Math.max(needed, this.items.length * 2);
      this.items = grow(this.items, size);
      this.scores = grow(this.scores, size);
    }
  }
}

function grow<T extends Uint32Array | Uint8Array | Float64Array>(array: T, size: number): T {
  const next = new (array.constructor as new (n: number) => T)(size);
  next.set(array);
  return next;
}

/** Convenience: a matrix from a list of rows (weights default to 1). */
export function createResponseMatrix(
  itemNames: readonly string[],
  rows: readonly ResponseList[],
  weights?: ArrayLike<number>,
): ResponseMatrix {
  let total = 0;
  for (const row of rows) total += row.items.length;
  const builder = new ResponseMatrixBuilder(itemNames, total);
  rows.forEach((row, r) => {
    builder.addRow(row, weights ? weights[r]! : 1);
  });
  return builder.build();
}

/** Row r as views into the matrix (no copying). */
export function rowResponses(
  matrix: ResponseMatrix,
  row: number,
): { items: Uint32Array; scores: Uint8Array } {
  const start = matrix.offsets[row]!;
  const end = matrix.offsets[row + 1]!;
  return { items: matrix.items.subarray(start, end), scores: matrix.scores.subarray(start, end) };
}

// ---------------------------------------------------------------------------------------
// CSV

export type CsvErrorCode =
  | 'empty_file'
  | 'no_items'
  | 'no_rows'
  | 'empty_header'
  | 'duplicate_header'
  | 'unterminated_quote'
  | 'wrong_field_count'
  | 'invalid_response'
  | 'invalid_freq';

export interface CsvError {
  code: CsvErrorCode;
  /** 1-based physical line in the file where the offending record starts. */
  line: number;
  /** Header name of the offending column, when the problem is one cell. */
  column?: string;
  message: string;
  params: Record<string, string | number>;
}

export type CsvParseResult = { ok: true; value: ResponseMatrix } | { ok: false; errors: CsvError[] };

export interface CsvParseOptions {
  /** Stop collecting after this many errors (default 50). */
  maxErrors?: number;
}

interface CsvRecord {
  line: number;
  fields: string[];
}

const FREQ_HEADER = 'freq';
const ID_HEADERS = new Set(['id', 'person']);

/**
 * Parses a response matrix CSV: a header row of item names, then one row per person
 * with 0, 1 or empty (= not presented) per item. Optional columns: `Freq` (how many
 * people share the row's pattern, a whole number >= 0) and one id column named `id` or
 * `person` (any text). Header names are matched case-insensitively for those two.
 * Comma or semicolon delimited (decided from the header), double quotes allowed, UTF-8
 * BOM and CRLF tolerated, blank lines skipped. Every other cell value is an error that
 * names the line and column.
 */
export function parseResponseMatrixCsv(text: string, options: CsvParseOptions = {}): CsvParseResult {
  const maxErrors = options.maxErrors ?? 50;
  const errors: CsvError[] = [];
  const push = (error: CsvError): boolean => {
    errors.push(error);
    return errors.length >= maxErrors;
  };
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(source);
  const records = readRecords(source, delimiter, errors);
  if (errors.length > 0) return { ok: false, errors };
  const header = records[0];
  if (!header) {
    return {
      ok: false,
      errors: [{ code: 'empty_file', line: 1, message: 'The file is empty.', params: {} }],
    };
  }

  // Classify the columns.
  let freqColumn = -1;
  let idColumn = -1;
  const itemColumns: number[] = [];
  const itemNames: string[] = [];
  const seen = new Set<string>();
  header.fields.forEach((raw, c) => {
    const name = raw.trim();
    const lower = name.toLowerCase();
    if (name === '') {
      push({
        code: 'empty_header',
        line: header.line,
        message: `Column ${c + 1} has no name in the header.`,
        params: { columnNumber: c + 1 },
      });
      return;
    }
    if (seen.has(lower)) {
      push({
        code: 'duplicate_header',
        line: header.line,
        column: name,
        message: `Column name "${name}" occurs more than once in the header.`,
        params: { name },
      });
      return;
    }
    seen.add(lower);
    if (lower === FREQ_HEADER) freqColumn = c;
    else if (ID_HEADERS.has(lower) && idColumn === -1) idColumn = c;
    else {
      itemColumns.push(c);
      itemNames.push(name);
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  if (itemNames.length === 0) {
    return {
      ok: false,
      errors: [
        { code: 'no_items', line: header.line, message: 'The header names no item columns.', params: {} },
      ],
    };
  }
  const columnNames = header.fields.map((f) => f.trim());
  const itemOfColumn = new Int32Array(header.fields.length).fill(-1);
  itemColumns.forEach((c, i) => {
    itemOfColumn[c] = i;
  });

  const builder = new ResponseMatrixBuilder(itemNames, (records.length - 1) * itemNames.length);
  const rowItems: number[] = [];
  const rowScores: number[] = [];
  for (let r = 1; r < records.length; r++) {
    const { line, fields } = records[r]!;
    if (fields.length !== header.fields.length) {
      if (
        push({
          code: 'wrong_field_count',
          line,
          message: `Line ${line} has ${fields.length} fields; the header has ${header.fields.length}.`,
          params: { found: fields.length, expected: header.fields.length },
        })
      )
        break;
      continue;
    }
    rowItems.length = 0;
    rowScores.length = 0;
    let weight = 1;
    let stop = false;
    for (let c = 0; c < fields.length && !stop; c++) {
      if (c === idColumn) continue;
      const value = fields[c]!.trim();
      if (c === freqColumn) {
        if (/^\d+$/.test(value)) weight = Number(value);
        else {
          stop = push({
            code: 'invalid_freq',
            line,
            column: columnNames[c]!,
            message: `Line ${line}, column ${columnNames[c]}: "${value}" is not a whole number >= 0.`,
            params: { value },
          });
        }
        continue;
      }
      if (value === '') continue;
      if (value === '0' || value === '1') {
        rowItems.push(itemOfColumn[c]!);
        rowScores.push(value === '1' ? 1 : 0);
      } else {
        stop = push({
          code: 'invalid_response',
          line,
          column: columnNames[c]!,
          message: `Line ${line}, column ${columnNames[c]}: "${value}" is not 0, 1 or empty.`,
          params: { value },
        });
      }
    }
    if (stop) break;
    if (errors.length === 0) {
      builder.addRow(
        { items: rowItems, scores: rowScores },
        weight,
        idColumn >= 0 ? fields[idColumn]!.trim() : undefined,
      );
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const matrix = builder.build();
  if (matrix.rowCount === 0) {
    return {
      ok: false,
      errors: [{ code: 'no_rows', line: header.line, message: 'The file has no data rows.', params: {} }],
    };
  }
  return { ok: true, value: matrix };
}

/** Semicolon when the header has more semicolons than commas (Dutch Excel), else comma. */
function detectDelimiter(text: string): ',' | ';' {
  const end = text.indexOf('\n');
  const header = end === -1 ? text : text.slice(0, end);
  let commas = 0;
  let semicolons = 0;
  for (const ch of header) {
    if (ch === ',') commas++;
    else if (ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * RFC 4180-style records with physical line numbers; blank lines are skipped. Lines
 * without a quote (nearly all of them) are split directly, which is much faster than
 * going character by character.
 */
function readRecords(text: string, delimiter: string, errors: CsvError[]): CsvRecord[] {
  const records: CsvRecord[] = [];
  const length = text.length;
  let pos = 0;
  let line = 1;
  while (pos < length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = length;
    let raw = text.slice(pos, end);
    if (!raw.includes('"')) {
      if (raw.endsWith('\r')) raw = raw.slice(0, -1);
      if (raw.trim() !== '') records.push({ line, fields: raw.split(delimiter) });
      pos = end + 1;
      line++;
      continue;
    }
    const record = readQuotedRecord(text, pos, line, delimiter);
    if (!record) {
      errors.push({
        code: 'unterminated_quote',
        line,
        message: `Line ${line}: a quoted field is not closed.`,
        params: {},
      });
      return records;
    }
    const blank = record.fields.length === 1 && record.fields[0]!.trim() === '';
    if (!blank) records.push({ line, fields: record.fields });
    pos = record.next;
    line = record.nextLine;
  }
  return records;
}

/** One record that contains quotes, starting at `pos`; null when a quote is not closed. */
function readQuotedRecord(
  text: string,
  start: number,
  startLine: number,
  delimiter: string,
): { fields: string[]; next: number; nextLine: number } | null {
  const length = text.length;
  let pos = start;
  let line = startLine;
  const fields: string[] = [];
  let field = '';
  for (;;) {
    if (text[pos] === '"') {
      // Quoted field: runs to the closing quote; "" is a literal quote.
      pos++;
      let closed = false;
      while (pos < length) {
        const ch = text[pos]!;
        if (ch === '"') {
          if (text[pos + 1] === '"') {
            field += '"';
            pos += 2;
            continue;
          }
          pos++;
          closed = true;
          break;
        }
        if (ch === '\n') line++;
        field += ch;
        pos++;
      }
      if (!closed) return null;
    }
    // Unquoted part (or whatever follows a closing quote) up to the delimiter.
    while (pos < length) {
      const ch = text[pos]!;
      if (ch === delimiter || ch === '\n' || ch === '\r') break;
      field += ch;
      pos++;
    }
    fields.push(field);
    field = '';
    if (pos >= length) return { fields, next: pos, nextLine: line };
    if (text[pos] === delimiter) {
      pos++;
      continue;
    }
    if (text[pos] === '\r') pos++;
    if (text[pos] === '\n') pos++;
    return { fields, next: pos, nextLine: line + 1 };
  }
}
