import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { nl } from './nl.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translation catalogues', () => {
  const dutch = flatten(nl);
  const english = flatten(en);

  it('have exactly the same keys', () => {
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort());
  });

  it('have no empty texts', () => {
    const empty = [...dutch, ...english].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const mismatches = [...dutch.keys()].filter(
      (key) => placeholders(dutch.get(key) ?? '').join() !== placeholders(english.get(key) ?? '').join(),
    );
    expect(mismatches).toEqual([]);
  });

  it('address people informally in Dutch (je, not u)', () => {
    const formal = [...dutch].filter(([, text]) => /\b(u|uw)\b/i.test(text)).map(([key]) => key);
    expect(formal).toEqual([]);
  });
});
