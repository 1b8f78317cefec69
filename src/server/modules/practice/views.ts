/** Response schemas of the practice API: what leaves the server, per endpoint. */
import { z } from 'zod';
import { campaignStatuses } from '../../db/schema/index.ts';

const iso = z.iso.datetime();
const subscriptionStatus = z.enum(['active', 'paused', 'stopped']);

export const errorView = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

export const campaignView = z.object({
  id: z.string(),
  editionId: z.string(),
  status: z.enum(campaignStatuses),
  weekdays: z.array(z.number()),
  sendTime: z.string(),
  questionsPerSend: z.number(),
  entryCheckSize: z.number(),
  mailsPerMinute: z.number(),
  practiceStartsOn: z.string().nullable(),
  practiceEndsOn: z.string().nullable(),
  entryCheckDrawn: z.boolean(),
  startedAt: iso.nullable(),
  finishedAt: iso.nullable(),
  lastSendAt: iso.nullable(),
  nextSendAt: iso.nullable(),
  linksExpireAt: iso.nullable(),
});

export const scheduleView = z.object({
  practiceStartsOn: z.string().nullable(),
  practiceEndsOn: z.string().nullable(),
  linksExpireAt: iso.nullable(),
  participants: z.number(),
  practiceQuestions: z.number(),
  minutesPerSend: z.number(),
  entryCheck: z.object({
    size: z.number(),
    drawn: z.boolean(),
    themes: z.array(
      z.object({ themeId: z.string(), titleNl: z.string(), titleEn: z.string(), questions: z.number() }),
    ),
  }),
  sends: z.array(
    z.object({
      at: iso,
      date: z.string(),
      past: z.boolean(),
      kind: z.enum(['entry_check', 'practice']),
      questions: z.number(),
    }),
  ),
});

export const progressView = z.object({
  status: z.enum(campaignStatuses),
  participants: z.number(),
  practising: z.number(),
  mails: z.object({
    scheduled: z.number(),
    planned: z.number(),
    sent: z.number(),
    skipped: z.number(),
    suppressed: z.number(),
    unsubscribed: z.number(),
    delivered: z.number(),
    failed: z.number(),
    entryChecksSent: z.number(),
  }),
  questions: z.object({ sent: z.number(), answered: z.number(), correct: z.number() }),
  bounced: z.number(),
  complaints: z.number(),
  perDay: z.array(z.object({ date: z.string(), sent: z.number(), answered: z.number() })),
  currentSend: z
    .object({
      slotAt: iso,
      total: z.number(),
      sent: z.number(),
      skipped: z.number(),
      remaining: z.number(),
      delivered: z.number(),
      sending: z.boolean(),
      percent: z.number(),
    })
    .nullable(),
  at: iso,
});

export const participationView = z.object({
  campaignStatus: z.enum(campaignStatuses).nullable(),
  teams: z.array(
    z.object({
      teamId: z.string(),
      name: z.string(),
      participants: z.number(),
      practising: z.number(),
      answers: z.number(),
      answersPerPractisingParticipant: z.number(),
      activeLast7Days: z.number(),
      entryCheckCompleted: z.number(),
    }),
  ),
});

const questionView = z.object({
  type: z.enum(['single', 'multiple', 'truefalse', 'ordering']),
  stem: z.string(),
  stemFormat: z.enum(['markdown', 'html', 'plain']),
  imageId: z.string().nullable(),
  /** Relative URL of the image (`/media/:id`), or null. */
  imageUrl: z.string().nullable(),
  /** The image's text alternative (null without an image). */
  imageAlt: z.string().nullable(),
  options: z.array(z.object({ text: z.string() })),
});

const answerView = z.object({
  result: z.enum(['correct', 'partly_correct', 'wrong']),
  credit: z.number(),
  correct: z.boolean(),
  /** Display positions the person chose. */
  chosen: z.union([z.number(), z.array(z.number())]),
  correctOptions: z.array(z.number()),
  explanation: z.string(),
  optionFeedback: z.array(z.string().nullable()),
  answeredAt: iso,
});

export const itemView = z.object({
  itemId: z.string(),
  entryCheck: z.boolean(),
  sentAt: iso.nullable(),
  theme: z.object({ id: z.string(), titleNl: z.string(), titleEn: z.string() }),
  question: questionView,
  /** Null until answered; then the recorded answer with feedback. */
  answer: answerView.nullable(),
});

export const itemResultView = itemView.extend({
  alreadyAnswered: z.boolean(),
  linkOption: z.number().nullable(),
  next: z.object({ itemId: z.string(), token: z.string(), url: z.string() }).nullable(),
  open: z.number(),
});

export const myPracticeView = z.object({
  edition: z.object({ id: z.string(), year: z.number(), name: z.string() }),
  participant: z.boolean(),
  campaign: z
    .object({
      status: z.enum(campaignStatuses),
      practiceStartsOn: z.string().nullable(),
      practiceEndsOn: z.string().nullable(),
      nextSendAt: iso.nullable(),
    })
    .nullable(),
  subscription: z.object({ status: subscriptionStatus, pausedUntil: z.string().nullable() }),
  sent: z.number(),
  answered: z.number(),
  correct: z.number(),
  open: z.number(),
  streak: z.number(),
  entryCheck: z.object({ total: z.number(), answered: z.number() }),
  themes: z.array(
    z.object({
      themeId: z.string(),
      titleNl: z.string(),
      titleEn: z.string(),
      sent: z.number(),
      answered: z.number(),
      score: z.number(),
    }),
  ),
});

export const subscriptionView = z.object({
  edition: z.object({ year: z.number(), name: z.string() }),
  status: subscriptionStatus,
  pausedUntil: z.string().nullable(),
});

export const suppressionView = z.object({
  email: z.string(),
  reason: z.enum(['bounce', 'complaint', 'manual']),
  detail: z.string().nullable(),
  createdAt: iso,
});
