/** Factories and helpers for the practice tests (not a test file itself). */
import type { AddressInfo } from 'node:net';
import { and, asc, eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import {
  mailOutbox,
  organizations,
  practiceDeliveries,
  practiceItems,
  teamMembers,
  teams,
} from '../../db/schema/index.ts';
import { makePerson, type TestApp } from '../../test/helpers.ts';
import { insertEdition, insertObjective, insertTheme } from '../editions/repository.ts';
import { insertQuestion, updateQuestion } from '../questions/repository.ts';
import { versionContent } from './delivery-repository.ts';
import { parseAnswerLink } from './links.ts';

export { manualClock } from '../../test/helpers.ts';

export interface ReceivedMail {
  to: string[];
  raw: string;
}

/** A real SMTP receiver on a free loopback port; addresses `reject` matches are refused with 550. */
export async function startSmtp(reject: (address: string) => boolean = () => false) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (reject(address.address)) {
        const error = new Error(`Mailbox ${address.address} does not exist`) as Error & {
          responseCode: number;
        };
        error.responseCode = 550;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, tries = 300): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}

export const PRACTICE_STARTS = '2027-02-01';
export const PRACTICE_ENDS = '2027-03-10';
/** Monday 1 February 2027, 08:30 in Amsterdam. */
export const FIRST_SEND = '2027-02-01T07:30:00Z';

/**
 * An edition with a practice period and content: `themes` themes × 2 objectives, each
 * objective with 2 practice questions (single choice and true/false), plus core and manager
 * questions that must never be sent as practice.
 */
export async function practiceEdition(t: TestApp, options: { year?: number; themes?: number } = {}) {
  const edition = await insertEdition(t.ctx.db, {
    year: options.year ?? 2027,
    name: `Klantcontactquiz ${options.year ?? 2027}`,
    status: 'practice',
    practiceStartsOn: PRACTICE_STARTS,
    practiceEndsOn: PRACTICE_ENDS,
    eventDate: '2027-03-11',
  });
  for (let ti = 0; ti < (options.themes ?? 5); ti++) {
    const theme = await insertTheme(t.ctx.db, {
      editionId: edition.id,
      titleNl: `Thema ${ti + 1}`,
      titleEn: `Theme ${ti + 1}`,
      position: ti + 1,
    });
    for (let oi = 0; oi < 2; oi++) {
      const objective = await insertObjective(t.ctx.db, {
        editionId: edition.id,
        themeId: theme.id,
        titleNl: `Doel ${ti + 1}.${oi + 1}`,
        titleEn: `Goal ${ti + 1}.${oi + 1}`,
        position: oi + 1,
      });
      const drafts = [
        { pool: 'practice' as const, type: 'single' as const },
        { pool: 'practice' as const, type: 'truefalse' as const },
        { pool: 'core' as const, type: 'single' as const },
        { pool: 'manager' as const, type: 'single' as const },
      ];
      for (const [qi, d] of drafts.entries()) {
        const { question, version } = await insertQuestion(t.ctx.db, {
          editionId: edition.id,
          objectiveId: objective.id,
          authorId: null,
          action: 'created',
          content: {
            type: d.type,
            stem: `${d.pool}-vraag ${ti + 1}.${oi + 1}.${qi + 1}`,
            stemFormat: 'plain',
            options:
              d.type === 'truefalse'
                ? [
                    { text: 'Waar', correct: true },
                    { text: 'Niet waar', correct: false },
                  ]
                : [
                    { text: 'Goed', correct: true },
                    { text: 'Fout A', correct: false, feedback: 'Bijna.' },
                    { text: 'Fout B', correct: false },
                  ],
            explanation: 'Zo zit het.',
            pool: d.pool,
            difficulty: 'medium',
            tags: [],
          },
        });
        await updateQuestion(t.ctx.db, question.id, { status: 'approved', approvedVersionId: version.id });
      }
    }
  }
  const [org] = await t.ctx.db
    .insert(organizations)
    .values({ name: `Oefen BV ${edition.year}` })
    .returning();
  const [team] = await t.ctx.db
    .insert(teams)
    .values({ editionId: edition.id, organizationId: org!.id, name: 'Team Oefen' })
    .returning();
  return { edition, organizationId: org!.id, teamId: team!.id };
}

/** People in the team: confirmed participants unless `status` says otherwise. */
export async function addParticipants(
  t: TestApp,
  editionId: string,
  teamId: string,
  count: number,
  options: { status?: 'invited' | 'confirmed'; locale?: 'nl' | 'en'; prefix?: string } = {},
) {
  const people = [];
  for (let i = 0; i < count; i++) {
    const person = await makePerson(t.ctx, [], {
      email: `${options.prefix ?? 'deelnemer'}${i + 1}-${Math.random().toString(36).slice(2, 7)}@test.example`,
      locale: options.locale ?? 'nl',
    });
    await t.ctx.db.insert(teamMembers).values({
      editionId,
      teamId,
      userId: person.id,
      role: 'agent',
      status: options.status ?? 'confirmed',
      confirmedAt: options.status === 'invited' ? null : new Date(),
    });
    people.push(person);
  }
  return people;
}

/** The answer links in a mail's text part, parsed. */
export function answerLinks(text: string) {
  return [...text.matchAll(/http:\/\/localhost:3000\/oefenen\/antwoord\?token=(\S+)/g)].map((m) => {
    const token = decodeURIComponent(m[1]!);
    const parsed = parseAnswerLink(token)!;
    return { token, itemId: parsed.itemId, option: parsed.option };
  });
}

export async function outboxTo(t: TestApp, email: string) {
  return t.ctx.db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.to, email))
    .orderBy(asc(mailOutbox.createdAt));
}

/** The display position of the right option of an item (single choice and true/false). */
export async function rightOption(t: TestApp, itemId: string): Promise<number> {
  const [item] = await t.ctx.db.select().from(practiceItems).where(eq(practiceItems.id, itemId));
  const { content } = (await versionContent(t.ctx.db, item!.versionId))!;
  return item!.optionOrder.findIndex((stored) => content.options[stored]!.correct);
}

export async function itemRow(t: TestApp, itemId: string) {
  const [item] = await t.ctx.db.select().from(practiceItems).where(eq(practiceItems.id, itemId));
  return item!;
}

export async function deliveriesOf(t: TestApp, userId: string) {
  return t.ctx.db
    .select()
    .from(practiceDeliveries)
    .where(and(eq(practiceDeliveries.userId, userId)))
    .orderBy(asc(practiceDeliveries.slotAt));
}
