import { recordAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { setPassword } from '../../lib/passwords.ts';
import { findUserByEmail, grantRole } from './repository.ts';
import { createPerson } from './service.ts';

/** Creates a platform admin, or grants the admin role to an existing person (operator command). */
export async function createAdmin(
  ctx: AppContext,
  input: { email: string; name: string; password?: string | undefined },
): Promise<{ email: string; created: boolean }> {
  const adminGrant = { role: 'admin' as const, programme: null, organizationId: null };
  const existing = await findUserByEmail(ctx.db, input.email);
  let userId: string;
  if (existing) {
    userId = existing.id;
    await grantRole(ctx.db, userId, adminGrant);
    await recordAudit(ctx.db, {
      actorId: null,
      action: 'person.admin_granted',
      entityType: 'person',
      entityId: userId,
    });
  } else {
    const person = await createPerson(ctx.db, null, {
      email: input.email,
      name: input.name,
      locale: 'nl',
      roles: [adminGrant],
    });
    userId = person.id;
  }
  if (input.password) await setPassword(ctx.auth, userId, input.password);
  return { email: input.email.toLowerCase(), created: !existing };
}
