import { describe, expect, it } from 'vitest';
import { inlineText, parseInline, parseMarkdown } from './markdown.ts';

describe('parseInline', () => {
  it('reads bold, italic, code and links', () => {
    expect(parseInline('Een **open** vraag, *echt* met `code` en [uitleg](https://example.nl/a).')).toEqual([
      { type: 'text', text: 'Een ' },
      { type: 'strong', children: [{ type: 'text', text: 'open' }] },
      { type: 'text', text: ' vraag, ' },
      { type: 'em', children: [{ type: 'text', text: 'echt' }] },
      { type: 'text', text: ' met ' },
      { type: 'code', text: 'code' },
      { type: 'text', text: ' en ' },
      { type: 'link', href: 'https://example.nl/a', children: [{ type: 'text', text: 'uitleg' }] },
      { type: 'text', text: '.' },
    ]);
  });

  it('never makes a link out of javascript: or data: URLs', () => {
    expect(parseInline('[klik](javascript:alert(1))')).not.toContainEqual(
      expect.objectContaining({ type: 'link' }),
    );
    expect(inlineText(parseInline('[klik](data:text/html,x)'))).toBe('klik');
  });

  it('leaves lone markers, escaped markers and snake_case alone', () => {
    expect(parseInline('2 * 3 = 6 en een_variabele_naam en \\*geen nadruk\\*')).toEqual([
      { type: 'text', text: '2 * 3 = 6 en een_variabele_naam en *geen nadruk*' },
    ]);
  });

  it('keeps line breaks', () => {
    expect(parseInline('regel 1\nregel 2')).toEqual([
      { type: 'text', text: 'regel 1' },
      { type: 'br' },
      { type: 'text', text: 'regel 2' },
    ]);
  });
});

describe('parseMarkdown', () => {
  it('reads a question stem with a quote (as in the demo questions)', () => {
    const blocks = parseMarkdown(
      'Een klant belt:\n\n> ‘Mijn moeder is overleden.’\n\nWelke reactie past het **best**?',
    );
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'quote', 'paragraph']);
    expect(blocks[1]).toEqual({
      type: 'quote',
      children: [{ type: 'paragraph', children: [{ type: 'text', text: '‘Mijn moeder is overleden.’' }] }],
    });
  });

  it('reads headings, lists and tables (as in docs/rules.md)', () => {
    const blocks = parseMarkdown(
      [
        '### Punten',
        '',
        '- **1000 × je score**: 1000 voor goed.',
        '- Snelheidsbonus:',
        '  - nested item text',
        '',
        '1. Eerst',
        '2. Dan',
        '',
        '| Jouw keuze | Score |',
        '|---|---:|',
        '| A, B | ½ |',
        '| A | 0 |',
      ].join('\n'),
    );
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'list', 'list', 'table']);
    expect(blocks[0]).toMatchObject({ level: 3 });
    expect(blocks[1]).toMatchObject({ ordered: false });
    const bullets = blocks[1] as Extract<(typeof blocks)[number], { type: 'list' }>;
    expect(bullets.items).toHaveLength(2);
    // The nested list belongs to the second item.
    expect(bullets.items[1]!.map((b) => b.type)).toEqual(['paragraph', 'list']);
    expect(blocks[2]).toMatchObject({ ordered: true, start: 1 });
    const table = blocks[3] as Extract<(typeof blocks)[number], { type: 'table' }>;
    expect(table.align).toEqual([null, 'right']);
    expect(table.rows.map((row) => row.map(inlineText))).toEqual([
      ['A, B', '½'],
      ['A', '0'],
    ]);
  });

  it('treats plain lines as one paragraph with breaks', () => {
    expect(parseMarkdown('a\nb')).toEqual([
      {
        type: 'paragraph',
        children: [{ type: 'text', text: 'a' }, { type: 'br' }, { type: 'text', text: 'b' }],
      },
    ]);
  });
});
