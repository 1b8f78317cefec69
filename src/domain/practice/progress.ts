/**
 * A participant's practice figures: answered count, streak and progress per theme.
 * Pure: works on the rows the server loads.
 */

export interface SentQuestion {
  /** The mail (delivery) the question came in. */
  deliveryId: string;
  sentAt: number;
  themeId: string;
  entryCheck: boolean;
  answeredAt: number | null;
  /** 0, 0.5 or 1; null while unanswered. */
  credit: number | null;
}

export interface ThemeProgress {
  themeId: string;
  sent: number;
  answered: number;
  /** Sum of credit (half credit counts half). */
  score: number;
}

export interface PracticeProgress {
  sent: number;
  answered: number;
  correct: number;
  /** Mails in a row, newest first, in which at least one question was answered. */
  streak: number;
  entryCheck: { total: number; answered: number };
  themes: ThemeProgress[];
}

/**
 * The newest mail does not break the streak while it is still unanswered (it may have
 * arrived this morning); any older unanswered mail does.
 */
export function practiceProgress(rows: readonly SentQuestion[]): PracticeProgress {
  const byDelivery = new Map<string, { sentAt: number; answered: boolean }>();
  const themes = new Map<string, ThemeProgress>();
  let answered = 0;
  let correct = 0;
  let entryTotal = 0;
  let entryAnswered = 0;
  for (const r of rows) {
    const isAnswered = r.answeredAt !== null;
    const d = byDelivery.get(r.deliveryId) ?? { sentAt: r.sentAt, answered: false };
    d.answered ||= isAnswered;
    byDelivery.set(r.deliveryId, d);
    const t = themes.get(r.themeId) ?? { themeId: r.themeId, sent: 0, answered: 0, score: 0 };
    t.sent++;
    if (isAnswered) {
      t.answered++;
      t.score += r.credit ?? 0;
      answered++;
      if (r.credit === 1) correct++;
    }
    themes.set(r.themeId, t);
    if (r.entryCheck) {
      entryTotal++;
      if (isAnswered) entryAnswered++;
    }
  }
  const deliveries = [...byDelivery.values()].sort((a, b) => b.sentAt - a.sentAt);
  let streak = 0;
  for (const [i, d] of deliveries.entries()) {
    if (d.answered) streak++;
    else if (i > 0) break;
  }
  return {
    sent: rows.length,
    answered,
    correct,
    streak,
    entryCheck: { total: entryTotal, answered: entryAnswered },
    themes: [...themes.values()],
  };
}
