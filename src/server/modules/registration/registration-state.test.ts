import { describe, expect, it } from 'vitest';
import type { EditionStatus } from '../../db/schema/index.ts';
import { invitationsOpen, registrationState } from './registration-state.ts';

describe('registration state', () => {
  const closedAt = new Date('2027-02-20T10:00:00Z');

  it('is open only in status registration and while staff have not closed it', () => {
    expect(registrationState({ status: 'registration' }, undefined)).toEqual({
      open: true,
      reason: 'open',
      closedAt: null,
    });
    expect(registrationState({ status: 'registration' }, { closedAt: null }).open).toBe(true);
    expect(registrationState({ status: 'registration' }, { closedAt })).toEqual({
      open: false,
      reason: 'closed',
      closedAt,
    });
    expect(registrationState({ status: 'draft' }, undefined).reason).toBe('not_open');
    expect(registrationState({ status: 'practice' }, undefined).reason).toBe('moved_on');
    expect(registrationState({ status: 'archived' }, { closedAt }).reason).toBe('moved_on');
  });

  it('keeps confirming possible until the event', () => {
    expect(
      ['draft', 'registration', 'practice', 'event', 'results'].map((s) =>
        invitationsOpen(s as EditionStatus),
      ),
    ).toEqual([false, true, true, false, false]);
  });
});
