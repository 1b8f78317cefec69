import { describe, expect, it } from 'vitest';
import { drawEntryCheck, type PracticeCandidate } from './entry-check.ts';

/** 5 themes × 6 objectives × 2 questions = 60 practice questions, like the demo edition. */
function pool(themes = 5, objectives = 6, perObjective = 2): PracticeCandidate[] {
  const list: PracticeCandidate[] = [];
  for (let t = 0; t < themes; t++)
    for (let o = 0; o < objectives; o++)
      for (let q = 0; q < perObjective; q++)
        list.push({ id: `q${t}-${o}-${q}`, themeId: `t${t}`, objectiveId: `t${t}-o${o}` });
  return list;
}

const count = (items: PracticeCandidate[], key: (c: PracticeCandidate) => string) => {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
};

describe('entry check draw', () => {
  it('spreads 12 questions over 5 themes as 3/3/2/2/2, each from a different objective', () => {
    const drawn = drawEntryCheck(pool(), 12, 42);
    expect(drawn).toHaveLength(12);
    expect(new Set(drawn.map((d) => d.id)).size).toBe(12);
    expect([...count(drawn, (d) => d.themeId).values()].sort()).toEqual([2, 2, 2, 3, 3]);
    expect(new Set(drawn.map((d) => d.objectiveId)).size).toBe(12);
  });

  it('alternates themes so the mail does not start with three of one theme', () => {
    const drawn = drawEntryCheck(pool(), 10, 7);
    expect(new Set(drawn.slice(0, 5).map((d) => d.themeId)).size).toBe(5);
  });

  it('is reproducible from the seed and differs between seeds', () => {
    expect(drawEntryCheck(pool(), 12, 1)).toEqual(drawEntryCheck(pool(), 12, 1));
    expect(drawEntryCheck(pool(), 12, 1)).not.toEqual(drawEntryCheck(pool(), 12, 2));
  });

  it('returns the whole pool when it is smaller than asked, and keeps uneven themes fair', () => {
    expect(drawEntryCheck(pool(2, 1, 2), 12, 3)).toHaveLength(4);
    const uneven = [...pool(1, 1, 10), ...pool(2, 1, 1).filter((c) => c.themeId === 't1')];
    const drawn = drawEntryCheck(uneven, 4, 5);
    expect(count(drawn, (d) => d.themeId).get('t1')).toBe(1);
  });
});
