/**
 * `npm run wegwijs -- simulate-event --edition YEAR [--participants 300] [--seed N] [--event-date YYYY-MM-DD]`
 *
 * Fills an edition with a plausible, reproducible event for demos and for checking the
 * results end to end: companies with teams (some below the minimum of 10 players),
 * confirmed participants (agents, team leaders, managers) with display choices and a few
 * extra-time accommodations, practice answers (entry check and practice mails) before
 * the event, and event-day attempts whose answers follow a Rasch model: each person has
 * an ability, each question a difficulty, and about one in six people learned between the
 * baseline and the event day. A handful of suspiciously fast answers and tab switches
 * give the staff review something to look at.
 *
 * Records are written through the modules' repositories in bulk (playing hundreds of
 * quizzes through the HTTP API would take many minutes); scoring uses the same domain
 * functions as the play module. `--event-date` first moves the edition's whole calendar
 * so the event falls on that date (e.g. yesterday, so the results can be reviewed now).
 */
import { parseArgs } from 'node:util';
import { playWindow } from '../../domain/event-window.ts';
import { normalSample } from '../../domain/psychometrics/simulate.ts';
import type { Difficulty, QuestionContent } from '../../domain/questions/model.ts';
import { mulberry32, type Random, randomInt, seedFromString, shuffle } from '../../domain/random.ts';
import { buildAttemptOrder } from '../../domain/scoring/attempt-order.ts';
import { type AnswerResponse, evaluateAnswer } from '../../domain/scoring/evaluate.ts';
import { shuffleOptions } from '../../domain/scoring/option-order.ts';
import { pointsForAnswer } from '../../domain/scoring/points.ts';
import type { CliIo } from '../cli.ts';
import type { attemptQuestions } from '../db/schema/index.ts';
import { recordAudit } from '../lib/audit.ts';
import type { AppContext } from '../lib/context.ts';
import { type EditionRow, findEditionByYear, updateEdition } from '../modules/editions/repository.ts';
import { insertOrganization } from '../modules/organizations/repository.ts';
import { findUserByEmail } from '../modules/people/repository.ts';
import { createPerson } from '../modules/people/service.ts';
import * as play from '../modules/play/repository.ts';
import * as practiceDeliveries from '../modules/practice/delivery-repository.ts';
import * as practice from '../modules/practice/repository.ts';
import { insertMember, insertTeam } from '../modules/registration/repository.ts';

export interface SimulationOptions {
  year: number;
  participants: number;
  seed: number;
  /** Move the edition's calendar so the event day is this date (YYYY-MM-DD). */
  eventDate?: string | undefined;
  /** An existing organisation that plays as the first company (the demo data uses its own). */
  organizationId?: string | undefined;
  /**
   * Existing people who are the first members of the first team (counted in `participants`);
   * they always play.
   */
  members?: Array<{ userId: string; role: 'agent' | 'team_leader' | 'manager' }> | undefined;
}

export interface SimulationSummary {
  edition: number;
  eventDate: string;
  organizations: number;
  teams: number;
  participants: number;
  coreAttempts: number;
  managerAttempts: number;
  answers: number;
  practiceAnswers: number;
  learners: number;
}

const COMPANIES = [
  'Klantenservice Zuid',
  'Contactcentrum Utrecht',
  'ServiceLijn',
  'Hallo Energie',
  'Bel & Co',
  'Zorgverzekeraar Midden',
  'Telecom Noord',
  'Webwinkel Direct',
  'Gemeentelijk Klantcontact',
  'Reisbureau Zon',
  'Bank aan de Maas',
  'Woonstichting Oost',
];
const FIRST_NAMES = [
  'Anna',
  'Daan',
  'Sanne',
  'Bram',
  'Fatima',
  'Mohammed',
  'Lotte',
  'Jeroen',
  'Emma',
  'Sem',
  'Julia',
  'Thijs',
  'Noor',
  'Ruben',
  'Eva',
  'Milan',
  'Sara',
  'Luuk',
  'Iris',
  'Kevin',
  'Zoë',
  'Mehmet',
  'Fleur',
  'Joris',
  'Yasmin',
  'Niels',
  'Ilse',
  'Stijn',
  'Chantal',
  'Rik',
  'IJsbrand',
  'Anouk',
  'Hüseyin',
  'Mila',
  'Jesse',
];
const SURNAMES = [
  'de Vries',
  'Jansen',
  'van der Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Yılmaz',
  'El Amrani',
  'van Dijk',
  'Kok',
  'Jacobs',
  "van 't Hek",
  'Willems',
  'Koster',
  'Prins',
  'Huisman',
  'Kaya',
];
const TEAM_NAMES = [
  'Klantenservice',
  'Sales',
  'Social media',
  'Backoffice',
  'Nachtdienst',
  'Chat',
  'Retentie',
];

