// The play page's own texts and Markdown reader, shared with the web app so the question
// reads the same before and after its script runs. Both are plain modules (no DOM, no React).
import { EARLY_QUESTION_ID } from '../../../domain/page-data.ts';
import { nl } from '../../../web/features/quiz-play/i18n.ts';
import { en } from '../../../web/features/quiz-play/i18n-en.ts';
import {
  type Block,
  flattenInline,
  type Inline,
  parseMarkdown,
  parsePlainText,
} from '../../../web/features/quiz-play/markdown.ts';

// The current question as plain HTML in the play page, before any JavaScript has arrived
// (docs/performance.md, player page): on a slow phone the participant reads the question and
// chooses an answer about two seconds sooner, while the question's clock is already running.
// The form posts to `POST /quiz/:year/play/answer` when the app's script is not there yet;
// once it is, the app's own form takes over with the same choice (src/web/features/quiz-play/
// early-question.ts) and this element is removed.

export type Locale = 'nl' | 'en';

/** The fields of `GET /api/play/attempts/:id/current` (not done) that the page shows. */
export interface EarlyQuestion {
  attemptId: string;
  module: 'core' | 'manager';
  position: number;
  total: number;
  limitMs: number;
  question: {
    type: 'single' | 'multiple' | 'truefalse' | 'ordering';
    stem: string;
    stemFormat: 'markdown' | 'html' | 'plain';
    imageUrl: string | null;
    imageAlt: string | null;
    options: Array<{ text: string }>;
  };
}

export interface EarlyQuestionInput {
  year: number;
  locale: Locale;
  current: EarlyQuestion;
  /** Idempotency key for the answer, so a form sent twice counts once. */
  key: string;
  /** Number of the question whose answer the form just stored (shown as a notice), if any. */
  savedNumber?: number | undefined;
}

const texts = { nl: nl.play, en: en.play };

const escapeHtml = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** i18next's `{{name}}` interpolation, escaped. */
function say(template: string, values: Record<string, string | number>): string {
  return escapeHtml(template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(values[name] ?? '')));
}

function inline(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeHtml(node.text);
        case 'br':
          return '<br>';
        case 'strong':
          return `<strong>${inline(node.children)}</strong>`;
        case 'em':
          return `<em>${inline(node.children)}</em>`;
        case 'code':
          return `<code>${escapeHtml(node.text)}</code>`;
        case 'link':
          // parseMarkdown keeps only web and mail addresses (safeHref).
          return `<a href="${escapeHtml(node.href)}" target="_blank" rel="noopener noreferrer">${inline(node.children)}</a>`;
      }
      return '';
    })
    .join('');
}

/** The stem with phrasing elements only (a <legend> allows no blocks), as the app's RichText does. */
function phrasing(blocks: readonly Block[]): string {
  return blocks
    .map((block): string => {
      switch (block.type) {
        case 'paragraph':
          return `<span class="wq-block">${inline(block.children)}</span>`;
        case 'heading':
          return `<strong class="wq-block">${inline(block.children)}</strong>`;
        case 'quote':
          return `<span class="wq-block wq-quote">${phrasing(block.children)}</span>`;
        case 'list':
          return `<span class="wq-block" role="list">${block.items
            .map(
              (item, j) =>
                `<span class="wq-block" role="listitem">${block.ordered ? `${block.start + j}. ` : '• '}${phrasing(item)}</span>`,
            )
            .join('')}</span>`;
        case 'table':
          return `<span class="wq-block">${[block.head, ...block.rows]
            .map((row) => `<span class="wq-block">${row.map(inline).join(' | ')}</span>`)
            .join('')}</span>`;
        case 'code':
          return `<code class="wq-block">${escapeHtml(block.text)}</code>`;
        case 'rule':
          return '';
      }
      return '';
    })
    .join('');
}

function toBlocks(text: string, format: 'markdown' | 'plain'): Block[] {
  return format === 'markdown' ? parseMarkdown(text) : parsePlainText(text);
}

/** An option's text on one line (blocks joined by line breaks) for inside a <label>, as the app shows it. */
function optionText(text: string, format: 'markdown' | 'plain'): string {
  return inline(flattenInline(toBlocks(text, format)));
}

const hintKey = { single: 'chooseOne', truefalse: 'trueFalse', multiple: 'chooseAll' } as const;

/**
 * The question form as HTML, or null when the page shows it only with its script: ordering
 * questions (dragging needs the app) and HTML-formatted texts (read safely only by the
 * browser's parser in the app).
 */
