import { describe, expect, it } from 'vitest';
import { heldBackBy } from './subscription.ts';

describe('practice subscription choice', () => {
  it('holds back mail while stopped or paused, up to and including the pause date', () => {
    expect(heldBackBy(undefined, '2027-02-03')).toBeUndefined();
    expect(heldBackBy({ status: 'active', pausedUntil: null }, '2027-02-03')).toBeUndefined();
    expect(heldBackBy({ status: 'stopped', pausedUntil: null }, '2027-02-03')).toBe('stopped');
    expect(heldBackBy({ status: 'paused', pausedUntil: null }, '2027-02-03')).toBe('paused');
    expect(heldBackBy({ status: 'paused', pausedUntil: '2027-02-03' }, '2027-02-03')).toBe('paused');
    expect(heldBackBy({ status: 'paused', pausedUntil: '2027-02-02' }, '2027-02-03')).toBeUndefined();
  });
});
