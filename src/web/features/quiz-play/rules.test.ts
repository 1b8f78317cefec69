import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocksText, parseMarkdown } from './markdown.ts';
import { rulesSection } from './rules.ts';

const source = readFileSync(new URL('../../../../docs/rules.md', import.meta.url), 'utf8');

describe('the rules page text', () => {
  it('takes the Dutch or the English half of docs/rules.md', () => {
    const nl = rulesSection(source, 'nl');
    const en = rulesSection(source, 'en');
    expect(nl).toContain('### Punten');
    expect(nl).not.toContain('### Points');
    expect(en).toContain('### Points');
    expect(en).not.toContain('### Punten');
  });

  it('reads the worked example table and the formula', () => {
    const blocks = parseMarkdown(rulesSection(source, 'nl'));
    expect(blocks.filter((b) => b.type === 'table').length).toBeGreaterThanOrEqual(2);
    expect(blocksText(blocks)).toContain('bonus = ⌊ M × (1 − t / L) ⌋');
  });
});
