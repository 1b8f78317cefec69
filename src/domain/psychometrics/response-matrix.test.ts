import { describe, expect, it } from 'vitest';
import {
  createResponseMatrix,
  parseResponseMatrixCsv,
  type ResponseMatrix,
  ResponseMatrixError,
  rowResponses,
} from './response-matrix.ts';

function rows(matrix: ResponseMatrix) {
  return Array.from({ length: matrix.rowCount }, (_, r) => {
    const { items, scores } = rowResponses(matrix, r);
    return Array.from(items, (item, k) => `${matrix.itemNames[item]}=${scores[k]}`).join(' ');
  });
}

function parsed(text: string): ResponseMatrix {
  const result = parseResponseMatrixCsv(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('parseResponseMatrixCsv', () => {
  it('reads items, empty cells as not presented, and weights 1', () => {
    const matrix = parsed('Q1,Q2,Q3\n1,0,\n,1,1\n');
    expect(matrix.itemNames).toEqual(['Q1', 'Q2', 'Q3']);
    expect(rows(matrix)).toEqual(['Q1=1 Q2=0', 'Q2=1 Q3=1']);
    expect(Array.from(matrix.weights)).toEqual([1, 1]);
    expect(matrix.rowIds).toBeNull();
  });

  it('takes semicolons, a BOM, CRLF, quotes, spaces and blank lines in its stride', () => {
    const matrix = parsed('\uFEFF"Q 1";Q2\r\n\r\n 1 ; 0 \r\n"0";\r\n');
    expect(matrix.itemNames).toEqual(['Q 1', 'Q2']);
    expect(rows(matrix)).toEqual(['Q 1=1 Q2=0', 'Q 1=0']);
  });

  it('reads a Freq column anywhere and an id or person column', () => {
    const matrix = parsed('person,Q1,freq,Q2\nann,1,3,0\nbob,0,0,1\n');
    expect(matrix.itemNames).toEqual(['Q1', 'Q2']);
    expect(Array.from(matrix.weights)).toEqual([3, 0]);
    expect(matrix.rowIds).toEqual(['ann', 'bob']);
    expect(parsed('Q1,ID\n1,x-7\n').rowIds).toEqual(['x-7']);
  });

  it('names the line and column of every bad cell', () => {
    const result = parseResponseMatrixCsv('Q1,Q2,Freq\n1,0,1\n\n1,2,1\nyes,0,1\n1,0,-1\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.line, e.column])).toEqual([
      ['invalid_response', 4, 'Q2'],
      ['invalid_response', 5, 'Q1'],
      ['invalid_freq', 6, 'Freq'],
    ]);
    expect(result.errors[0]!.message).toBe('Line 4, column Q2: "2" is not 0, 1 or empty.');
    expect(result.errors[0]!.params).toEqual({ value: '2' });
  });

  it('counts lines inside quoted fields that span lines', () => {
    const result = parseResponseMatrixCsv('"Q\n1",Q2\n1,0\n1,x\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ line: 4, column: 'Q2' });
  });

  it('reports rows with the wrong number of fields', () => {
    const result = parseResponseMatrixCsv('Q1,Q2\n1,0\n1\n1,0,1\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.line, e.params])).toEqual([
      ['wrong_field_count', 3, { found: 1, expected: 2 }],
      ['wrong_field_count', 4, { found: 3, expected: 2 }],
    ]);
  });

  it('rejects bad headers and files without items or rows', () => {
    const codes = (text: string) => {
      const result = parseResponseMatrixCsv(text);
      return result.ok ? [] : result.errors.map((e) => e.code);
    };
    expect(codes('')).toEqual(['empty_file']);
    expect(codes('\n\n')).toEqual(['empty_file']);
    expect(codes('Freq,id\n1,a\n')).toEqual(['no_items']);
    expect(codes('Q1,Q2\n')).toEqual(['no_rows']);
    expect(codes('Q1,q1\n1,0\n')).toEqual(['duplicate_header']);
    expect(codes('Q1,,Q3\n1,0,1\n')).toEqual(['empty_header']);
    expect(codes('"Q1,Q2\n1,0\n')).toEqual(['unterminated_quote']);
  });

  it('stops collecting after maxErrors', () => {
    const text = `Q1\n${'x\n'.repeat(100)}`;
    const result = parseResponseMatrixCsv(text, { maxErrors: 5 });
    expect(result.ok ? 0 : result.errors.length).toBe(5);
  });
});

describe('createResponseMatrix', () => {
  it('stores each row sorted by item', () => {
    const matrix = createResponseMatrix(['A', 'B', 'C'], [{ items: [2, 0], scores: [1, 0] }], [4]);
    expect(rows(matrix)).toEqual(['A=0 C=1']);
    expect(Array.from(matrix.weights)).toEqual([4]);
  });

  it('refuses duplicate items, unknown items and scores other than 0/1', () => {
    const make = (items: number[], scores: number[]) => () =>
      createResponseMatrix(['A', 'B'], [{ items, scores }]);
    expect(make([0, 0], [1, 0])).toThrow(ResponseMatrixError);
    expect(make([0, 0], [1, 0])).toThrow(/twice/);
    expect(make([2], [1])).toThrow(/does not exist/);
    expect(make([0], [2])).toThrow(/0 or 1/);
    expect(() => createResponseMatrix(['A'], [{ items: [0], scores: [1] }], [-1])).toThrow(/weight/);
  });
});
