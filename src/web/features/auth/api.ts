import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Locale } from '../../i18n/i18n.ts';
import { api } from '../../lib/api.ts';
import { emailField } from '../../lib/schemas.ts';
import { resetSession, type User } from '../../lib/session.ts';

export const magicLinkSchema = z.object({ email: emailField });
export type MagicLinkInput = z.output<typeof magicLinkSchema>;

export const passwordLoginSchema = z.object({
  email: emailField,
  password: z.string().min(1, 'validation.required').max(200, 'validation.tooLong'),
});
export type PasswordLoginInput = z.output<typeof passwordLoginSchema>;

/** Always 202 for a well-formed address, known or not, so the answer never tells who has an account. */
export function requestMagicLink(
  input: MagicLinkInput & { locale: Locale; redirectTo?: string | undefined },
): Promise<{ sent: true }> {
  return api.post('/api/auth/magic-link', input);
}

export function useRequestMagicLink() {
  return useMutation({ mutationFn: requestMagicLink });
}

export async function logInWithPassword(input: PasswordLoginInput): Promise<User> {
  const { user } = await api.post<{ user: User }>('/api/auth/password', input);
  return user;
}

export function usePasswordLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logInWithPassword,
    onSuccess: (user) => resetSession(queryClient, user),
  });
}
