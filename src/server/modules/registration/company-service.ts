/**
 * A company registers for an edition in one request: organisation details, the
 * coordinator (who gets a log-in link) and the first team.
 *
 * Recognising an existing organisation (so it is never duplicated):
 * - with a KvK number: the organisation with that number, if any;
 * - without one: an organisation with the same name (ignoring case and outer spaces)
 *   that the coordinator's e-mail domain speaks for.
 * The registrant may act for an existing organisation when they already coordinate it,
 * or when their e-mail domain is the domain of its billing address or of one of its
 * coordinators (public mail providers never count). Otherwise the answer is 409
 * `organization_exists`: their coordinator or the quiz team adds them. Existing
 * organisations' details are not changed by this anonymous request.
 */
import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { conflict, notFound } from '../../lib/errors.ts';
import type { Principal } from '../../lib/principal.ts';
import { findEditionByYear } from '../editions/repository.ts';
import { createOrganization } from '../organizations/service.ts';
import { findUserByEmail, grantRole } from '../people/repository.ts';
import type { PersonView } from '../people/schemas.ts';
import { ensurePerson } from '../people/service.ts';
import { invalidatePublicPage } from './public-cache.ts';
import { registrationClosed, registrationState } from './registration-state.ts';
import * as repo from './repository.ts';
import type { CompanyRegistrationInput } from './schemas.ts';
import { guardChange } from './window-service.ts';

/** Addresses at these providers say nothing about the employer. */
const PUBLIC_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.nl',
  'outlook.com',
  'outlook.nl',
  'live.com',
  'live.nl',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'proton.me',
  'protonmail.com',
  'ziggo.nl',
  'kpnmail.nl',
  'planet.nl',
  'home.nl',
  'xs4all.nl',
  'telfort.nl',
  'hetnet.nl',
  'casema.nl',
  'chello.nl',
]);

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

const organizationExists = (field: 'kvkNumber' | 'name') =>
  conflict(
    'organization_exists',
    'This organisation is already registered. Ask its coordinator to add you as a coordinator, or contact the quiz team.',
    {
      fields: [
        { field: `organization.${field}`, code: 'organization_exists', message: 'is already registered' },
      ],
    },
  );

async function mayActFor(tx: Tx, organizationId: string, person: PersonView): Promise<boolean> {
  if (person.roles.some((r) => r.role === 'coordinator' && r.organizationId === organizationId)) return true;
  const domain = domainOf(person.email);
  if (PUBLIC_MAIL_DOMAINS.has(domain)) return false;
  return (await repo.organizationAddresses(tx, organizationId)).some((a) => domainOf(a) === domain);
}

/** The existing organisation this registration is for, or null for a new one (see the module comment). */
async function recognise(tx: Tx, input: CompanyRegistrationInput['organization'], person: PersonView) {
  if (input.kvkNumber) {
    const byKvk = await repo.findOrganizationByKvk(tx, input.kvkNumber);
    if (!byKvk) return null;
    if (await mayActFor(tx, byKvk.id, person)) return byKvk;
    throw organizationExists('kvkNumber');
  }
  const sameName = await repo.findOrganizationsByName(tx, input.name);
  for (const org of sameName) if (await mayActFor(tx, org.id, person)) return org;
  if (sameName.length > 0) throw organizationExists('name');
  return null;
}

export async function registerCompany(ctx: AppContext, year: number, input: CompanyRegistrationInput) {
  const edition = await findEditionByYear(ctx.db, year);
  if (!edition || edition.status === 'draft') throw notFound(`Edition ${year}`);
  const state = registrationState(edition, await repo.findWindow(ctx.db, edition.id));
  if (!state.open) throw registrationClosed(state);

  const result = await ctx.db.transaction(async (tx) => {
    await guardChange(tx, null, edition.id);
    const coordinatorIsNew = !(await findUserByEmail(tx, input.coordinator.email));
    const person = await ensurePerson(tx, null, input.coordinator);
    // The registrant acts for themself: the audit trail names them.
    const actor: Principal = {
      id: person.id,
      email: person.email,
      name: person.name,
      locale: person.locale,
      roles: person.roles,
    };
    const existing = await recognise(tx, input.organization, person);
    const organization = existing ?? (await createOrganization(tx, actor, input.organization));
    if (!person.roles.some((r) => r.role === 'coordinator' && r.organizationId === organization.id)) {
      await grantRole(tx, person.id, {
        role: 'coordinator',
        programme: null,
        organizationId: organization.id,
      });
      await recordAudit(tx, {
        actorId: person.id,
        action: 'organization.coordinator_added',
        entityType: 'organization',
        entityId: organization.id,
        details: { personId: person.id, email: person.email, via: 'registration' },
      });
    }
    let team = await repo.findTeamByName(tx, edition.id, organization.id, input.team.name);
    const teamIsNew = !team;
    if (!team) {
      team = await repo.insertTeam(tx, {
        editionId: edition.id,
        organizationId: organization.id,
        name: input.team.name,
        department: input.team.department ?? null,
        createdBy: person.id,
      });
      await recordAudit(tx, {
        actorId: person.id,
        action: 'team.created',
        entityType: 'team',
        entityId: team.id,
        details: { name: team.name, organizationId: organization.id, editionId: edition.id },
      });
    }
    await recordAudit(tx, {
      actorId: person.id,
      action: 'registration.company_registered',
      entityType: 'organization',
      entityId: organization.id,
      details: { year, teamId: team.id, organizationIsNew: !existing, coordinatorIsNew, teamIsNew },
    });
    return {
      editionId: edition.id,
      organization: { name: organization.name, isNew: !existing },
      coordinator: { email: person.email, isNew: coordinatorIsNew },
      team: { name: team.name, isNew: teamIsNew },
      magicLinkSent: true as const,
    };
  });
  invalidatePublicPage(ctx);
  await ctx.auth.api.signInMagicLink({
    body: {
      email: result.coordinator.email,
      // The link lands on the coordinator's registration page (teams and invitations).
      metadata: { invite: 'coordinator', organization: result.organization.name, next: '/quiz/registration' },
    },
    headers: new Headers(),
  });
  return result;
}