/** Difficulty in logits from the expert's label, with some spread. */
const LABEL_DIFFICULTY: Record<Difficulty, number> = { easy: -1, medium: 0, hard: 1 };
const pRight = (theta: number, b: number) => 1 / (1 + Math.exp(b - theta));

/** A stored response that is right, or a plausible wrong one (one mistake for multiple choice when `half`). */
function responseFor(
  content: QuestionContent | Omit<QuestionContent, 'themeTitle' | 'objectiveTitle'>,
  right: boolean,
  half: boolean,
  random: Random,
): AnswerResponse {
  const n = content.options.length;
  const correct = content.options.flatMap((o, i) => (o.correct ? [i] : []));
  if (content.type === 'ordering') {
    const order = Array.from({ length: n }, (_, i) => i);
    if (!right) {
      const i = randomInt(random, n - 1);
      [order[i], order[i + 1]] = [order[i + 1]!, order[i]!];
    }
    return order;
  }
  if (content.type === 'multiple') {
    if (right) return correct;
    const wrong = Array.from({ length: n }, (_, i) => i).filter((i) => !correct.includes(i));
    if (half && correct.length > 1) return correct.slice(1);
    return [...correct.slice(1), ...(wrong.length > 0 ? [wrong[randomInt(random, wrong.length)]!] : [])];
  }
  if (right) return correct[0]!;
  const wrong = Array.from({ length: n }, (_, i) => i).filter((i) => !correct.includes(i));
  return wrong[randomInt(random, wrong.length)] ?? 0;
}

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Moves every date of the edition's calendar by the same number of days. */
async function moveCalendar(ctx: AppContext, edition: EditionRow, eventDate: string): Promise<EditionRow> {
  const days = Math.round(
    (Date.parse(`${eventDate}T12:00:00Z`) - Date.parse(`${edition.eventDate}T12:00:00Z`)) / 86_400_000,
  );
  if (days === 0) return edition;
  const shift = (d: string | null) => (d ? addDays(d, days) : null);
  return ctx.db.transaction(async (tx) => {
    const row = await updateEdition(tx, edition.id, {
      registrationOpensOn: shift(edition.registrationOpensOn),
      registrationClosesOn: shift(edition.registrationClosesOn),
      practiceStartsOn: shift(edition.practiceStartsOn),
      practiceEndsOn: shift(edition.practiceEndsOn),
      eventDate,
    });
    await recordAudit(tx, {
      actorId: null,
      action: 'edition.calendar_moved_for_simulation',
      entityType: 'edition',
      entityId: edition.id,
      details: { from: edition.eventDate, to: eventDate, days },
    });
    return row!;
  });
}

