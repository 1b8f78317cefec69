import { describe, expect, it } from 'vitest';
import { clockOffsetMs } from './api.ts';
import { dropIndex, initialOrder, moveItem, positionsRight } from './ordering.ts';
import {
  announcementThresholds,
  countdownParts,
  crossedThreshold,
  formatClock,
  formatScore,
  secondsLeft,
} from './timing.ts';

describe('server clock', () => {
  it('takes the server time to be the middle of the round trip', () => {
    // Sent at 1000 and answered at 1400 on this device; the server's clock said 5000 in between.
    const server = new Date(5_000).toISOString();
    expect(clockOffsetMs(server, 1000, 1400)).toBe(5000 - 1200);
  });

  it('ignores a broken server time', () => {
    expect(clockOffsetMs('not a date', 0, 10)).toBe(0);
  });
});

describe('countdowns', () => {
  it('splits a duration into days, hours, minutes and seconds, rounding up', () => {
    expect(countdownParts(((2 * 24 + 3) * 3600 + 4 * 60 + 5) * 1000 - 300)).toEqual({
      days: 2,
      hours: 3,
      minutes: 4,
      seconds: 5,
    });
    expect(countdownParts(-5)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 });
  });

  it('shows the question clock as m:ss and reaches 0 only when the time is up', () => {
    expect(formatClock(30_000)).toBe('0:30');
    expect(formatClock(90_500)).toBe('1:31');
    expect(formatClock(100)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(secondsLeft(-20)).toBe(0);
  });
});

describe('timer announcements', () => {
  it('announces 10 s left for normal limits, also 30 s for long ones, nothing for short ones', () => {
    expect(announcementThresholds(30_000)).toEqual([10]);
    expect(announcementThresholds(90_000)).toEqual([30, 10]);
    expect(announcementThresholds(15_000)).toEqual([]);
  });

  it('fires once when the clock passes a threshold, not when a reload starts below it', () => {
    expect(crossedThreshold([10], 11, 10)).toBe(10);
    expect(crossedThreshold([10], 10, 9)).toBeNull();
    expect(crossedThreshold([30, 10], 31, 29)).toBe(30);
    // Came back with 8 s left: the first reading starts at 8.
    expect(crossedThreshold([10], 8, 8)).toBeNull();
  });
});

describe('ordering', () => {
  it('moves an item and keeps the others in order', () => {
    expect(moveItem([0, 1, 2, 3], 0, 2)).toEqual([1, 2, 0, 3]);
    expect(moveItem([0, 1, 2, 3], 3, 0)).toEqual([3, 0, 1, 2]);
    expect(moveItem([0, 1, 2], 0, -1)).toEqual([0, 1, 2]);
    expect(moveItem([0, 1, 2], 2, 5)).toEqual([0, 1, 2]);
  });

  it('drops a dragged item after the middles the pointer has passed', () => {
    const middles = [25, 75, 125, 175];
    expect(dropIndex(middles, 80, 1)).toBe(1);
    expect(dropIndex(middles, 130, 1)).toBe(2);
    expect(dropIndex(middles, 500, 1)).toBe(3);
    expect(dropIndex(middles, 0, 2)).toBe(0);
  });

  it('counts items in the right place', () => {
    expect(positionsRight([2, 0, 1, 3], [2, 1, 0, 3])).toBe(2);
    expect(initialOrder(3)).toEqual([0, 1, 2]);
  });
});

describe('formatScore', () => {
  it('writes halves as ½', () => {
    expect(formatScore(7.5)).toBe('7½');
    expect(formatScore(0.5)).toBe('½');
    expect(formatScore(8)).toBe('8');
  });
});
