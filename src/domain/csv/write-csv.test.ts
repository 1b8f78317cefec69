import { describe, expect, it } from 'vitest';
import { mulberry32, randomInt } from '../random.ts';
import { type CsvDelimiter, readCsv } from './read-csv.ts';
import { writeCsv } from './write-csv.ts';

describe('writeCsv', () => {
  it('writes semicolons, a BOM and CRLF by default', () => {
    expect(
      writeCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('\uFEFFa;b\r\n1;2\r\n');
  });

  it('can write commas without BOM and with LF', () => {
    expect(writeCsv([['a', 'b,c']], { delimiter: ',', bom: false, lineEnding: '\n' })).toBe('a,"b,c"\n');
  });

  it('quotes only when needed', () => {
    expect(writeCsv([['x;y', 'say "hi"', 'two\nlines', ' edge ', 'a,b', 'plain']], { bom: false })).toBe(
      '"x;y";"say ""hi""";"two\nlines";" edge ";a,b;plain\r\n',
    );
  });

  it('guards formula-like cells with an apostrophe', () => {
    expect(writeCsv([['=1+1', '+31', '-5', '@x', "'=y", 'ok']], { bom: false })).toBe(
      "'=1+1;'+31;'-5;'@x;''=y;ok\r\n",
    );
    expect(writeCsv([['=1+1']], { bom: false, guardFormulas: false })).toBe('=1+1\r\n');
  });

  it('round-trips arbitrary cells through readCsv with either delimiter', () => {
    const alphabet = ['a', 'é', '€', ';', ',', '"', '\n', ' ', "'", '=', '+', '-', '@', '\t', 'x'];
    const random = mulberry32(7);
    const cell = () =>
      Array.from({ length: randomInt(random, 8) }, () => alphabet[randomInt(random, alphabet.length)]).join(
        '',
      );
    for (const delimiter of [';', ','] as CsvDelimiter[]) {
      for (let run = 0; run < 100; run++) {
        const header = ['h1', 'h2', 'h3'];
        // Leave out all-blank rows: the reader skips them on purpose.
        const rows = Array.from({ length: 1 + randomInt(random, 4) }, () => [cell(), cell(), `k${run}`]);
        const parsed = readCsv(writeCsv([header, ...rows], { delimiter }));
        expect(parsed.errors).toEqual([]);
        expect(parsed.delimiter).toBe(delimiter);
        expect(parsed.rows.map((r) => r.cells)).toEqual(rows);
      }
    }
  });
});
