/**
 * Signals for staff review before results are published (docs/results.md). A flag is
 * never a verdict and changes nothing by itself. Pure: no database.
 */
import type { ReviewFlag } from './results-data.ts';

/** No answer is read, considered and clicked faster than this. */
export const MIN_ANSWER_MS = 1500;
/**
 * Reading floor: characters of the question stem per second. 60 characters a second is
 * about 600 words a minute, well above skimming speed (average silent reading is about
 * 20–25 characters a second), so only answers given before the question could have been
 * read fall under it.
 */
export const READING_CHARS_PER_SECOND = 60;
/** An attempt in which the quiz tab was left this often or more is flagged. */
export const TAB_SWITCH_THRESHOLD = 3;

/** The stem as a reader sees it: markup removed, whitespace collapsed. */
export function readableText(stem: string, format: 'markdown' | 'html' | 'plain'): string {
  let text = stem;
  if (format === 'html') text = text.replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ');
  if (format === 'markdown') {
    text = text
      .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`#>~|]/g, ' ');
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The fastest believable answer time for a question: max(1.5 s, stem length at 60 characters a second). */
export function readingFloorMs(stemCharacters: number): number {
  return Math.max(MIN_ANSWER_MS, Math.round((stemCharacters / READING_CHARS_PER_SECOND) * 1000));
}

export interface FlagInput {
  attemptId: string;
  userId: string;
  module: 'core' | 'manager';
  position: number;
  questionId: string;
  versionId: string;
  /** Epoch ms. */
  servedAtMs: number | null;
  /** Epoch ms. */
  answeredAtMs: number | null;
  credit: number | null;
  late: 'in_time' | 'late' | 'timed_out' | null;
  tabHidden: number;
  excluded: boolean;
}

/**
 * too_fast: an answer that earned credit, in time, faster than the reading floor of its
 * question (wrong answers only cost the person themselves, so they are not flagged).
 * late_answer: an answer that arrived after the limit plus grace (it already counts 0).
 * tab_switches: an attempt in which the tab was left TAB_SWITCH_THRESHOLD times or more.
 */
export function computeFlags(
  answers: readonly FlagInput[],
  stemCharacters: ReadonlyMap<string, number>,
  excludedUserIds: ReadonlySet<string>,
): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  const tabs = new Map<
    string,
    { total: number; userId: string; module: 'core' | 'manager'; excluded: boolean }
  >();
  for (const a of answers) {
    const personExcluded = excludedUserIds.has(a.userId);
    const base = {
      participantId: a.userId,
      attemptId: a.attemptId,
      module: a.module,
      position: a.position,
      questionId: a.questionId,
      tabHidden: null,
      excluded: personExcluded || a.excluded,
    };
    if (a.servedAtMs !== null && a.answeredAtMs !== null && a.late === 'in_time' && (a.credit ?? 0) > 0) {
      const elapsedMs = a.answeredAtMs - a.servedAtMs;
      const floorMs = readingFloorMs(stemCharacters.get(a.versionId) ?? 0);
      if (elapsedMs < floorMs) flags.push({ ...base, kind: 'too_fast', elapsedMs, floorMs });
    }
    if (a.late === 'late') flags.push({ ...base, kind: 'late_answer', elapsedMs: null, floorMs: null });
    const tab = tabs.get(a.attemptId) ?? {
      total: 0,
      userId: a.userId,
      module: a.module,
      excluded: personExcluded,
    };
    tab.total += a.tabHidden;
    tabs.set(a.attemptId, tab);
  }
  for (const [attemptId, tab] of tabs) {
    if (tab.total < TAB_SWITCH_THRESHOLD) continue;
    flags.push({
      kind: 'tab_switches',
      participantId: tab.userId,
      attemptId,
      module: tab.module,
      position: null,
      questionId: null,
      elapsedMs: null,
      floorMs: null,
      tabHidden: tab.total,
      excluded: tab.excluded,
    });
  }
  return flags;
}
