import { describe, expect, it } from 'vitest';
import { addDays, amsterdamDate, type ReminderEdition, remindersDue, teamsToRemind } from './reminders.ts';

const edition: ReminderEdition = {
  status: 'registration',
  registrationClosesOn: '2027-02-26',
  closed: false,
};
const team = (id: string, confirmedCount: number, reminderSentAt: Date | null = null) => ({
  id,
  confirmedCount,
  reminderSentAt,
});
const teams = [
  team('short', 4),
  team('exactly-ten', 10),
  team('big', 25),
  team('empty', 0),
  team('done', 3, new Date()),
];
const ids = (list: { id: string }[]) => list.map((t) => t.id);

describe('which teams get the short-team reminder on a day', () => {
  it('is due from seven days before closing up to the day before', () => {
    expect(remindersDue(edition, '2027-02-18')).toBe(false);
    expect(remindersDue(edition, '2027-02-19')).toBe(true);
    expect(remindersDue(edition, '2027-02-25')).toBe(true);
    expect(remindersDue(edition, '2027-02-26')).toBe(false);
    expect(remindersDue(edition, '2027-03-01')).toBe(false);
  });

  it('counts days across month ends and leap days', () => {
    expect(addDays('2027-03-03', -7)).toBe('2027-02-24');
    expect(addDays('2028-03-03', -7)).toBe('2028-02-25');
    expect(addDays('2026-12-29', 7)).toBe('2027-01-05');
    expect(remindersDue({ ...edition, registrationClosesOn: '2028-03-03' }, '2028-02-25')).toBe(true);
  });

  it('picks the teams below the minimum that were not reminded yet', () => {
    expect(ids(teamsToRemind(edition, teams, '2027-02-19', 10))).toEqual(['short', 'empty']);
    expect(teamsToRemind(edition, teams, '2027-02-18', 10)).toEqual([]);
  });

  it('sends nothing when registration is closed, not open, or has no closing date', () => {
    expect(teamsToRemind({ ...edition, closed: true }, teams, '2027-02-19', 10)).toEqual([]);
    expect(teamsToRemind({ ...edition, status: 'practice' }, teams, '2027-02-19', 10)).toEqual([]);
    expect(teamsToRemind({ ...edition, status: 'draft' }, teams, '2027-02-19', 10)).toEqual([]);
    expect(teamsToRemind({ ...edition, registrationClosesOn: null }, teams, '2027-02-19', 10)).toEqual([]);
  });

  it("uses Amsterdam's calendar date, not UTC's", () => {
    // 23:30 UTC on 18 February is already 19 February in Amsterdam (UTC+1 in winter).
    expect(amsterdamDate(new Date('2027-02-18T23:30:00Z'))).toBe('2027-02-19');
    // 22:30 UTC on 30 June is 00:30 on 1 July in summer time (UTC+2).
    expect(amsterdamDate(new Date('2027-06-30T22:30:00Z'))).toBe('2027-07-01');
    expect(amsterdamDate(new Date('2027-06-30T21:30:00Z'))).toBe('2027-06-30');
  });
});
