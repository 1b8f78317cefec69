import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, plainTextOf } from './markdown.ts';

describe('parseInline', () => {
  it('reads bold, italic and code', () => {
    expect(parseInline('Een **boze** klant, *echt* `nu`')).toEqual([
      { kind: 'text', text: 'Een ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'boze' }] },
      { kind: 'text', text: ' klant, ' },
      { kind: 'em', children: [{ kind: 'text', text: 'echt' }] },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'nu' },
    ]);
  });

  it('leaves snake_case, lone stars and escaped characters as text', () => {
    expect(parseInline('klant_id en 2 * 3 en \\*geen nadruk\\*')).toEqual([
      { kind: 'text', text: 'klant_id en 2 * 3 en *geen nadruk*' },
    ]);
  });

  it('makes links only of web and mail addresses', () => {
    expect(parseInline('[AVG](https://autoriteitpersoonsgegevens.nl)')).toEqual([
      {
        kind: 'link',
        href: 'https://autoriteitpersoonsgegevens.nl',
        children: [{ kind: 'text', text: 'AVG' }],
      },
    ]);
    expect(parseInline('[klik](javascript:alert(1))')).toEqual([
      { kind: 'text', text: '[klik](javascript:alert(1))' },
    ]);
  });

  it('turns a single line break into a break', () => {
    expect(parseInline('regel 1\nregel 2')).toEqual([
      { kind: 'text', text: 'regel 1' },
      { kind: 'break' },
      { kind: 'text', text: 'regel 2' },
    ]);
  });
});

describe('parseMarkdown', () => {
  it('splits paragraphs on blank lines and reads lists', () => {
    const blocks = parseMarkdown('Wat doe je eerst?\n\n- luisteren\n- samenvatten\n\n1. een\n2. twee');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'list']);
    expect(blocks[1]).toMatchObject({
      ordered: false,
      items: [[{ text: 'luisteren' }], [{ text: 'samenvatten' }]],
    });
    expect(blocks[2]).toMatchObject({ ordered: true, start: 1 });
  });

  it('reads headings, quotes and fenced code', () => {
    const blocks = parseMarkdown('## Casus\n> De klant zegt: "nu!"\n\n```\n<script>\n```');
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, children: [{ kind: 'text', text: 'Casus' }] },
      { kind: 'quote', children: [{ kind: 'text', text: 'De klant zegt: "nu!"' }] },
      { kind: 'code', text: '<script>' },
    ]);
  });

  it('gives plain text for summaries', () => {
    expect(plainTextOf(parseMarkdown('Een **boze** klant\n\n- a\n- b'))).toBe('Een boze klant a b');
  });
});
