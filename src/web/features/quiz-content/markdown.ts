/**
 * A small, safe Markdown reader for question texts: paragraphs, line breaks, headings, lists,
 * quotes, code, **bold**, *italic*, `code` and [links](https://…). It returns a tree that
 * React renders as elements, so nothing in a question can inject HTML or script.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] }
  | { kind: 'break' };

export type Block =
  | { kind: 'paragraph'; children: Inline[] }
  | { kind: 'heading'; level: number; children: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Inline[][] }
  | { kind: 'quote'; children: Inline[] }
  | { kind: 'code'; text: string };

const bulletItem = /^\s*[-*+]\s+(.*)$/;
const numberedItem = /^\s*(\d{1,9})[.)]\s+(.*)$/;
const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const quote = /^\s*>\s?(.*)$/;
const fence = /^\s*(```|~~~)/;

/** Only links people can safely follow from a question: web pages and e-mail addresses. */
export const isSafeHref = (href: string): boolean => /^(https?:\/\/|mailto:)/i.test(href.trim());

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let quoteLines: string[] = [];
  let list: { ordered: boolean; start: number; items: string[] } | null = null;

  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', children: parseInline(paragraph.join('\n')) });
    if (quoteLines.length > 0) blocks.push({ kind: 'quote', children: parseInline(quoteLines.join('\n')) });
    if (list) {
      blocks.push({
        kind: 'list',
        ordered: list.ordered,
        start: list.start,
        items: list.items.map((item) => parseInline(item)),
      });
    }
    paragraph = [];
    quoteLines = [];
    list = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const fenceMatch = fence.exec(line);
    if (fenceMatch) {
      flush();
      const code: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trim().startsWith(fenceMatch[1]!)) code.push(lines[i++]!);
      blocks.push({ kind: 'code', text: code.join('\n') });
      continue;
    }
    const headingMatch = heading.exec(line);
    if (headingMatch) {
      flush();
      blocks.push({
        kind: 'heading',
        level: headingMatch[1]!.length,
        children: parseInline(headingMatch[2]!),
      });
      continue;
    }
    const bullet = bulletItem.exec(line);
    const numbered = bullet ? null : numberedItem.exec(line);
    if (bullet || numbered) {
      const ordered = numbered !== null;
      const current = list as { ordered: boolean; start: number; items: string[] } | null;
      if (!current || current.ordered !== ordered) {
        flush();
        list = { ordered, start: numbered ? Number(numbered[1]) : 1, items: [] };
      }
      list!.items.push(bullet ? bullet[1]! : numbered![2]!);
      continue;
    }
    const quoteMatch = quote.exec(line);
    if (quoteMatch && paragraph.length === 0 && !list) {
      quoteLines.push(quoteMatch[1]!);
      continue;
    }
    if (list) {
      // A line right under a list item continues that item.
      const items = (list as { items: string[] }).items;
      items[items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    if (quoteLines.length > 0) {
      quoteLines.push(line);
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

const escapable = /[\\`*_{}[\]()#+\-.!>~|]/;

/** Bold, italic, code, links and line breaks within one block. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const pushText = () => {
    if (buffer) out.push({ kind: 'text', text: buffer });
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
      pushText();
      out.push({ kind: 'break' });
      i++;
      continue;
    }
    if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        pushText();
        out.push({ kind: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if ((ch === '*' || ch === '_') && text[i + 1] === ch) {
      const delimiter = ch + ch;
      const end = text.indexOf(delimiter, i + 2);
      if (end > i + 2) {
        pushText();
        out.push({ kind: 'strong', children: parseInline(text.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    if ((ch === '*' || ch === '_') && text[i + 1] !== ' ' && text[i + 1] !== undefined) {
      // snake_case and 2*3*4 stay as they are: `_` only opens at a word start.
      const opensHere = ch === '*' || i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1]!);
      const end = findClosing(text, ch, i + 1);
      if (opensHere && end > i + 1) {
        pushText();
        out.push({ kind: 'em', children: parseInline(text.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (ch === '[') {
      const match = /^\[([^\]\n]+)\]\(([^)\s]+)\)/.exec(text.slice(i));
      if (match && isSafeHref(match[2]!)) {
        pushText();
        out.push({ kind: 'link', href: match[2]!, children: parseInline(match[1]!) });
        i += match[0].length;
        continue;
      }
    }
    buffer += ch;
    i++;
  }
  pushText();
  return out;
}

/** The closing single `*` or `_` (not part of a double one, not after a space). */
function findClosing(text: string, ch: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] === '\\') {
      j++;
      continue;
    }
    if (text[j] === '\n') return -1;
    if (text[j] !== ch) continue;
    if (text[j + 1] === ch) {
      j++;
      continue;
    }
    if (text[j - 1] === ' ') continue;
    if (ch === '_' && j + 1 < text.length && /[\p{L}\p{N}]/u.test(text[j + 1]!)) continue;
    return j;
  }
  return -1;
}

/** The text without any mark-up, e.g. for a list cell or a title. */
export function plainTextOf(blocks: Block[]): string {
  const inline = (nodes: Inline[]): string =>
    nodes
      .map((n) =>
        n.kind === 'text' || n.kind === 'code' ? n.text : n.kind === 'break' ? ' ' : inline(n.children),
      )
      .join('');
  return blocks
    .map((b) =>
      b.kind === 'code' ? b.text : b.kind === 'list' ? b.items.map(inline).join(' ') : inline(b.children),
    )
    .join(' ');
}
