import { describe, expect, it } from 'vitest';
import { counterAnnouncement, counterMilestone, STEP_WITHOUT_GOAL_CENTS } from './counter.ts';

describe('counterMilestone', () => {
  it('counts tenths of the goal, up to 10 when the goal is reached', () => {
    expect(counterMilestone(0, 100_000)).toBe(0);
    expect(counterMilestone(9_999, 100_000)).toBe(0);
    expect(counterMilestone(10_000, 100_000)).toBe(1);
    expect(counterMilestone(250_000, 100_000)).toBe(10);
  });

  it('counts fixed steps without a goal', () => {
    expect(counterMilestone(STEP_WITHOUT_GOAL_CENTS - 1, null)).toBe(0);
    expect(counterMilestone(STEP_WITHOUT_GOAL_CENTS * 3, null)).toBe(3);
  });
});

describe('counterAnnouncement', () => {
  it('stays quiet while the counter rises within a milestone (every €2 would drown the page)', () => {
    expect(counterAnnouncement(10_000, 10_200, 100_000)).toBeNull();
    expect(counterAnnouncement(200, 400, null)).toBeNull();
  });

  it('announces a new tenth of the goal, and the goal itself once', () => {
    expect(counterAnnouncement(19_800, 20_000, 100_000)).toBe('milestone');
    expect(counterAnnouncement(99_800, 100_000, 100_000)).toBe('goal_reached');
    expect(counterAnnouncement(100_000, 120_000, 100_000)).toBeNull();
  });

  it('announces when the counter falls below a milestone (a cancelled pledge)', () => {
    expect(counterAnnouncement(30_000, 25_000, 100_000)).toBe('milestone');
  });
});
