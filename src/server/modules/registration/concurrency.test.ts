import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamMembers, users } from '../../db/schema/index.ts';
import { createTestApp, loginAs, makePerson, quizStaffGrant, type TestApp } from '../../test/helpers.ts';
import { addMember, companyWithCoordinator, createTeam, openEdition } from './test-support.ts';

describe('one person, one team per edition', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lets exactly one of two coordinators adding the same person at the same moment succeed', async () => {
    const staff = (await loginAs(t, [quizStaffGrant])).cookie;
    const { id: editionId } = await openEdition(t, staff);
    const a = await companyWithCoordinator(t, staff, 'Gelijktijdig A');
    const b = await companyWithCoordinator(t, staff, 'Gelijktijdig B');
    const teamA = await createTeam(t, a.cookie, editionId, a.organizationId, 'Team A');
    const teamB = await createTeam(t, b.cookie, editionId, b.organizationId, 'Team B');

    // Rounds with a new address (the person is created concurrently too) and with an existing
    // person (both inserts then race on the team_members unique constraint itself).
    for (let round = 0; round < 8; round++) {
      const email = `gedeeld${round}@beide.example`;
      if (round % 2 === 1) await makePerson(t.ctx, [], { email });
      const results = await Promise.all([
        addMember(t, a.cookie, teamA, email, 'Gedeelde Persoon'),
        addMember(t, b.cookie, teamB, email, 'Gedeelde Persoon'),
      ]);
      const statuses = results.map((r) => r.statusCode).sort();
      expect(statuses, results.map((r) => r.body).join('\n')).toEqual([201, 409]);
      const loser = results.find((r) => r.statusCode === 409)!.json();
      expect(loser.error).toMatchObject({
        code: 'already_in_team',
        details: { fields: [{ field: 'email', code: 'already_in_team' }] },
      });
      const people = await t.ctx.db.select().from(users).where(eq(users.email, email));
      expect(people).toHaveLength(1);
      const memberships = await t.ctx.db
        .select()
        .from(teamMembers)
        .where(eq(teamMembers.userId, people[0]!.id));
      expect(memberships).toHaveLength(1);
    }
  });
});