export function earlyQuestionHtml(input: EarlyQuestionInput): string | null {
  const { current, locale, year } = input;
  const { question } = current;
  if (question.type === 'ordering' || question.stemFormat === 'html') return null;
  const format = question.stemFormat;
  const t = texts[locale];
  const multiple = question.type === 'multiple';
  const number = current.position + 1;
  const options = question.options
    .map(
      (option, index) =>
        `<label class="wq-option"><input type="${multiple ? 'checkbox' : 'radio'}" name="response" value="${index}"${multiple ? '' : ' required'}><span>${optionText(option.text, format)}</span></label>`,
    )
    .join('');
  const image = question.imageUrl
    ? `<img class="wq-image" src="${escapeHtml(question.imageUrl)}" alt="${escapeHtml(question.imageAlt ?? '')}">`
    : '';
  const saved =
    input.savedNumber !== undefined
      ? `<p class="wq-saved" role="status">${say(t.savedEarly, { number: input.savedNumber })}</p>`
      : '';
  return [
    `<div id="${EARLY_QUESTION_ID}" class="wq" lang="${locale}" data-position="${current.position}">`,
    // The app's header and progress bar, plainly, so the page does not jump when the app takes over.
    '<div class="wq-header">Wegwijs</div>',
    '<main class="wq-main">',
    `<h1 class="wq-title">${escapeHtml(t.module[current.module])}</h1>`,
    `<div class="wq-bar"><div style="width:${Math.round((current.position / Math.max(1, current.total)) * 100)}%"></div></div>`,
    `<p class="wq-progress">${say(t.progress, { answered: current.position, total: current.total })}</p>`,
    saved,
    `<form method="post" action="/quiz/${year}/play/answer">`,
    `<input type="hidden" name="attemptId" value="${escapeHtml(current.attemptId)}">`,
    `<input type="hidden" name="position" value="${current.position}">`,
    `<input type="hidden" name="key" value="${escapeHtml(input.key)}">`,
    multiple ? '<input type="hidden" name="multiple" value="1">' : '',
    `<h2 class="wq-count">${say(t.questionOf, { number, total: current.total })}</h2>`,
    `<p class="wq-time">${say(t.announceTime, { seconds: Math.round(current.limitMs / 1000) })}</p>`,
    '<fieldset class="wq-fieldset" aria-describedby="wq-hint">',
    `<legend class="wq-legend">${phrasing(toBlocks(question.stem, format))}</legend>`,
    image,
    `<p id="wq-hint" class="wq-hint">${escapeHtml(t[hintKey[question.type]])}</p>`,
    `<div class="wq-options">${options}</div>`,
    '</fieldset>',
    `<button type="submit" class="wq-submit">${escapeHtml(t.submit)}</button>`,
    '</form>',
    '</main>',
    '</div>',
  ].join('');
}

/**
 * The few rules the question needs before the app's stylesheet is there, close to the
 * app's look (Mantine's indigo, shade 8; option cards as in quiz-play.module.css). A
 * fixed layer over the app, which renders underneath until it takes over.
 */
export const EARLY_QUESTION_STYLE = `<style>
.wq{position:fixed;inset:0;z-index:1000;overflow:auto;background:#fff;color:#000;font-family:Inter,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;line-height:1.55;-webkit-text-size-adjust:100%}
.wq-header{height:60px;box-sizing:border-box;padding:0 16px 0 56px;border-bottom:1px solid #dee2e6;font-size:1.375rem;font-weight:700;line-height:59px}
.wq-main{max-width:720px;margin:0 auto;padding:16px}
.wq-title{font-size:1.125rem;font-weight:700;line-height:48px;margin:0 0 16px}
.wq-bar{height:12px;border-radius:8px;background:#e9ecef;overflow:hidden}.wq-bar>div{height:100%;background:#3b5bdb}
.wq-progress{font-size:.875rem;color:#5c5f66;margin:4px 0 16px}
.wq-count{font-size:1rem;font-weight:700;color:#5c5f66;margin:0 0 4px}
.wq-time,.wq-hint{color:#5c5f66;margin:0 0 12px}
.wq-saved{background:#e6fcf5;border-radius:8px;padding:8px 12px;margin:0 0 12px}
.wq-fieldset{border:0;margin:0;padding:0;min-width:0}
.wq-legend{display:block;width:100%;padding:0;margin-bottom:10px;font-size:1.125rem;font-weight:600;line-height:1.45}
.wq-block{display:block}.wq-block+.wq-block{margin-top:.6em}
.wq-quote{border-left:4px solid #bac8ff;padding-left:16px;font-style:italic}
.wq-image{display:block;max-width:100%;max-height:min(40vh,24rem);height:auto;margin-bottom:10px}
.wq-options{display:flex;flex-direction:column;gap:10px}
.wq-option{display:flex;align-items:center;gap:16px;min-height:3.25rem;padding:.75rem 16px;border:2px solid #ced4da;border-radius:8px;cursor:pointer;line-height:1.4;box-sizing:border-box}
.wq-option:has(input:checked){border-color:#3b5bdb;background:#edf2ff}
.wq-option input{flex:none;width:1.4rem;height:1.4rem;margin:0;accent-color:#3b5bdb}
.wq-submit{display:block;width:100%;margin-top:20px;min-height:50px;border:0;border-radius:8px;background:#3b5bdb;color:#fff;font:inherit;font-weight:600;font-size:1.125rem;cursor:pointer}
.wq-submit:focus-visible,.wq-option:has(input:focus-visible){outline:3px solid #3b5bdb;outline-offset:2px}
</style>`;
