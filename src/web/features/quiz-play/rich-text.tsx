// biome-ignore-all lint/suspicious/noArrayIndexKey: a parsed text is rendered once and never reordered, so positions are stable keys.
import { Typography } from '@mantine/core';
import { Fragment, type ReactNode, useMemo } from 'react';
import type { TextFormat } from './api.ts';
import { htmlToBlocks } from './html-content.ts';
import { type Block, flattenInline, type Inline, parseMarkdown, parsePlainText } from './markdown.ts';
import classes from './quiz-play.module.css';

/** Reads a question text in its format into blocks (see markdown.ts and html-content.ts). */
export function toBlocks(text: string, format: TextFormat): Block[] {
  if (format === 'markdown') return parseMarkdown(text);
  if (format === 'html') return typeof DOMParser === 'undefined' ? parsePlainText(text) : htmlToBlocks(text);
  return parsePlainText(text);
}

function renderInline(nodes: readonly Inline[]): ReactNode {
  return nodes.map(inlineNode);
}

function inlineNode(node: Inline, i: number): ReactNode {
  switch (node.type) {
    case 'text':
      return <Fragment key={i}>{node.text}</Fragment>;
    case 'br':
      return <br key={i} />;
    case 'strong':
      return <strong key={i}>{renderInline(node.children)}</strong>;
    case 'em':
      return <em key={i}>{renderInline(node.children)}</em>;
    case 'code':
      return <code key={i}>{node.text}</code>;
    case 'link':
      return (
        <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">
          {renderInline(node.children)}
        </a>
      );
  }
}

/** Real block elements, for explanations and the rules page. `headingOffset` keeps the page's heading order. */
function renderBlocks(blocks: readonly Block[], headingOffset: number): ReactNode {
  return blocks.map((block, i) => blockNode(block, i, headingOffset));
}

function blockNode(block: Block, i: number, headingOffset: number): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return <p key={i}>{renderInline(block.children)}</p>;
    case 'heading': {
      const level = Math.min(6, Math.max(2, block.level + headingOffset));
      const Tag = `h${level}` as 'h2';
      return <Tag key={i}>{renderInline(block.children)}</Tag>;
    }
    case 'quote':
      return <blockquote key={i}>{renderBlocks(block.children, headingOffset)}</blockquote>;
    case 'list': {
      const items = block.items.map((item, j) => <li key={j}>{renderItem(item, headingOffset)}</li>);
      return block.ordered ? (
        <ol key={i} start={block.start === 1 ? undefined : block.start}>
          {items}
        </ol>
      ) : (
        <ul key={i}>{items}</ul>
      );
    }
    case 'table':
      return (
        <div key={i} className={classes.tableScroll}>
          <table>
            <thead>
              <tr>
                {block.head.map((cell, c) => (
                  <th key={c} scope="col" style={{ textAlign: block.align[c] ?? undefined }}>
                    {renderInline(cell)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c} style={{ textAlign: block.align[c] ?? undefined }}>
                      {renderInline(cell)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'code':
      return (
        <pre key={i}>
          <code>{block.text}</code>
        </pre>
      );
    case 'rule':
      return <hr key={i} />;
  }
}

/** A tight list item (one paragraph) without its own <p>, as Markdown renders it. */
function renderItem(item: readonly Block[], headingOffset: number): ReactNode {
  const [first, ...rest] = item;
  if (first?.type === 'paragraph') {
    return (
      <>
        {renderInline(first.children)}
        {renderBlocks(rest, headingOffset)}
      </>
    );
  }
  return renderBlocks(item, headingOffset);
}

/**
 * The same structure with phrasing elements only (spans shown as blocks), for places where
 * HTML allows no block elements, such as a fieldset's <legend>.
 */
function renderPhrasing(blocks: readonly Block[]): ReactNode {
  return blocks.map(phrasingNode);
}

function phrasingNode(block: Block, i: number): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return (
        <span key={i} className={classes.phrasingBlock}>
          {renderInline(block.children)}
        </span>
      );
    case 'heading':
      return (
        <strong key={i} className={classes.phrasingBlock}>
          {renderInline(block.children)}
        </strong>
      );
    case 'quote':
      return (
        <span key={i} className={`${classes.phrasingBlock} ${classes.phrasingQuote}`}>
          {renderPhrasing(block.children)}
        </span>
      );
    case 'list':
      return (
        // biome-ignore lint/a11y/useSemanticElements: a <legend> may only hold phrasing content, so no <ul> here
        <span key={i} role="list" className={`${classes.phrasingBlock} ${classes.phrasingList}`}>
          {block.items.map((item, j) => (
            // biome-ignore lint/a11y/useSemanticElements: see the list above
            <span key={j} role="listitem" className={classes.phrasingBlock}>
              {block.ordered ? `${block.start + j}. ` : '• '}
              {renderPhrasing(item)}
            </span>
          ))}
        </span>
      );
    case 'table':
      return (
        <span key={i} className={classes.phrasingBlock}>
          {[block.head, ...block.rows].map((row, r) => (
            <span key={r} className={classes.phrasingBlock}>
              {row.map((cell, c) => (
                <Fragment key={c}>
                  {c > 0 && ' | '}
                  {renderInline(cell)}
                </Fragment>
              ))}
            </span>
          ))}
        </span>
      );
    case 'code':
      return (
        <code key={i} className={classes.phrasingBlock}>
          {block.text}
        </code>
      );
    case 'rule':
      return null;
  }
}

interface RichTextProps {
  text: string;
  format: TextFormat;
  /**
   * block: paragraphs and lists (explanations, the rules page); phrasing: the same look
   * with spans (inside a <legend>); inline: one run of text (inside a <label>).
   */
  mode?: 'block' | 'phrasing' | 'inline';
  /** Added to Markdown heading levels in block mode (## with offset 0 stays <h2>). */
  headingOffset?: number;
}

/** Shows a question, option or explanation text written in Markdown, HTML or plain text, safely. */
export function RichText({ text, format, mode = 'block', headingOffset = 0 }: RichTextProps) {
  const blocks = useMemo(() => toBlocks(text, format), [text, format]);
  if (mode === 'inline') {
    const single = blocks.length === 1 && blocks[0]!.type === 'paragraph' ? blocks[0]!.children : null;
    return <>{renderInline(single ?? flattenInline(blocks))}</>;
  }
  if (mode === 'phrasing') return <span className={classes.phrasing}>{renderPhrasing(blocks)}</span>;
  return <Typography className={classes.prose}>{renderBlocks(blocks, headingOffset)}</Typography>;
}
