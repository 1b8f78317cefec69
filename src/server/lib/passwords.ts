import type { Auth } from './auth.ts';

/** Sets (or replaces) a person's password, hashed by better-auth. Used for staff accounts. */
export async function setPassword(auth: Auth, userId: string, password: string): Promise<void> {
  const context = await auth.$context;
  const hash = await context.password.hash(password);
  const accounts = await context.internalAdapter.findAccounts(userId);
  if (accounts.some((a) => a.providerId === 'credential')) {
    await context.internalAdapter.updatePassword(userId, hash);
  } else {
    await context.internalAdapter.linkAccount({
      userId,
      providerId: 'credential',
      accountId: userId,
      password: hash,
    });
  }
}
