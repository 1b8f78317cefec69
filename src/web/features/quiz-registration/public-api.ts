import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { Locale } from '../../i18n/i18n.ts';
import { api } from '../../lib/api.ts';
import type { CompanyRegistrationInput } from './schemas.ts';
import type { CompanyRegistrationResult, PublicEditionPage } from './types.ts';

/** How often the public page asks for the donation counter again while it is open. */
export const COUNTER_REFRESH_MS = 5000;

export const publicKeys = {
  current: ['quiz-public', 'current'] as const,
  edition: (year: number) => ['quiz-public', 'edition', year] as const,
};

/** The year the public quiz page shows: the newest edition past draft (404 when there is none). */
export const currentEditionQueryOptions = queryOptions({
  queryKey: publicKeys.current,
  queryFn: ({ signal }) => api.get<{ year: number }>('/api/public/quiz/current-edition', undefined, signal),
  select: (data) => data.year,
  staleTime: 5 * 60_000,
});

/** The public page of an edition; refreshed every few seconds so the counter stays live. */
export const publicEditionQueryOptions = (year: number) =>
  queryOptions({
    queryKey: publicKeys.edition(year),
    queryFn: ({ signal }) =>
      api.get<PublicEditionPage>(`/api/public/quiz/editions/${encodeURIComponent(year)}`, undefined, signal),
    refetchInterval: COUNTER_REFRESH_MS,
    staleTime: COUNTER_REFRESH_MS,
  });

export const useCurrentEdition = () => useQuery(currentEditionQueryOptions);
export const usePublicEdition = (year: number, enabled = true) =>
  useQuery({ ...publicEditionQueryOptions(year), enabled });

/** Registers a company: organisation, coordinator (who gets a log-in link) and first team. */
export function useRegisterCompany(year: number) {
  return useMutation({
    mutationFn: (input: CompanyRegistrationInput & { coordinator: { locale: Locale } }) =>
      api.post<CompanyRegistrationResult>(
        `/api/public/quiz/editions/${encodeURIComponent(year)}/registrations`,
        input,
      ),
  });
}

/** The example participant list, with Dutch or English column names. */
export const templateUrl = (locale: Locale) =>
  `/api/public/quiz/participant-template.csv?locale=${encodeURIComponent(locale)}`;
