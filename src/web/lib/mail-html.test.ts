import { describe, expect, it } from 'vitest';
import { withLinksInNewTab } from './mail-html.ts';

describe('withLinksInNewTab', () => {
  it('adds a base target right after <head>', () => {
    expect(withLinksInNewTab('<!doctype html><html><head><title>x</title></head><body></body></html>')).toBe(
      '<!doctype html><html><head><base target="_blank"><title>x</title></head><body></body></html>',
    );
  });

  it('is not fooled by <header>', () => {
    expect(withLinksInNewTab('<body><header>Hi</header></body>')).toBe(
      '<base target="_blank"><body><header>Hi</header></body>',
    );
  });

  it('keeps a doctype first when there is no head', () => {
    expect(withLinksInNewTab('<!DOCTYPE html><p>Hoi</p>')).toBe(
      '<!DOCTYPE html><base target="_blank"><p>Hoi</p>',
    );
  });
});
