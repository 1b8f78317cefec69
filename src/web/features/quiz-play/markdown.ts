/**
 * A small Markdown reader for question texts and the rules page: paragraphs, headings,
 * block quotes, lists, pipe tables, fenced code, rules, and inline bold, italic, code and
 * links. It builds a tree that React renders as elements, so no HTML string is ever
 * injected. Deliberately small: a full Markdown library would weigh more than the whole
 * play screen. A line break inside a paragraph stays a line break, as experts expect
 * from the question editor.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'br' };

export type Align = 'left' | 'center' | 'right' | null;

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: number; children: Inline[] }
  | { type: 'quote'; children: Block[] }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { type: 'table'; align: Align[]; head: Inline[][]; rows: Inline[][][] }
  | { type: 'code'; text: string }
  | { type: 'rule' };

const headingPattern = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const quotePattern = /^\s{0,3}>\s?(.*)$/;
const bulletPattern = /^\s{0,3}[-*+]\s+(.*)$/;
const orderedPattern = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/;
const fencePattern = /^\s{0,3}(```|~~~)/;
const rulePattern = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const tableSeparator = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

const isBlank = (line: string) => line.trim() === '';
const indentOf = (line: string) => line.match(/^ */)![0].length;

function startsBlock(line: string, next: string | undefined): boolean {
  return (
    headingPattern.test(line) ||
    quotePattern.test(line) ||
    bulletPattern.test(line) ||
    orderedPattern.test(line) ||
    fencePattern.test(line) ||
    rulePattern.test(line) ||
    isTableStart(line, next)
  );
}

function isTableStart(line: string, next: string | undefined): boolean {
  return line.includes('|') && next?.includes('-') === true && tableSeparator.test(next);
}

/** Splits a table row into trimmed cells; a pipe written as `\|` stays in its cell. */
function tableCells(line: string): string[] {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  return row.split(/(?<!\\)\|/).map((cell) => cell.trim().replaceAll('\\|', '|'));
}

function alignOf(cell: string): Align {
  const left = cell.startsWith(':');
  const right = cell.endsWith(':');
  if (left && right) return 'center';
  if (right) return 'right';
  if (left) return 'left';
  return null;
}

export function parseMarkdown(source: string): Block[] {
  return parseLines(source.replace(/\r\n?/g, '\n').split('\n'));
}

function parseLines(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const heading = line.match(headingPattern);
    if (heading) {
      blocks.push({ type: 'heading', level: heading[1]!.length, children: parseInline(heading[2]!) });
      i++;
      continue;
    }
    if (fencePattern.test(line)) {
      const fence = line.trim().slice(0, 3);
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trim().startsWith(fence)) body.push(lines[i++]!);
      i++;
      blocks.push({ type: 'code', text: body.join('\n') });
      continue;
    }
    if (rulePattern.test(line)) {
      blocks.push({ type: 'rule' });
      i++;
      continue;
    }
    if (quotePattern.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && quotePattern.test(lines[i]!))
        inner.push(lines[i++]!.match(quotePattern)![1]!);
      blocks.push({ type: 'quote', children: parseLines(inner) });
      continue;
    }
    if (isTableStart(line, lines[i + 1])) {
      const head = tableCells(line);
      const align = tableCells(lines[i + 1]!).map(alignOf);
      i += 2;
      const rows: Inline[][][] = [];
      while (i < lines.length && !isBlank(lines[i]!) && lines[i]!.includes('|')) {
        const cells = tableCells(lines[i++]!);
        rows.push(head.map((_h, c) => parseInline(cells[c] ?? '')));
      }
      blocks.push({ type: 'table', align, head: head.map((cell) => parseInline(cell)), rows });
      continue;
    }
    const bullet = bulletPattern.test(line);
    const ordered = line.match(orderedPattern);
    if (bullet || ordered) {
      const pattern = bullet ? bulletPattern : orderedPattern;
      const base = indentOf(line);
      const items: string[][] = [];
      let contentIndent = base + 2;
      while (i < lines.length) {
        const current = lines[i]!;
        const indent = indentOf(current);
        const item = current.match(pattern);
        if (isBlank(current)) {
          // A blank line ends the list unless the list (or the item) goes on after it.
          const next = lines[i + 1];
          if (
            next !== undefined &&
            !isBlank(next) &&
            (indentOf(next) >= contentIndent || pattern.test(next))
          ) {
            items[items.length - 1]!.push('');
            i++;
          } else break;
        } else if (item && indent < contentIndent) {
          const content = bullet ? item[1]! : item[2]!;
          contentIndent = current.length - content.length;
          items.push([content]);
          i++;
        } else if (indent >= contentIndent) {
          // A nested list or a continued paragraph of this item.
          items[items.length - 1]!.push(current.slice(contentIndent));
          i++;
        } else if (!startsBlock(current, lines[i + 1])) {
          items[items.length - 1]!.push(current.trim());
          i++;
        } else {
          break;
        }
      }
      blocks.push({
        type: 'list',
        ordered: !bullet,
        start: ordered ? Number(ordered[1]) : 1,
        items: items.map((item) => parseLines(item)),
      });
      continue;
    }
    const paragraph: string[] = [line];
    i++;
    while (i < lines.length && !isBlank(lines[i]!) && !startsBlock(lines[i]!, lines[i + 1])) {
      paragraph.push(lines[i++]!);
    }
    blocks.push({ type: 'paragraph', children: parseInline(paragraph.map((l) => l.trim()).join('\n')) });
  }
  return blocks;
}

