/**
 * The edition the event-day benchmark plays: the demo edition's real questions (a core
 * quiz of `questions` approved questions, the rest retired), an event date of today with a
 * play window that is open now, and `participants` confirmed members in teams of
 * `teamSize`, each with a logged-in session.
 *
 * Runs inside the app process (with the embedded PGlite nothing else can reach the
 * database) and writes through the modules' own code: `createPerson`, the registration
 * repository, the demo edition seed. Sessions are created with better-auth's own session
 * code (`internalAdapter.createSession`) and the cookie is signed exactly as better-auth
 * signs it (HMAC-SHA256 of the token with the session secret, base64), instead of logging
 * 5,000 people in through e-mail links: the log-in itself is not part of the event-day
 * load (people log in before 09:00), and the first request of every player checks that
 * the cookie is accepted.
 */
import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { localToInstant } from '../../src/domain/event-window.ts';
import { questions } from '../../src/server/db/schema/index.ts';
import type { AppContext } from '../../src/server/lib/context.ts';
import { seedDemoEdition } from '../../src/server/modules/demo/edition.ts';
import { updateEdition } from '../../src/server/modules/editions/repository.ts';
import { insertOrganization } from '../../src/server/modules/organizations/repository.ts';
import { createPerson } from '../../src/server/modules/people/service.ts';
import { playableQuestions } from '../../src/server/modules/play/repository.ts';
import { updateQuestion } from '../../src/server/modules/questions/repository.ts';
import { insertMember, insertTeam } from '../../src/server/modules/registration/repository.ts';

export const BENCH_YEAR = 2090;

export interface BenchEditionOptions {
  participants: number;
  /** Core quiz length (approved core questions; the demo content has about 100). */
  questions: number;
  teamSize: number;
}

export interface BenchEdition {
  year: number;
  editionId: string;
  coreQuestions: number;
  /** One Cookie header per participant, in creation order. */
  cookies: string[];
}

/** Today's date in Europe/Amsterdam (YYYY-MM-DD) at `now`. */
function amsterdamDate(now: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(now));
}

/**
 * A play window around `now` on its Amsterdam date: from 00:00 to 23:59. Near midnight
 * (less than `minimumMs` left) the caller must shift its clock; this returns how far.
 */
export function benchWindow(now: number, minimumMs: number): { eventDate: string; clockShiftMs: number } {
  const eventDate = amsterdamDate(now);
  const closes = localToInstant(eventDate, '23:59');
  if (closes - now >= minimumMs) return { eventDate, clockShiftMs: 0 };
  // Pretend it is an hour past the next midnight: the same run, a day with room.
  const next = amsterdamDate(closes + 3_600_000);
  return { eventDate: next, clockShiftMs: localToInstant(next, '01:00') - now };
}

async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  }
  return out;
}

export async function seedBenchEdition(
  ctx: AppContext,
  options: BenchEditionOptions,
  eventDate: string,
  progress: (message: string) => void,
): Promise<BenchEdition> {
  const author = await createPerson(ctx.db, null, {
    email: 'expert@bench.wegwijs.test',
    name: 'Bench Expert',
    locale: 'nl',
    roles: [{ role: 'expert', programme: 'quiz', organizationId: null }],
  });
  const reviewer = await createPerson(ctx.db, null, {
    email: 'reviewer@bench.wegwijs.test',
    name: 'Bench Reviewer',
    locale: 'nl',
    roles: [{ role: 'expert', programme: 'quiz', organizationId: null }],
  });
  const editionId = await seedDemoEdition(ctx, author.id, reviewer.id, {
    year: BENCH_YEAR,
    status: 'registration',
    registrationOpensOn: '2000-01-01',
    registrationClosesOn: eventDate,
    practiceStartsOn: eventDate,
    practiceEndsOn: eventDate,
    eventDate,
  });
  await updateEdition(ctx.db, editionId, { status: 'event', windowStart: '00:00', windowEnd: '23:59' });
  // A quiz of `questions` approved core questions: retire the others (and the manager module).
  const core = (await playableQuestions(ctx.db, editionId, 'core')).sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const q of core.slice(options.questions)) await updateQuestion(ctx.db, q.id, { status: 'retired' });
  await ctx.db.update(questions).set({ status: 'retired' }).where(eq(questions.pool, 'manager'));
  const coreQuestions = Math.min(core.length, options.questions);
  progress(
    `edition ${BENCH_YEAR} with ${coreQuestions} core questions; creating ${options.participants} participants`,
  );

  const teamCount = Math.max(1, Math.ceil(options.participants / options.teamSize));
  const organizationIds: string[] = [];
  const teams: string[] = [];
  for (let t = 0; t < teamCount; t++) {
    // Five teams per organisation: organisations and teams both rank on the live board.
    if (t % 5 === 0) {
      organizationIds.push(
        (await insertOrganization(ctx.db, { name: `Bench Contactcentrum ${t / 5 + 1}` })).id,
      );
    }
    const team = await insertTeam(ctx.db, {
      editionId,
      organizationId: organizationIds.at(-1)!,
      name: `Team ${t + 1}`,
    });
    teams.push(team.id);
  }

  const authContext = await ctx.auth.$context;
  const cookieName = authContext.authCookies.sessionToken.name;
  const secret = authContext.secret;
  const opensAt = localToInstant(eventDate, '00:00');
  const indexes = Array.from({ length: options.participants }, (_v, i) => i);
  const cookies = await inBatches(indexes, 16, async (i) => {
    const person = await createPerson(ctx.db, null, {
      email: `speler${i + 1}@bench.wegwijs.test`,
      name: `Speler ${i + 1}`,
      locale: 'nl',
      jobRole: 'agent',
      roles: [{ role: 'participant', programme: 'quiz', organizationId: null }],
    });
    await insertMember(ctx.db, {
      editionId,
      teamId: teams[i % teams.length]!,
      userId: person.id,
      role: 'agent',
      status: 'confirmed',
      invitedAt: new Date(opensAt - 30 * 86_400_000),
      confirmedAt: new Date(opensAt - 29 * 86_400_000),
    });
    const session = await authContext.internalAdapter.createSession(person.id);
    const signature = createHmac('sha256', secret).update(session.token).digest('base64');
    if ((i + 1) % 1000 === 0) progress(`${i + 1} participants`);
    return `${cookieName}=${encodeURIComponent(`${session.token}.${signature}`)}`;
  });
  return { year: BENCH_YEAR, editionId, coreQuestions, cookies };
}
