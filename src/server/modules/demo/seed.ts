import { count } from 'drizzle-orm';
import { users } from '../../db/schema/index.ts';
import type { AppContext } from '../../lib/context.ts';
import { setPassword } from '../../lib/passwords.ts';
import type { RoleGrant } from '../../lib/principal.ts';
import { insertOrganization } from '../organizations/repository.ts';
import { createPerson } from '../people/service.ts';
import { seedDemoEdition } from './edition.ts';
import { seedDemoPractice } from './practice.ts';
import { seedDemoResults } from './results.ts';

export const DEMO_PASSWORD = 'wegwijs-demo';

export interface DemoLogin {
  role: string;
  email: string;
  password: string | null;
}

interface DemoPerson {
  email: string;
  name: string;
  role: string;
  jobRole?: 'agent' | 'team_leader' | 'manager';
  yearsInField?: number;
  yearsLeadership?: number;
  grants: (organizationId: string) => RoleGrant[];
  password: boolean;
}

const demoPeople: DemoPerson[] = [
  {
    email: 'admin@wegwijs.demo',
    name: 'Ada Beheer',
    role: 'platform admin',
    grants: () => [{ role: 'admin', programme: null, organizationId: null }],
    password: true,
  },
  {
    email: 'staf@wegwijs.demo',
    name: 'Sanne Staf',
    role: 'quiz staff',
    grants: () => [{ role: 'staff', programme: 'quiz', organizationId: null }],
    password: true,
  },
  {
    email: 'expert@wegwijs.demo',
    name: 'Erik Expert',
    role: 'content expert',
    grants: () => [{ role: 'expert', programme: 'quiz', organizationId: null }],
    password: true,
  },
  {
    email: 'reviewer@wegwijs.demo',
    name: 'Rachida Reviewer',
    role: 'content expert (reviewer)',
    grants: () => [{ role: 'expert', programme: 'quiz', organizationId: null }],
    password: true,
  },
  {
    email: 'coordinator@wegwijs.demo',
    name: 'Cor Coördinator',
    role: 'company coordinator',
    jobRole: 'team_leader',
    yearsInField: 8,
    yearsLeadership: 3,
    grants: (org) => [{ role: 'coordinator', programme: null, organizationId: org }],
    password: false,
  },
  {
    email: 'deelnemer@wegwijs.demo',
    name: 'Dewi de Vries',
    role: 'participant',
    jobRole: 'agent',
    yearsInField: 2,
    yearsLeadership: 0,
    grants: () => [{ role: 'participant', programme: 'quiz', organizationId: null }],
    password: false,
  },
];

/** True when nobody has an account yet (a fresh installation). */
export async function isEmpty(ctx: AppContext): Promise<boolean> {
  const [row] = await ctx.db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

/**
 * Loads the demo accounts, organisation and quiz editions: the current one (registration open)
 * and last year's with a simulated event and published results. Only for an empty database.
 */
export async function seedDemo(ctx: AppContext): Promise<DemoLogin[]> {
  const organization = await insertOrganization(ctx.db, {
    name: 'Klantcontact Centrum Noord',
    kvkNumber: '12345678',
    street: 'Stationsplein 1',
    postalCode: '9711 AA',
    city: 'Groningen',
    billingEmail: 'facturen@kcnoord.demo',
  });
  const logins: DemoLogin[] = [];
  const ids = new Map<string, string>();
  let staff: Awaited<ReturnType<typeof createPerson>> | undefined;
  for (const p of demoPeople) {
    const person = await createPerson(ctx.db, null, {
      email: p.email,
      name: p.name,
      locale: 'nl',
      jobRole: p.jobRole ?? null,
      yearsInField: p.yearsInField ?? null,
      yearsLeadership: p.yearsLeadership ?? null,
      roles: p.grants(organization.id),
    });
    ids.set(p.email, person.id);
    if (p.email === 'staf@wegwijs.demo') staff = person;
    if (p.password) await setPassword(ctx.auth, person.id, DEMO_PASSWORD);
    logins.push({ role: p.role, email: p.email, password: p.password ? DEMO_PASSWORD : null });
  }
  const editionId = await seedDemoEdition(
    ctx,
    ids.get('expert@wegwijs.demo')!,
    ids.get('reviewer@wegwijs.demo')!,
  );
  await seedDemoPractice(ctx, staff!, editionId);
  await seedDemoResults(ctx, {
    staff: staff!,
    authorId: ids.get('expert@wegwijs.demo')!,
    reviewerId: ids.get('reviewer@wegwijs.demo')!,
    participantId: ids.get('deelnemer@wegwijs.demo')!,
    organizationId: organization.id,
  });
  return logins;
}

export function formatDemoLogins(logins: DemoLogin[], baseUrl: string): string {
  const width = Math.max(...logins.map((l) => l.role.length));
  const lines = logins.map(
    (l) =>
      `  ${l.role.padEnd(width)}  ${l.email}  ${l.password ? `password: ${l.password}` : 'log-in link by e-mail'}`,
  );
  return ['Demo log-ins:', ...lines, `Log-in links arrive in the demo mailbox: ${baseUrl}/mailbox`].join(
    '\n',
  );
}