const escapable = /[\\`*_{}[\]()#+\-.!|>~]/;

/** Only web and mail links; anything else (javascript:, data:) is shown as text. */
/** Plain text as paragraphs (blank lines between them) with its line breaks kept. */
export function parsePlainText(text: string): Block[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => ({
      type: 'paragraph' as const,
      children: p
        .trim()
        .split('\n')
        .flatMap((line, i): Inline[] =>
          i === 0 ? [{ type: 'text', text: line }] : [{ type: 'br' }, { type: 'text', text: line }],
        ),
    }));
}

/** Everything as one line of inline content (paragraphs separated by line breaks), e.g. inside a <label>. */
export function flattenInline(blocks: readonly Block[]): Inline[] {
  const out: Inline[] = [];
  const add = (nodes: Inline[]) => {
    if (out.length > 0) out.push({ type: 'br' });
    out.push(...nodes);
  };
  for (const block of blocks) {
    if (block.type === 'paragraph' || block.type === 'heading') add(block.children);
    else if (block.type === 'quote') add(flattenInline(block.children));
    else if (block.type === 'list') for (const item of block.items) add(flattenInline(item));
    else if (block.type === 'code') add([{ type: 'code', text: block.text }]);
    else if (block.type === 'table') for (const row of [block.head, ...block.rows]) add(row.flat());
  }
  return out;
}

export function safeHref(href: string): string | null {
  const trimmed = href.trim();
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : null;
}

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ type: 'text', text: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length && escapable.test(text[i + 1]!)) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === '\n') {
      flush();
      out.push({ type: 'br' });
      i++;
      continue;
    }
    if (ch === '`') {
      const run = text.slice(i).match(/^`+/)![0];
      const end = text.indexOf(run, i + run.length);
      if (end !== -1) {
        flush();
        out.push({ type: 'code', text: text.slice(i + run.length, end).trim() });
        i = end + run.length;
        continue;
      }
    }
    if (ch === '[') {
      const link = text.slice(i).match(/^\[([^\]]*)\]\(([^)\s]+)\)/);
      if (link) {
        flush();
        const href = safeHref(link[2]!);
        const children = parseInline(link[1]!);
        if (href) out.push({ type: 'link', href, children });
        else out.push(...children);
        i += link[0].length;
        continue;
      }
    }
    if (ch === '*' || ch === '_') {
      const double = text[i + 1] === ch;
      const marker = double ? ch + ch : ch;
      const before = text[i - 1];
      // An underscore inside a word (snake_case) is just an underscore.
      const intraword = ch === '_' && before !== undefined && /\w/.test(before);
      const opensOnText = text[i + marker.length] !== undefined && !/\s/.test(text[i + marker.length]!);
      if (!intraword && opensOnText) {
        const end = findCloser(text, i + marker.length, marker);
        if (end !== -1) {
          flush();
          const children = parseInline(text.slice(i + marker.length, end));
          out.push(double ? { type: 'strong', children } : { type: 'em', children });
          i = end + marker.length;
          continue;
        }
      }
    }
    buffer += ch;
    i++;
  }
  flush();
  return out;
}

/** The closing delimiter: not after white space, and for a single marker not part of a double one. */
function findCloser(text: string, from: number, marker: string): number {
  let at = text.indexOf(marker, from);
  while (at !== -1) {
    const before = text[at - 1];
    const after = text[at + marker.length];
    const closesOnText = before !== undefined && !/\s/.test(before) && at > from;
    const partOfDouble = marker.length === 1 && (after === marker || text[at - 1] === marker);
    const intraword = marker[0] === '_' && after !== undefined && /\w/.test(after);
    if (closesOnText && !partOfDouble && !intraword) return at;
    at = text.indexOf(marker, at + marker.length);
  }
  return -1;
}

/** The text of inline nodes without markup, e.g. for an accessible name. */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'code':
          return node.text;
        case 'br':
          return ' ';
        default:
          return inlineText(node.children);
      }
    })
    .join('');
}

/** The text of blocks without markup, one space between blocks. */
export function blocksText(blocks: readonly Block[]): string {
  return blocks.map(blockText).filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.children);
    case 'quote':
      return blocksText(block.children);
    case 'list':
      return block.items.map(blocksText).join(' ');
    case 'table':
      return [block.head, ...block.rows].map((row) => row.map(inlineText).join(' ')).join(' ');
    case 'code':
      return block.text;
    case 'rule':
      return '';
  }
}
