import { describe, expect, it } from 'vitest';
import { safeRedirect } from './redirect.ts';

describe('safeRedirect', () => {
  it('accepts paths inside the app, with their query string', () => {
    expect(safeRedirect('/account')).toBe('/account');
    expect(safeRedirect('/admin/people?q=anna&page=2')).toBe('/admin/people?q=anna&page=2');
  });

  it('refuses other sites and tricks that browsers read as other sites', () => {
    for (const value of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'account',
      '/\tevil',
      '',
    ]) {
      expect(safeRedirect(value)).toBeNull();
    }
  });

  it('refuses going back to the log-in page and non-strings', () => {
    expect(safeRedirect('/login?redirect=/x')).toBeNull();
    expect(safeRedirect(42)).toBeNull();
    expect(safeRedirect(undefined)).toBeNull();
  });
});
