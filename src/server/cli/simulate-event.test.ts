import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EDITION_YEAR } from '../modules/demo/edition.ts';
import { seedDemo } from '../modules/demo/seed.ts';
import { findEditionByYear } from '../modules/editions/repository.ts';
import { manualClock } from '../modules/results/test-support.ts';
import { createTestApp, loginAs, quizStaffGrant, type TestApp } from '../test/helpers.ts';
import { simulateEvent, simulateEventCommand } from './simulate-event.ts';

describe('simulate-event', () => {
  // The simulated event day is moved to 20 November 2026; "now" is the day after.
  const clock = manualClock('2026-11-21T12:00:00Z');
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    await seedDemo(t.ctx);
  });
  afterAll(() => t.close());

  it('refuses bad arguments', async () => {
    const err: string[] = [];
    const io = { stdout: () => {}, stderr: (s: string) => err.push(s) };
    const never = async () => {
      throw new Error('should not open the database');
    };
    expect(await simulateEventCommand(['--participants', '300'], io, never)).toBe(2);
    expect(await simulateEventCommand(['--edition', '2027', '--event-date', 'morgen'], io, never)).toBe(2);
    expect(err.join('')).toMatch(/Usage: simulate-event --edition YEAR/);
  });

  it('fills the demo edition with an event whose results can be computed and reviewed', async () => {
    const summary = await simulateEvent(t.ctx, {
      year: DEMO_EDITION_YEAR,
      participants: 60,
      seed: 3,
      eventDate: '2026-11-20',
    });
    expect(summary).toMatchObject({ edition: DEMO_EDITION_YEAR, eventDate: '2026-11-20', participants: 60 });
    expect(summary.coreAttempts).toBeGreaterThan(45);
    expect(summary.practiceAnswers).toBeGreaterThan(500);

    const staff = (await loginAs(t, [quizStaffGrant])).cookie;
    const editionId = (await findEditionByYear(t.ctx.db, DEMO_EDITION_YEAR))!.id;
    const review = await t.app.inject({
      url: `/api/results/editions/${editionId}/review`,
      headers: { cookie: staff },
    });
    expect(review.statusCode).toBe(200);
    const { results } = review.json();
    expect(results.counts).toMatchObject({ confirmedParticipants: 60, startedCore: summary.coreAttempts });
    expect(results.employeeByScore.length).toBe(summary.coreAttempts);
    expect(results.learningCurve.calibration.converged).toBe(true);
    expect(results.learningCurve.ranking.length).toBeGreaterThan(20);

    expect(
      await simulateEvent(t.ctx, { year: DEMO_EDITION_YEAR, participants: 20, seed: 3 }).catch(
        (e: Error) => e.message,
      ),
    ).toMatch(/simulated before/);
  });
});
