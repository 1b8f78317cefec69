import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { SESSION_DATA_ID } from '../../domain/page-data.ts';
import type { Locale } from '../i18n/i18n.ts';
import { api } from './api.ts';
import { takeEmbedded } from './embedded.ts';
import type { JobRole, RoleGrant } from './roles.ts';

// Who is logged in, and the session actions the app shell needs everywhere (language,
// logging out). Kept free of form schemas so the main bundle stays small.

/** The logged-in person, as `GET /api/me` returns them. */
export interface User {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  jobRole: JobRole | null;
  yearsInField: number | null;
  yearsLeadership: number | null;
  roles: RoleGrant[];
}

/** The fields `PATCH /api/me` accepts. */
export type MePatch = Partial<Pick<User, 'name' | 'locale' | 'jobRole' | 'yearsInField' | 'yearsLeadership'>>;

export const meQueryKey = ['me'] as const;

/** The logged-in person, or null for a visitor (`/api/session` answers 200 either way). */
export async function fetchMe(signal?: AbortSignal): Promise<User | null> {
  const { user } = await api.get<{ user: User | null }>('/api/session', undefined, signal);
  return user;
}

export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  // The play page's HTML carries the session (src/server/app.ts): used for the first load only.
  queryFn: ({ signal }) => {
    const embedded = takeEmbedded<{ user: User | null }>(SESSION_DATA_ID);
    return embedded ? embedded.user : fetchMe(signal);
  },
  staleTime: 5 * 60_000,
});

export function useMe() {
  return useQuery(meQueryOptions);
}

/**
 * After logging in or out: `me` becomes the new person (or null) and everything else that
 * was cached for the previous one is dropped. Public settings stay.
 */
export function resetSession(queryClient: QueryClient, user: User | null): void {
  queryClient.setQueryData(meQueryKey, user);
  queryClient.removeQueries({
    predicate: (query) => query.queryKey[0] !== meQueryKey[0] && query.queryKey[0] !== 'config',
  });
}

export async function updateMe(patch: MePatch): Promise<User> {
  const { user } = await api.patch<{ user: User }>('/api/me', patch);
  return user;
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (user) => queryClient.setQueryData(meQueryKey, user),
  });
}

/**
 * Ends this session (`all: false`) or every session of this person, then goes to the home
 * page and forgets everything cached. Leaving first matters: a page that needs a login would
 * otherwise send the person to the log-in page the moment `me` becomes null.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (options: { all: boolean }) =>
      api.post<void>(options.all ? '/api/auth/logout-all' : '/api/auth/logout'),
    onSuccess: async () => {
      await navigate({ to: '/' });
      resetSession(queryClient, null);
    },
  });
}
