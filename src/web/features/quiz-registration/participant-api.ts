import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '../../i18n/i18n.ts';
import { api } from '../../lib/api.ts';
import { meQueryKey } from '../../lib/session.ts';
import type { Member, MyRegistration } from './types.ts';

export const myRegistrationsKey = ['quiz-registration', 'mine'] as const;

export const myRegistrationsQueryOptions = queryOptions({
  queryKey: myRegistrationsKey,
  queryFn: ({ signal }) =>
    api.get<{ items: MyRegistration[] }>('/api/me/quiz-registrations', undefined, signal),
  select: (data) => data.items,
});

export const useMyRegistrations = () => useQuery(myRegistrationsQueryOptions);

/** "Ik doe mee": confirms, and stores the chosen language on the person (mail follows it). */
export function useConfirmParticipation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, locale }: { memberId: string; locale: Locale }) =>
      api
        .post<{ member: Member }>(`/api/me/quiz-registrations/${encodeURIComponent(memberId)}/confirm`, {
          locale,
        })
        .then((r) => r.member),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: myRegistrationsKey }),
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['quiz-public'] }),
      ]),
  });
}
