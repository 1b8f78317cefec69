import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsv } from './read-csv.ts';

describe('readCsv', () => {
  it('reads a semicolon file with BOM and CRLF (Dutch Excel)', () => {
    const result = readCsv('\uFEFFnaam;e-mail\r\nAnne;anne@example.nl\r\nBram;bram@example.nl\r\n');
    expect(result.delimiter).toBe(';');
    expect(result.header).toEqual(['naam', 'e-mail']);
    expect(result.headerLine).toBe(1);
    expect(result.rows).toEqual([
      { line: 2, cells: ['Anne', 'anne@example.nl'] },
      { line: 3, cells: ['Bram', 'bram@example.nl'] },
    ]);
    expect(result.errors).toEqual([]);
  });

  it('reads a comma file with LF and no trailing newline', () => {
    const result = readCsv('a,b\n1,2');
    expect(result.delimiter).toBe(',');
    expect(result.rows).toEqual([{ line: 2, cells: ['1', '2'] }]);
  });

  it('handles quoted fields with delimiters, doubled quotes and line breaks', () => {
    const text =
      'id;text;note\n1;"a;b";"He said ""hi"""\n2;"line one\r\nline two\nline three";x\n3;plain;"é ë €"\n';
    const result = readCsv(text);
    expect(result.rows).toEqual([
      { line: 2, cells: ['1', 'a;b', 'He said "hi"'] },
      // The record starts on line 3; its quoted field spans lines 3-5.
      { line: 3, cells: ['2', 'line one\nline two\nline three', 'x'] },
      { line: 6, cells: ['3', 'plain', 'é ë €'] },
    ]);
    expect(result.errors).toEqual([]);
  });

  it('detects the delimiter from the header line only, ignoring quoted ones', () => {
    expect(detectDelimiter('"a;b;c",d,e\n1;2;3;4;5;6')).toBe(',');
    expect(detectDelimiter('a;b;c\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('\n\nsingle\n')).toBe(',');
    expect(readCsv('a,b\n"x;y",z', { delimiter: ';' }).delimiter).toBe(';');
  });

  it('honours an Excel sep= line and keeps line numbers right', () => {
    const result = readCsv('sep=,\r\na;b,c\r\n1;2,3\r\n');
    expect(result.delimiter).toBe(',');
    expect(result.header).toEqual(['a;b', 'c']);
    expect(result.headerLine).toBe(2);
    expect(result.rows).toEqual([{ line: 3, cells: ['1;2', '3'] }]);
  });

  it('skips blank rows and trailing empty columns, keeping line numbers', () => {
    const result = readCsv('a;b;;\n\n1;2;;\n;;;\n3;4\n');
    expect(result.header).toEqual(['a', 'b']);
    expect(result.rows).toEqual([
      { line: 3, cells: ['1', '2'] },
      { line: 5, cells: ['3', '4'] },
    ]);
  });

  it('reports rows with the wrong number of columns by the line where they start', () => {
    const result = readCsv('a;b;c\n1;2\n"x\ny";2;3;4\n5;6;7\n');
    expect(result.rows).toEqual([{ line: 5, cells: ['5', '6', '7'] }]);
    expect(result.errors).toEqual([
      expect.objectContaining({
        line: 2,
        code: 'csv.wrong_column_count',
        params: { expected: 3, actual: 2 },
      }),
      expect.objectContaining({
        line: 3,
        code: 'csv.wrong_column_count',
        params: { expected: 3, actual: 4 },
      }),
    ]);
  });

  it('reports an unclosed quote at the start of its record', () => {
    const result = readCsv('a;b\n1;2\n3;"open\nstill open\n');
    expect(result.rows).toEqual([{ line: 2, cells: ['1', '2'] }]);
    expect(result.errors).toEqual([expect.objectContaining({ line: 3, code: 'csv.unclosed_quote' })]);
  });

  it('reports text after a closing quote', () => {
    const result = readCsv('a;b\n"x"y;2\n');
    expect(result.errors).toEqual([expect.objectContaining({ line: 2, code: 'csv.text_after_quote' })]);
  });

  it('takes a quote inside an unquoted field literally', () => {
    expect(readCsv('a;b\n5" screen;2\n').rows).toEqual([{ line: 2, cells: ['5" screen', '2'] }]);
  });

  it('returns no header for an empty or blank file', () => {
    for (const text of ['', '\uFEFF', '\n\n', ' ; \n']) {
      const result = readCsv(text);
      expect(result.header).toEqual([]);
      expect(result.rows).toEqual([]);
      expect(result.headerLine).toBe(0);
    }
  });

  it('removes the formula guard apostrophe unless told not to', () => {
    const text = "a;b\n'=SUM(A1);'+31 20\n'plain;''=x\n";
    expect(readCsv(text).rows[0]!.cells).toEqual(['=SUM(A1)', '+31 20']);
    expect(readCsv(text).rows[1]!.cells).toEqual(["'plain", "'=x"]);
    expect(readCsv(text, { unguardFormulas: false }).rows[0]!.cells).toEqual(["'=SUM(A1)", "'+31 20"]);
  });
});
