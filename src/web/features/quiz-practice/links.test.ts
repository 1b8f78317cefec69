import { describe, expect, it } from 'vitest';
import { answerLinkKind } from './links.ts';
import { validateTokenSearch, validateYearSearch } from './search.ts';

const item = '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e';

describe('answerLinkKind', () => {
  it('answers at once for a link that stands for an option', () => {
    expect(answerLinkKind(`a.${item}.2.m1abcd.SiGnAtUrE_-`)).toBe('one-click');
    expect(answerLinkKind(`a.${item}.10.m1abcd.sig`)).toBe('one-click');
  });

  it('opens the question for a link without an option', () => {
    expect(answerLinkKind(`a.${item}.-.m1abcd.sig`)).toBe('open');
  });

  it('never answers for anything that is not an answer link (the server then says it is invalid)', () => {
    expect(answerLinkKind(`u.${item}.sig`)).toBe('open');
    expect(answerLinkKind('a.1.2')).toBe('open');
    expect(answerLinkKind(`a.${item}.x.m1abcd.sig`)).toBe('open');
    expect(answerLinkKind('')).toBe('open');
  });
});

describe('search parameters', () => {
  it('keeps a token of a sensible length only', () => {
    expect(validateTokenSearch({ token: 'a.b.c' })).toEqual({ token: 'a.b.c' });
    expect(validateTokenSearch({ token: 'x'.repeat(301) })).toEqual({ token: undefined });
    expect(validateTokenSearch({ token: 12 })).toEqual({ token: undefined });
    expect(validateTokenSearch({})).toEqual({ token: undefined });
  });

  it('keeps a plausible edition year only', () => {
    expect(validateYearSearch({ year: 2027 })).toEqual({ year: 2027 });
    expect(validateYearSearch({ year: '2027' })).toEqual({ year: 2027 });
    expect(validateYearSearch({ year: 27 })).toEqual({ year: undefined });
    expect(validateYearSearch({ year: 'volgend jaar' })).toEqual({ year: undefined });
  });
});
