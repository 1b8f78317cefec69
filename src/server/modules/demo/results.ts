import { simulateEvent } from '../../cli/simulate-event.ts';
import type { AppContext } from '../../lib/context.ts';
import type { Principal } from '../../lib/principal.ts';
import { computeSnapshot, freezeSnapshot, publishResults } from '../results/publication-service.ts';
import { type DemoCalendar, seedDemoEdition } from './edition.ts';

/** Last year's edition: played, reviewed and published, so a newcomer sees results at once. */
export const DEMO_RESULTS_YEAR = 2026;
/** Small enough to seed in a few seconds on the embedded database, big enough for every award. */
export const DEMO_RESULTS_PARTICIPANTS = 80;

const calendar: DemoCalendar = {
  year: DEMO_RESULTS_YEAR,
  status: 'results',
  registrationOpensOn: '2025-11-03',
  registrationClosesOn: '2026-02-27',
  practiceStartsOn: '2026-02-02',
  practiceEndsOn: '2026-03-11',
  eventDate: '2026-03-12',
};

interface DemoResultsPeople {
  staff: Principal;
  authorId: string;
  reviewerId: string;
  /** The demo participant plays in the first team of the demo organisation. */
  participantId: string;
  organizationId: string;
}

/**
 * The demo's past edition: the same content as the current one, a simulated event day
 * (`simulateEvent`, fixed seed, so every fresh database gets the same results) in which
 * the demo organisation and the demo participant took part, and published results: the
 * public results page, the leaderboard and the reports have real data out of the box.
 * Computed, frozen and published through the publication service, so it is audited as
 * if the demo staff member did it.
 */
export async function seedDemoResults(ctx: AppContext, people: DemoResultsPeople): Promise<string> {
  const editionId = await seedDemoEdition(ctx, people.authorId, people.reviewerId, calendar);
  await simulateEvent(ctx, {
    year: DEMO_RESULTS_YEAR,
    participants: DEMO_RESULTS_PARTICIPANTS,
    seed: DEMO_RESULTS_YEAR,
    organizationId: people.organizationId,
    members: [{ userId: people.participantId, role: 'agent' }],
  });
  const snapshot = await computeSnapshot(ctx, people.staff, editionId, {});
  await freezeSnapshot(ctx, people.staff, editionId, snapshot.id);
  await publishResults(ctx, people.staff, editionId);
  return editionId;
}
