/** Whitelists what leaves the server about practice campaigns, questions and answers. */
import { nextSlot, periodEndInstant, sendSlots } from '../../../domain/practice/cadence.ts';
import { toDisplayIndex } from '../../../domain/scoring/option-order.ts';
import type { StoredQuestionContent } from '../../db/schema/index.ts';
import { mediaPath } from '../media/urls.ts';
import type { ItemRow } from './delivery-repository.ts';
import { cadenceOf, periodOf } from './planner.ts';
import type { CampaignRow, EditionBrief } from './repository.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentCampaign(c: CampaignRow, edition: EditionBrief, now: Date) {
  const period = periodOf(edition);
  const slots = period ? sendSlots(period, cadenceOf(c)) : [];
  const next = c.status === 'active' || c.status === 'draft' ? nextSlot(slots, now.getTime()) : undefined;
  return {
    id: c.id,
    editionId: c.editionId,
    status: c.status,
    weekdays: c.weekdays,
    sendTime: c.sendTime.slice(0, 5),
    questionsPerSend: c.questionsPerSend,
    entryCheckSize: c.entryCheckSize,
    mailsPerMinute: c.mailsPerMinute,
    practiceStartsOn: edition.practiceStartsOn,
    practiceEndsOn: edition.practiceEndsOn,
    entryCheckDrawn: c.entryCheckQuestionIds !== null,
    startedAt: iso(c.startedAt),
    finishedAt: iso(c.finishedAt),
    lastSendAt: iso(c.lastPlannedSlotAt),
    nextSendAt: next === undefined ? null : new Date(next).toISOString(),
    linksExpireAt: period ? new Date(periodEndInstant(period)).toISOString() : null,
  };
}
export type CampaignView = ReturnType<typeof presentCampaign>;

export interface ThemeRef {
  themeId: string;
  themeNl: string;
  themeEn: string;
}

/** The question as the participant sees it before answering: never which option is right. */
export function presentQuestion(content: StoredQuestionContent, optionOrder: number[]) {
  return {
    type: content.type,
    stem: content.stem,
    stemFormat: content.stemFormat,
    imageId: content.imageId ?? null,
    imageUrl: content.imageId ? mediaPath(content.imageId) : null,
    imageAlt: content.imageId ? (content.imageAlt ?? '') : null,
    options: optionOrder.map((stored) => ({ text: content.options[stored]!.text })),
  };
}

/** The recorded answer with feedback, in display positions (as the person saw the options). */
export function presentAnswer(item: ItemRow, content: StoredQuestionContent) {
  if (!item.answeredAt || item.credit === null || item.response === null) return null;
  const display = (stored: number) => toDisplayIndex(item.optionOrder, stored)!;
  const chosen = Array.isArray(item.response) ? item.response.map(display) : display(item.response);
  const correctOptions =
    content.type === 'ordering'
      ? content.options.map((_o, stored) => display(stored))
      : content.options.flatMap((o, stored) => (o.correct ? [display(stored)] : []));
  const credit = Number(item.credit);
  return {
    result:
      credit === 1 ? ('correct' as const) : credit > 0 ? ('partly_correct' as const) : ('wrong' as const),
    credit,
    correct: credit === 1,
    chosen,
    /** For ordering: the display positions in the right order; otherwise the right options' positions. */
    correctOptions,
    explanation: content.explanation,
    optionFeedback: item.optionOrder.map((stored) => content.options[stored]!.feedback ?? null),
    answeredAt: item.answeredAt.toISOString(),
  };
}

export function presentItem(
  item: ItemRow,
  content: StoredQuestionContent,
  theme: ThemeRef,
  sentAt: Date | null,
) {
  return {
    itemId: item.id,
    entryCheck: item.entryCheck,
    sentAt: iso(sentAt),
    theme: { id: theme.themeId, titleNl: theme.themeNl, titleEn: theme.themeEn },
    question: presentQuestion(content, item.optionOrder),
    answer: presentAnswer(item, content),
  };
}
export type ItemView = ReturnType<typeof presentItem>;
