import { describe, expect, it } from 'vitest';
import { cardDue, reviewCard } from './memory.ts';

const DAY = 86_400_000;
const at = Date.parse('2027-02-01T08:40:00Z');

describe('practice memory (FSRS)', () => {
  it('brings a wrong answer back sooner than a right one', () => {
    const wrong = reviewCard(null, 0, at);
    const half = reviewCard(null, 0.5, at);
    const right = reviewCard(null, 1, at);
    expect(cardDue(wrong)).toBeGreaterThan(at);
    expect(cardDue(wrong)).toBeLessThan(cardDue(half));
    expect(cardDue(half)).toBeLessThan(cardDue(right));
    // In days, as the mails go: wrong → the next send, right → a few sends later.
    expect((cardDue(wrong) - at) / DAY).toBe(1);
    expect((cardDue(right) - at) / DAY).toBe(3);
  });

  it('grows the interval after repeated right answers and shrinks it after a lapse', () => {
    const first = reviewCard(null, 1, at);
    const second = reviewCard(first, 1, cardDue(first));
    expect(cardDue(second) - cardDue(first)).toBeGreaterThan(cardDue(first) - at);
    const lapse = reviewCard(second, 0, cardDue(second));
    expect(cardDue(lapse) - cardDue(second)).toBeLessThan(cardDue(second) - cardDue(first));
    expect(lapse.lapses).toBe(1);
    expect(lapse.reps).toBe(3);
  });

  it('round-trips through JSON', () => {
    const card = reviewCard(null, 1, at);
    const again = JSON.parse(JSON.stringify(card));
    expect(reviewCard(again, 0, at + 3 * DAY)).toEqual(reviewCard(card, 0, at + 3 * DAY));
  });
});
