import { describe, expect, it } from 'vitest';
import { linkify } from './linkify.ts';

describe('linkify', () => {
  it('finds http(s) links in text and keeps the rest as text', () => {
    expect(linkify('Log in: https://wegwijs.nl/auth/verify?token=abc\nTot zo!')).toEqual([
      { kind: 'text', text: 'Log in: ' },
      {
        kind: 'link',
        text: 'https://wegwijs.nl/auth/verify?token=abc',
        href: 'https://wegwijs.nl/auth/verify?token=abc',
      },
      { kind: 'text', text: '\nTot zo!' },
    ]);
  });

  it('leaves closing punctuation out of the link', () => {
    const parts = linkify('Zie http://localhost:3000/account. Of (https://example.org/a).');
    expect(parts.filter((p) => p.kind === 'link').map((p) => p.text)).toEqual([
      'http://localhost:3000/account',
      'https://example.org/a',
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(
      'Zie http://localhost:3000/account. Of (https://example.org/a).',
    );
  });

  it('keeps a bracket that belongs to the URL', () => {
    expect(linkify('https://en.wikipedia.org/wiki/Foo_(bar)')[0]).toMatchObject({
      kind: 'link',
      href: 'https://en.wikipedia.org/wiki/Foo_(bar)',
    });
  });

  it('never turns other schemes into links', () => {
    expect(linkify('javascript:alert(1) mailto:a@b.nl')).toEqual([
      { kind: 'text', text: 'javascript:alert(1) mailto:a@b.nl' },
    ]);
  });
});