export async function simulateEvent(ctx: AppContext, options: SimulationOptions): Promise<SimulationSummary> {
  let edition = await findEditionByYear(ctx.db, options.year);
  if (!edition) throw new Error(`There is no edition ${options.year}.`);
  if (!edition.eventDate) throw new Error(`Edition ${options.year} has no event date.`);
  const slug = `sim${options.seed}`;
  if (await findUserByEmail(ctx.db, `deelnemer1@${slug}.wegwijs.demo`)) {
    throw new Error(`Seed ${options.seed} was simulated before in this database; choose another --seed.`);
  }
  if (options.eventDate) edition = await moveCalendar(ctx, edition, options.eventDate);
  const eventDate = edition.eventDate!;
  // Sorted, so a seed gives the same event for the same database.
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => (a.id < b.id ? -1 : 1));
  const core = byId(await play.playableQuestions(ctx.db, edition.id, 'core'));
  const manager = byId(await play.playableQuestions(ctx.db, edition.id, 'manager'));
  const practicePool = byId(await practice.practiceCandidates(ctx.db, edition.id));
  if (core.length === 0) throw new Error(`Edition ${options.year} has no approved core questions.`);
  const random = mulberry32(options.seed);
  const window = playWindow(eventDate, edition.windowStart.slice(0, 5), edition.windowEnd.slice(0, 5));
  const difficulty = new Map<string, number>();
  for (const q of [...core, ...manager, ...practicePool]) {
    difficulty.set(q.id, LABEL_DIFFICULTY[q.content.difficulty] + normalSample(random, 1, 0, 0.5)[0]!);
  }

  // Companies and teams: sizes vary so that some teams stay below the minimum of 10 players.
  const companyCount = Math.max(3, Math.min(COMPANIES.length, Math.round(options.participants / 30)));
  const teams: Array<{ id: string; size: number }> = [];
  let remaining = options.participants;
  for (let c = 0; c < companyCount && remaining > 0; c++) {
    const organization =
      c === 0 && options.organizationId
        ? { id: options.organizationId }
        : await insertOrganization(ctx.db, { name: `${COMPANIES[c]} (simulatie ${options.seed})` });
    const teamCount = 1 + randomInt(random, 3);
    for (let k = 0; k < teamCount && remaining > 0; k++) {
      const last = c === companyCount - 1 && k === teamCount - 1;
      const size = last ? remaining : Math.min(remaining, 7 + randomInt(random, 22));
      const team = await insertTeam(ctx.db, {
        editionId: edition.id,
        organizationId: organization.id,
        name: TEAM_NAMES[k % TEAM_NAMES.length]!,
      });
      teams.push({ id: team.id, size });
      remaining -= size;
    }
  }

  // People: ability, growth, role, display choice, accommodation.
  interface Person {
    id: string;
    role: 'agent' | 'team_leader' | 'manager';
    theta: number;
    gain: number;
    factor: number;
    cheat: boolean;
    /** One of `options.members`: always shows up, so a demo always has their results. */
    given: boolean;
  }
  const people: Person[] = [];
  const existing = [...(options.members ?? [])];
  let index = 0;
  for (const team of teams) {
    for (let m = 0; m < team.size; m++) {
      const draw = random();
      const name = `${FIRST_NAMES[randomInt(random, FIRST_NAMES.length)]} ${SURNAMES[randomInt(random, SURNAMES.length)]}`;
      const locale = random() < 0.9 ? 'nl' : 'en';
      const given = existing.shift();
      const role = given?.role ?? (draw < 0.1 ? 'manager' : draw < 0.2 ? 'team_leader' : 'agent');
      const person = given
        ? { id: given.userId }
        : await createPerson(ctx.db, null, {
            email: `deelnemer${++index}@${slug}.wegwijs.demo`,
            name,
            locale,
            jobRole: role,
            roles: [{ role: 'participant', programme: 'quiz', organizationId: null }],
          });
      await insertMember(ctx.db, {
        editionId: edition.id,
        teamId: team.id,
        userId: person.id,
        role,
        status: 'confirmed',
        invitedAt: new Date(window.opensAt - 30 * 86_400_000),
        confirmedAt: new Date(window.opensAt - 29 * 86_400_000),
      });
      const display = random();
      if (display < 0.3) await play.setLeaderboardPreference(ctx.db, edition.id, person.id, 'full');
      else if (display < 0.4) await play.setLeaderboardPreference(ctx.db, edition.id, person.id, 'hidden');
      const factor = random() < 0.03 ? 1.5 : 1;
      if (factor > 1) {
        await play.upsertAccommodation(ctx.db, {
          editionId: edition.id,
          userId: person.id,
          extraTimeFactor: factor,
          note: 'simulatie: dyslexie',
          grantedBy: null,
        });
      }
      const learner = random() < 0.16;
      people.push({
        id: person.id,
        role,
        theta: normalSample(random, 1, learner ? -0.6 : 0, 1)[0]!,
        gain: learner ? 0.8 + random() : 0,
        factor,
        cheat: random() < 0.01,
        given: given !== undefined,
      });
    }
  }

  // Practice before the event: an entry check of 12 questions, then two questions per mail.
  let practiceAnswers = 0;
  if (practicePool.length > 0) {
    const campaign =
      (await practice.findCampaignOfEdition(ctx.db, edition.id)) ??
      (await practice.insertCampaign(ctx.db, {
        editionId: edition.id,
        status: 'finished',
        weekdays: [2, 4],
        startedAt: new Date(window.opensAt - 28 * 86_400_000),
        finishedAt: new Date(window.opensAt - 86_400_000),
      }));
    const entryCheck = shuffle(practicePool, mulberry32(seedFromString(`${slug}:entry`))).slice(0, 12);
    for (const person of people) {
      if (random() < 0.15) continue; // never practised
      const mails: Array<{ at: number; questions: typeof practicePool; entry: boolean }> = [
        { at: window.opensAt - 27 * 86_400_000, questions: entryCheck, entry: true },
      ];
      const rest = shuffle(
        practicePool.filter((q) => !entryCheck.includes(q)),
        random,
      );
      for (let mail = 0; mail < 10 && rest.length > 0; mail++) {
        mails.push({
          at: window.opensAt - (25 - mail * 2.4) * 86_400_000,
          questions: rest.splice(0, 2),
          entry: false,
        });
      }
      const diligence = 0.4 + 0.6 * random();
      for (const mail of mails) {
        if (!mail.entry && random() > diligence) continue;
        const [delivery] = await practiceDeliveries.insertDeliveries(ctx.db, [
          {
            campaignId: campaign.id,
            userId: person.id,
            slotAt: new Date(mail.at),
            kind: mail.entry ? 'entry_check' : 'practice',
            status: 'sent',
            sentAt: new Date(mail.at),
          },
        ]);
        if (!delivery) continue;
        // Growth happens gradually over the practice weeks; the baseline is early.
        const progress = (mail.at - (window.opensAt - 27 * 86_400_000)) / (27 * 86_400_000);
        const theta = person.theta + person.gain * progress * 0.5;
        await practiceDeliveries.insertItems(
          ctx.db,
          mail.questions.map((q, position) => {
            const right = random() < pRight(theta, difficulty.get(q.id)!);
            const response = responseFor(q.content, right, random() < 0.5, random);
            const evaluation = evaluateAnswer(q.content, response);
            const answeredAt = new Date(mail.at + (10 + randomInt(random, 600)) * 60_000);
            return {
              deliveryId: delivery.id,
              campaignId: campaign.id,
              userId: person.id,
              position,
              questionId: q.id,
              versionId: q.versionId,
              entryCheck: mail.entry,
              optionOrder: shuffleOptions(
                q.content.type,
                q.content.options.length,
                seedFromString(`${person.id}:${q.id}`),
              ),
              openedAt: answeredAt,
              answeredAt,
              response: response as number | number[],
              credit: evaluation.ok ? evaluation.value.credit : 0,
              channel: 'mail_link' as const,
            };
          }),
        );
        practiceAnswers += mail.questions.length;
      }
    }
  }

  // The event day: most people play the core quiz; most managers also the manager module.
  let coreAttempts = 0;
  let managerAttempts = 0;
  let answers = 0;
  const span = window.closesAt - window.opensAt - 90 * 60_000;
  for (const person of people) {
    // Drawn for everyone alike, so the rest of the simulation stays the same.
    const noShow = random() < 0.08;
    if (noShow && !person.given) continue; // did not show up
    const modules: Array<['core' | 'manager', typeof core]> = [['core', core]];
    if (person.role === 'manager' && manager.length > 0 && random() < 0.85)
      modules.push(['manager', manager]);
    let clock = window.opensAt + Math.floor(random() * span);
    for (const [module, pool] of modules) {
      const ordered = buildAttemptOrder(pool, seedFromString(`${edition.id}:${person.id}:${module}`));
      const closedEarly = random() < 0.03; // still playing when the window closed
      const startedAt = clock;
      const rows: Array<typeof attemptQuestions.$inferInsert> = [];
      let stop = false;
      for (const [position, q] of ordered.entries()) {
        const limitMs = Math.round(
          (q.content.timeLimitSeconds ?? edition.defaultTimeLimitSeconds) * 1000 * person.factor,
        );
        const base = {
          attemptId: '',
          position,
          questionId: q.id,
          versionId: q.versionId,
          optionOrder: shuffleOptions(
            q.content.type,
            q.content.options.length,
            seedFromString(`${person.id}:${q.id}`),
          ),
          limitMs,
        };
        if (stop) {
          rows.push(base);
          continue;
        }
        const servedAt = clock;
        if (closedEarly && position > ordered.length / 2) {
          rows.push({ ...base, servedAt: new Date(servedAt) });
          stop = true;
          continue;
        }
        const theta = person.theta + person.gain;
        const right = random() < pRight(theta, difficulty.get(q.id)!);
        const fast = person.cheat && right && random() < 0.5;
        const slow = random() < 0.003; // arrives after the limit and the grace period
        const elapsed = fast
          ? 500 + randomInt(random, 700)
          : slow
            ? limitMs + 2500 + randomInt(random, 3000)
            : Math.min(
                limitMs + 1500,
                Math.round(Math.exp(Math.log(9000 * person.factor) + 0.45 * normalSample(random, 1)[0]!)),
              );
        const timedOut = random() < 0.015;
        const tabHidden = person.cheat ? randomInt(random, 2) : random() < 0.004 ? 1 : 0;
        if (timedOut) {
          rows.push({
            ...base,
            servedAt: new Date(servedAt),
            late: 'timed_out',
            credit: 0,
            points: 0,
            tabHidden,
          });
          clock += limitMs + 2000;
          continue;
        }
        const late = elapsed > limitMs + 2000;
        const response = responseFor(q.content, right, random() < 0.5, random);
        const evaluation = evaluateAnswer(q.content, response);
        const credit = late || !evaluation.ok ? 0 : evaluation.value.credit;
        rows.push({
          ...base,
          servedAt: new Date(servedAt),
          answeredAt: new Date(servedAt + elapsed),
          answerKey: `sim-${position}`,
          response: response as number | number[],
          credit,
          late: late ? 'late' : 'in_time',
          points: pointsForAnswer({ credit, elapsedMs: elapsed, limitMs, questionCount: ordered.length })
            .total,
          tabHidden,
        });
        answers++;
        clock += elapsed + 1500;
      }
      const attempt = await play.insertAttempt(ctx.db, {
        editionId: edition.id,
        userId: person.id,
        module,
        status: closedEarly ? 'closed' : 'finished',
        extraTimeFactor: person.factor,
        questionCount: ordered.length,
        startedAt: new Date(startedAt),
        finishedAt: new Date(closedEarly ? window.closesAt : clock),
      });
      await play.insertAttemptQuestions(
        ctx.db,
        rows.map((r) => ({ ...r, attemptId: attempt.id })),
      );
      if (module === 'core') coreAttempts++;
      else managerAttempts++;
      clock += 5 * 60_000;
      if (closedEarly) break;
    }
  }
  return {
    edition: options.year,
    eventDate,
    organizations: companyCount,
    teams: teams.length,
    participants: people.length,
    coreAttempts,
    managerAttempts,
    answers,
    practiceAnswers,
    learners: people.filter((p) => p.gain > 0).length,
  };
}

