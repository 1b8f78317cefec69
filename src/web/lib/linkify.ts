export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// http(s) URLs up to the next white space; closing punctuation is trimmed below.
const urlPattern = /https?:\/\/[^\s<>"]+/g;
const trailing = /[.,;:!?)\]}'’”]+$/;

/**
 * Splits plain text into text and link parts, so mail text can be shown with clickable
 * links without ever rendering it as HTML. Only http and https links become links.
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    const start = match.index;
    let url = match[0];
    const tail = url.match(trailing)?.[0] ?? '';
    // Keep a closing bracket that belongs to the URL itself, e.g. …/wiki/Foo_(bar).
    if (tail && !(tail === ')' && url.includes('('))) url = url.slice(0, url.length - tail.length);
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', text: url, href: url });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
