/** What the practice API answers (src/server/modules/practice/views.ts), as the web app uses it. */

export type QuestionType = 'single' | 'multiple' | 'truefalse' | 'ordering';
export type TextFormat = 'markdown' | 'html' | 'plain';
/** Display positions: one option, or a list (multiple response, ordering). */
export type AnswerResponse = number | number[];

export type CampaignStatus = 'draft' | 'active' | 'paused' | 'finished';
export type SubscriptionStatus = 'active' | 'paused' | 'stopped';
export type AnswerResult = 'correct' | 'partly_correct' | 'wrong';

export interface PracticeQuestion {
  type: QuestionType;
  stem: string;
  stemFormat: TextFormat;
  imageId: string | null;
  /** `/media/:id`, or null without an image. */
  imageUrl: string | null;
  /** The image's text alternative (null without an image). */
  imageAlt: string | null;
  options: Array<{ text: string }>;
}

export interface RecordedAnswer {
  result: AnswerResult;
  credit: number;
  correct: boolean;
  /** Display positions the person chose (ordering: their order). */
  chosen: AnswerResponse;
  /** Ordering: the display positions in the right order; otherwise the right options' positions. */
  correctOptions: number[];
  explanation: string;
  optionFeedback: Array<string | null>;
  answeredAt: string;
}

export interface ThemeRef {
  id: string;
  titleNl: string;
  titleEn: string;
}

export interface PracticeItem {
  itemId: string;
  entryCheck: boolean;
  sentAt: string | null;
  theme: ThemeRef;
  question: PracticeQuestion;
  /** Null until answered. */
  answer: RecordedAnswer | null;
}

export interface NextQuestion {
  itemId: string;
  /** A signed link without an option: opens the question on the answer page. */
  token: string;
  url: string;
}

export interface PracticeItemResult extends PracticeItem {
  /** This request recorded nothing: the question had been answered before. */
  alreadyAnswered: boolean;
  /** The option a one-click link stands for (display position). */
  linkOption: number | null;
  next: NextQuestion | null;
  /** The person's unanswered questions left. */
  open: number;
}

export interface Subscription {
  edition: { year: number; name: string };
  status: SubscriptionStatus;
  /** YYYY-MM-DD, inclusive; only with `paused`. */
  pausedUntil: string | null;
}

export interface SubscriptionChoice {
  status: SubscriptionStatus;
  pausedUntil?: string | null;
}

export interface ThemeProgress {
  themeId: string;
  titleNl: string;
  titleEn: string;
  sent: number;
  answered: number;
  /** Sum of credit (half right counts half). */
  score: number;
}

export interface MyPractice {
  edition: { id: string; year: number; name: string };
  participant: boolean;
  campaign: {
    status: CampaignStatus;
    practiceStartsOn: string | null;
    practiceEndsOn: string | null;
    nextSendAt: string | null;
  } | null;
  subscription: { status: SubscriptionStatus; pausedUntil: string | null };
  sent: number;
  answered: number;
  correct: number;
  open: number;
  streak: number;
  entryCheck: { total: number; answered: number };
  themes: ThemeProgress[];
}

export interface Campaign {
  id: string;
  editionId: string;
  status: CampaignStatus;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  /** HH:MM, Amsterdam time. */
  sendTime: string;
  questionsPerSend: number;
  entryCheckSize: number;
  mailsPerMinute: number;
  practiceStartsOn: string | null;
  practiceEndsOn: string | null;
  entryCheckDrawn: boolean;
  startedAt: string | null;
  finishedAt: string | null;
  lastSendAt: string | null;
  nextSendAt: string | null;
  linksExpireAt: string | null;
}

export interface CampaignSettings {
  weekdays: number[];
  sendTime: string;
  questionsPerSend: number;
  entryCheckSize: number;
  mailsPerMinute: number;
}

export interface ScheduledSend {
  at: string;
  date: string;
  past: boolean;
  kind: 'entry_check' | 'practice';
  questions: number;
}

export interface Schedule {
  practiceStartsOn: string | null;
  practiceEndsOn: string | null;
  linksExpireAt: string | null;
  participants: number;
  practiceQuestions: number;
  minutesPerSend: number;
  entryCheck: {
    size: number;
    drawn: boolean;
    themes: Array<{ themeId: string; titleNl: string; titleEn: string; questions: number }>;
  };
  sends: ScheduledSend[];
}

export interface CurrentSend {
  slotAt: string;
  total: number;
  sent: number;
  skipped: number;
  remaining: number;
  delivered: number;
  sending: boolean;
  percent: number;
}

export interface CampaignProgress {
  status: CampaignStatus;
  participants: number;
  practising: number;
  mails: {
    scheduled: number;
    planned: number;
    sent: number;
    skipped: number;
    suppressed: number;
    unsubscribed: number;
    delivered: number;
    failed: number;
    entryChecksSent: number;
  };
  questions: { sent: number; answered: number; correct: number };
  bounced: number;
  complaints: number;
  perDay: Array<{ date: string; sent: number; answered: number }>;
  currentSend: CurrentSend | null;
  at: string;
}

export interface TeamParticipation {
  teamId: string;
  name: string;
  participants: number;
  practising: number;
  answers: number;
  answersPerPractisingParticipant: number;
  activeLast7Days: number;
  entryCheckCompleted: number;
}

export interface Participation {
  campaignStatus: CampaignStatus | null;
  teams: TeamParticipation[];
}

export type SuppressionReason = 'bounce' | 'complaint' | 'manual';

export interface Suppression {
  email: string;
  reason: SuppressionReason;
  detail: string | null;
  createdAt: string;
}