const USAGE =
  'Usage: simulate-event --edition YEAR [--participants 300] [--seed 1] [--event-date YYYY-MM-DD]\n' +
  '  --event-date moves the edition calendar so the event day falls on that date (e.g. yesterday).\n';

export async function simulateEventCommand(
  args: string[],
  io: CliIo,
  withContext: <T>(work: (ctx: AppContext) => Promise<T>) => Promise<T>,
): Promise<number> {
  let values: { edition?: string; participants?: string; seed?: string; 'event-date'?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        edition: { type: 'string' },
        participants: { type: 'string' },
        seed: { type: 'string' },
        'event-date': { type: 'string' },
      },
    }));
  } catch (err) {
    io.stderr(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  const year = Number(values.edition);
  const participants = Number(values.participants ?? 300);
  const seed = Number(values.seed ?? 1);
  const eventDate = values['event-date'];
  if (
    !Number.isInteger(year) ||
    !Number.isInteger(participants) ||
    participants < 10 ||
    participants > 20_000 ||
    !Number.isInteger(seed) ||
    (eventDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(eventDate))
  ) {
    io.stderr(USAGE);
    return 2;
  }
  return withContext(async (ctx) => {
    const summary = await simulateEvent(ctx, { year, participants, seed, eventDate });
    io.stdout(
      `Simulated edition ${summary.edition} (event day ${summary.eventDate}): ${summary.participants} participants ` +
        `in ${summary.teams} teams of ${summary.organizations} companies, ${summary.coreAttempts} core quizzes and ` +
        `${summary.managerAttempts} manager modules (${summary.answers} answers), ${summary.practiceAnswers} practice answers; ` +
        `${summary.learners} people were simulated to learn between practice and event.\n`,
    );
    return 0;
  });
}
