import { describe, expect, it } from 'vitest';
import { practiceProgress, type SentQuestion } from './progress.ts';

const row = (
  deliveryId: string,
  sentAt: number,
  answered: boolean,
  credit = 1,
  extra: Partial<SentQuestion> = {},
) => ({
  deliveryId,
  sentAt,
  themeId: 't1',
  entryCheck: false,
  answeredAt: answered ? sentAt + 1000 : null,
  credit: answered ? credit : null,
  ...extra,
});

describe('practice progress', () => {
  it('counts answers, right answers, entry check and themes', () => {
    const p = practiceProgress([
      row('d1', 1, true, 1, { entryCheck: true }),
      row('d1', 1, true, 0, { entryCheck: true, themeId: 't2' }),
      row('d1', 1, false, 0, { entryCheck: true, themeId: 't2' }),
      row('d2', 2, true, 0.5),
    ]);
    expect(p).toMatchObject({ sent: 4, answered: 3, correct: 1, entryCheck: { total: 3, answered: 2 } });
    expect(p.themes).toEqual([
      { themeId: 't1', sent: 2, answered: 2, score: 1.5 },
      { themeId: 't2', sent: 2, answered: 1, score: 0 },
    ]);
  });

  it('counts mails answered in a row; a fresh unanswered mail does not break the streak', () => {
    const rows = [row('d1', 1, false), row('d2', 2, true), row('d3', 3, true), row('d4', 4, false)];
    expect(practiceProgress(rows).streak).toBe(2);
    expect(practiceProgress([...rows, row('d5', 5, false)]).streak).toBe(0);
    expect(practiceProgress([]).streak).toBe(0);
  });
});
