import { Anchor, Blockquote, Box, Code, List, Text } from '@mantine/core';
import { Children, type ReactNode } from 'react';
import { type Block, type Inline, isSafeHref, parseMarkdown } from './markdown.ts';
import type { StemFormat } from './types.ts';

/**
 * A question text as participants will see it, in its format. Markdown and HTML become React
 * elements from a short list of safe tags; nothing from the text reaches the page as HTML.
 */
export function RichText({ text, format }: { text: string; format: StemFormat }) {
  if (format === 'markdown') return <>{renderBlocks(parseMarkdown(text))}</>;
  if (format === 'html') return <>{renderHtml(text)}</>;
  return (
    <Text component="div" style={{ whiteSpace: 'pre-wrap' }}>
      {text}
    </Text>
  );
}

// Parsed parts never move, so React's position-based keys from Children.toArray fit them.

function renderInline(nodes: Inline[]): ReactNode {
  return Children.toArray(nodes.map(renderInlineNode));
}

function renderInlineNode(node: Inline): ReactNode {
  switch (node.kind) {
    case 'text':
      return node.text;
    case 'break':
      return <br />;
    case 'strong':
      return <strong>{renderInline(node.children)}</strong>;
    case 'em':
      return <em>{renderInline(node.children)}</em>;
    case 'code':
      return <Code>{node.text}</Code>;
    case 'link':
      return (
        <Anchor href={node.href} target="_blank" rel="noopener noreferrer">
          {renderInline(node.children)}
        </Anchor>
      );
  }
}

function renderListItem(item: Inline[]): ReactNode {
  return <List.Item>{renderInline(item)}</List.Item>;
}

function renderBlocks(blocks: Block[]): ReactNode {
  return Children.toArray(blocks.map(renderBlock));
}

function renderBlock(block: Block): ReactNode {
  switch (block.kind) {
    case 'paragraph':
      return <Text mb="xs">{renderInline(block.children)}</Text>;
    case 'heading':
      // Headings inside a question would break the page's heading order: shown as bold text.
      return (
        <Text fw={700} size={block.level <= 2 ? 'lg' : 'md'} mb="xs">
          {renderInline(block.children)}
        </Text>
      );
    case 'list':
      return (
        <List type={block.ordered ? 'ordered' : 'unordered'} start={block.start} mb="xs" withPadding>
          {Children.toArray(block.items.map(renderListItem))}
        </List>
      );
    case 'quote':
      return (
        <Blockquote p="sm" mb="xs">
          {renderInline(block.children)}
        </Blockquote>
      );
    case 'code':
      return (
        <Code block mb="xs">
          {block.text}
        </Code>
      );
  }
}

const allowedTags = new Set([
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'ul',
  'ol',
  'li',
  'code',
  'pre',
  'blockquote',
  'sub',
  'sup',
  'a',
]);

/** HTML questions (imported from Moodle, say): safe tags are kept, everything else becomes its text. */
function renderHtml(html: string): ReactNode {
  if (typeof DOMParser === 'undefined') return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const walk = (node: Node): ReactNode => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE) return null;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    if (tag === 'script' || tag === 'style') return null;
    const children = Children.toArray(Array.from(element.childNodes).map(walk));
    if (!allowedTags.has(tag)) return <>{children}</>;
    if (tag === 'br') return <br />;
    if (tag === 'a') {
      const href = element.getAttribute('href') ?? '';
      return isSafeHref(href) ? (
        <Anchor href={href} target="_blank" rel="noopener noreferrer">
          {children}
        </Anchor>
      ) : (
        children
      );
    }
    return <Box component={tag as 'p'}>{children}</Box>;
  };
  return Children.toArray(Array.from(doc.body.childNodes).map(walk));
}
