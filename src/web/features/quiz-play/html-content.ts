import { type Block, type Inline, safeHref } from './markdown.ts';

/**
 * Reads expert-written HTML into the same tree as Markdown, keeping only harmless
 * structure (paragraphs, emphasis, lists, quotes, tables, links to web and mail
 * addresses). Scripts, styles, attributes and everything else are dropped, so nothing
 * from the HTML runs or escapes the page's design. Browser only (uses DOMParser).
 */
export function htmlToBlocks(html: string): Block[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return blocksOf(doc.body.childNodes);
}

const dropped = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'NOSCRIPT',
  'SVG',
  'MATH',
]);
const blockTags = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'TABLE',
  'PRE',
  'HR',
]);

function blocksOf(nodes: NodeListOf<ChildNode> | ChildNode[]): Block[] {
  const blocks: Block[] = [];
  let loose: Inline[] = [];
  const flush = () => {
    if (loose.some((n) => n.type !== 'text' || n.text.trim() !== ''))
      blocks.push({ type: 'paragraph', children: loose });
    loose = [];
  };
  for (const node of Array.from(nodes)) {
    if (node.nodeType === Node.ELEMENT_NODE && blockTags.has((node as Element).tagName)) {
      flush();
      blocks.push(...blockOf(node as Element));
    } else {
      loose.push(...inlinesOf([node]));
    }
  }
  flush();
  return blocks;
}

function blockOf(element: Element): Block[] {
  const tag = element.tagName;
  if (/^H[1-6]$/.test(tag)) {
    return [{ type: 'heading', level: Number(tag[1]), children: inlinesOf(element.childNodes) }];
  }
  switch (tag) {
    case 'BLOCKQUOTE':
      return [{ type: 'quote', children: blocksOf(element.childNodes) }];
    case 'UL':
    case 'OL':
      return [
        {
          type: 'list',
          ordered: tag === 'OL',
          start: Number(element.getAttribute('start')) || 1,
          items: Array.from(element.children)
            .filter((child) => child.tagName === 'LI')
            .map((li) => blocksOf(li.childNodes)),
        },
      ];
    case 'TABLE': {
      const rows = Array.from(element.querySelectorAll('tr'));
      const cells = (row: Element) =>
        Array.from(row.children)
          .filter((c) => c.tagName === 'TD' || c.tagName === 'TH')
          .map((c) => inlinesOf(c.childNodes));
      const [first, ...rest] = rows;
      if (!first) return [];
      const head = cells(first);
      return [{ type: 'table', align: head.map(() => null), head, rows: rest.map(cells) }];
    }
    case 'PRE':
      return [{ type: 'code', text: element.textContent ?? '' }];
    case 'HR':
      return [{ type: 'rule' }];
    case 'P':
      return [{ type: 'paragraph', children: inlinesOf(element.childNodes) }];
    default:
      return blocksOf(element.childNodes);
  }
}

function inlinesOf(nodes: NodeListOf<ChildNode> | ChildNode[]): Inline[] {
  const out: Inline[] = [];
  for (const node of Array.from(nodes)) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ');
      if (text) out.push({ type: 'text', text });
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    if (dropped.has(element.tagName.toUpperCase())) continue;
    const children = () => inlinesOf(element.childNodes);
    switch (element.tagName) {
      case 'BR':
        out.push({ type: 'br' });
        break;
      case 'STRONG':
      case 'B':
        out.push({ type: 'strong', children: children() });
        break;
      case 'EM':
      case 'I':
        out.push({ type: 'em', children: children() });
        break;
      case 'CODE':
        out.push({ type: 'code', text: element.textContent ?? '' });
        break;
      case 'A': {
        const href = safeHref(element.getAttribute('href') ?? '');
        out.push(...(href ? [{ type: 'link' as const, href, children: children() }] : children()));
        break;
      }
      default:
        out.push(...children());
    }
  }
  return out;
}
