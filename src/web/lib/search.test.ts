import { describe, expect, it } from 'vitest';
import { oneOfParam, pageParam, textParam, validateListSearch } from './search.ts';

describe('search parameters', () => {
  it('accept page numbers from 1, as numbers or text', () => {
    expect(pageParam(3)).toBe(3);
    expect(pageParam('2')).toBe(2);
    for (const bad of [0, -1, 1.5, 'x', '', null, undefined, Number.NaN])
      expect(pageParam(bad)).toBeUndefined();
  });

  it('read numbers back as text and drop empty or overlong text', () => {
    expect(textParam(2024)).toBe('2024');
    expect(textParam('anna')).toBe('anna');
    expect(textParam('')).toBeUndefined();
    expect(textParam('x'.repeat(201))).toBeUndefined();
    expect(textParam({ q: 1 })).toBeUndefined();
  });

  it('allow only known values', () => {
    expect(oneOfParam(['failed', 'all'] as const, 'all')).toBe('all');
    expect(oneOfParam(['failed', 'all'] as const, 'ALL')).toBeUndefined();
  });

  it('clean a whole list search', () => {
    expect(validateListSearch({ q: 'kvk', page: 'oops', extra: 1 })).toEqual({ q: 'kvk', page: undefined });
  });
});
