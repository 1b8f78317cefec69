import { describe, expect, it } from 'vitest';
import type { PracticeCandidate } from './entry-check.ts';
import { cardDue, reviewCard } from './memory.ts';
import { type PickInput, pickQuestions } from './pick.ts';

const DAY = 86_400_000;
const monday = Date.parse('2027-02-01T07:30:00Z');
const wednesday = monday + 2 * DAY;

function pool(): PracticeCandidate[] {
  const list: PracticeCandidate[] = [];
  for (let t = 0; t < 3; t++)
    for (let o = 0; o < 2; o++)
      for (let q = 0; q < 2; q++)
        list.push({ id: `q${t}${o}${q}`, themeId: `t${t}`, objectiveId: `t${t}o${o}` });
  return list;
}
const byId = new Map(pool().map((c) => [c.id, c]));
const history = (ids: string[]) => ids.map((id) => ({ questionId: id, ...byId.get(id)! }));

function input(overrides: Partial<PickInput<PracticeCandidate>>): PickInput<PracticeCandidate> {
  return {
    candidates: pool(),
    memories: [],
    pending: new Set(),
    history: [],
    count: 2,
    now: monday,
    seed: 1,
    ...overrides,
  };
}

describe('picking the next practice questions', () => {
  it('asks a wrongly answered question again at the next send, a rightly answered one not yet', () => {
    // Answered on Monday morning: q000 wrong, q100 right.
    const answeredAt = monday + 10 * 60_000;
    const wrong = reviewCard(null, 0, answeredAt);
    const right = reviewCard(null, 1, answeredAt);
    expect(cardDue(wrong)).toBeLessThan(cardDue(right));
    const picks = pickQuestions(
      input({
        memories: [
          { questionId: 'q000', due: cardDue(wrong), lastCredit: 0 },
          { questionId: 'q100', due: cardDue(right), lastCredit: 1 },
        ],
        history: history(['q000', 'q100']),
        now: wednesday,
      }),
    );
    expect(picks.map((p) => [p.question.id, p.reason])).toContainEqual(['q000', 'review']);
    expect(picks.map((p) => p.question.id)).not.toContain('q100');
  });

  it('mixes in a new question, from the least-practised theme and an unseen objective', () => {
    const picks = pickQuestions(
      input({
        memories: [
          { questionId: 'q000', due: monday - 1, lastCredit: 0 },
          { questionId: 'q001', due: monday - 1, lastCredit: 0 },
          { questionId: 'q100', due: monday - 1, lastCredit: 0 },
        ],
        history: history(['q000', 'q001', 'q100', 'q010']),
      }),
    );
    expect(picks.map((p) => p.reason)).toEqual(['review', 'new']);
    // Theme t2 has not been practised at all.
    expect(picks[1]!.question.themeId).toBe('t2');
  });

  it('keeps themes balanced across new questions', () => {
    const picks = pickQuestions(input({ count: 6, seed: 9 }));
    const themes = picks.map((p) => p.question.themeId);
    expect(new Set(themes).size).toBe(3);
    for (const t of ['t0', 't1', 't2']) expect(themes.filter((x) => x === t)).toHaveLength(2);
    // Two per theme, and they are from the theme's two objectives.
    expect(new Set(picks.map((p) => p.question.objectiveId)).size).toBe(6);
  });

  it('never sends a question that is still unanswered, nor one outside the candidates', () => {
    const picks = pickQuestions(
      input({
        candidates: pool().filter((c) => c.themeId !== 't2'),
        pending: new Set(['q000', 'q001', 'q010', 'q011', 'q100']),
        history: history(['q000', 'q001', 'q010', 'q011', 'q100']),
        count: 5,
      }),
    );
    expect(picks.map((p) => p.question.id).sort()).toEqual(['q101', 'q110', 'q111']);
  });

  it('practises ahead with the soonest-due card when nothing is new or due', () => {
    const all = pool().map((c) => c.id);
    const picks = pickQuestions(
      input({
        candidates: pool().slice(0, 2),
        memories: [
          { questionId: 'q000', due: monday + 5 * DAY, lastCredit: 1 },
          { questionId: 'q001', due: monday + 2 * DAY, lastCredit: 1 },
        ],
        history: history(all),
        count: 1,
      }),
    );
    expect(picks).toEqual([{ question: byId.get('q001'), reason: 'ahead' }]);
  });

  it('with one question per send, a due review goes before a new question', () => {
    const picks = pickQuestions(
      input({
        memories: [{ questionId: 'q000', due: monday - 1, lastCredit: 0 }],
        history: history(['q000']),
        count: 1,
      }),
    );
    expect(picks.map((p) => p.question.id)).toEqual(['q000']);
  });
});
