import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest, isApiError } from '../../lib/api.ts';
import type {
  AnswerResponse,
  MyPractice,
  PracticeItem,
  PracticeItemResult,
  Subscription,
  SubscriptionChoice,
} from './types.ts';

// A logged-in participant's own practice (src/server/modules/practice/participant-routes.ts).

export const meKeys = {
  all: ['practice', 'me'] as const,
  summary: (year: number) => [...meKeys.all, 'summary', year] as const,
  questions: (year: number) => [...meKeys.all, 'questions', year] as const,
  item: (itemId: string) => [...meKeys.all, 'item', itemId] as const,
  year: ['practice', 'me', 'year'] as const,
};

export const myPracticeQueryOptions = (year: number) =>
  queryOptions({
    queryKey: meKeys.summary(year),
    queryFn: ({ signal }) =>
      api.get<MyPractice>(`/api/practice/me/${encodeURIComponent(year)}`, undefined, signal),
  });

export const useMyPractice = (year: number) => useQuery(myPracticeQueryOptions(year));

/** My sent, unanswered questions, oldest first. */
export const useMyOpenQuestions = (year: number, enabled: boolean) =>
  useQuery({
    queryKey: meKeys.questions(year),
    queryFn: ({ signal }) =>
      api.get<{ items: PracticeItem[] }>(
        `/api/practice/me/${encodeURIComponent(year)}/questions`,
        undefined,
        signal,
      ),
    select: (data) => data.items,
    enabled,
  });

/** One of my questions; opening it is recorded as the time it was shown, so it is fetched once. */
export const useMyItem = (itemId: string) =>
  useQuery({
    queryKey: meKeys.item(itemId),
    queryFn: ({ signal }) =>
      api.get<PracticeItemResult>(`/api/practice/me/items/${encodeURIComponent(itemId)}`, undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });

/** Answers one of my questions; the figures and the list of open questions follow. */
export function useAnswerMyItem(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, response }: { itemId: string; response: AnswerResponse }) =>
      api.post<PracticeItemResult>(`/api/practice/me/items/${encodeURIComponent(itemId)}/answer`, {
        response,
      }),
    onSuccess: (result) => {
      queryClient.setQueryData(meKeys.item(result.itemId), result);
      return queryClient.invalidateQueries({ queryKey: meKeys.summary(year) });
    },
  });
}

/** Keep receiving practice mail, pause it (until a date) or stop it. */
export function useSetMySubscription(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (choice: SubscriptionChoice) =>
      apiRequest<Subscription>(`/api/practice/me/${encodeURIComponent(year)}/subscription`, {
        method: 'PUT',
        body: choice,
      }),
    onSuccess: (subscription) =>
      queryClient.setQueryData<MyPractice>(meKeys.summary(year), (previous) =>
        previous
          ? {
              ...previous,
              subscription: { status: subscription.status, pausedUntil: subscription.pausedUntil },
            }
          : previous,
      ),
  });
}

interface MyRegistrationBrief {
  status: 'invited' | 'confirmed' | 'bounced';
  edition: { year: number };
}

/**
 * The edition `/oefenen` shows when the address does not name one: the newest edition the
 * person confirmed for, else the newest they are registered for, else the current public
 * edition. Null when there is none at all.
 */
export function choosePracticeYear(
  registrations: readonly MyRegistrationBrief[],
  currentYear: number | null,
): number | null {
  const newest = (list: readonly MyRegistrationBrief[]) =>
    list.length === 0 ? null : Math.max(...list.map((r) => r.edition.year));
  return (
    newest(registrations.filter((r) => r.status === 'confirmed')) ?? newest(registrations) ?? currentYear
  );
}

async function fetchPracticeYear(signal: AbortSignal): Promise<number | null> {
  const { items } = await api.get<{ items: MyRegistrationBrief[] }>(
    '/api/me/quiz-registrations',
    undefined,
    signal,
  );
  let current: number | null = null;
  if (!items.some((r) => r.status === 'confirmed')) {
    try {
      current = (await api.get<{ year: number }>('/api/public/quiz/current-edition', undefined, signal)).year;
    } catch (error) {
      // No edition past draft yet: nothing to practise for.
      if (!(isApiError(error) && error.status === 404)) throw error;
    }
  }
  return choosePracticeYear(items, current);
}

export const usePracticeYear = (enabled: boolean) =>
  useQuery({
    queryKey: meKeys.year,
    queryFn: ({ signal }) => fetchPracticeYear(signal),
    enabled,
    staleTime: 5 * 60_000,
  });
