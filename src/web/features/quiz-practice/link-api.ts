import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import type { AnswerResponse, PracticeItemResult, Subscription, SubscriptionChoice } from './types.ts';

// The links in practice mails (src/server/modules/practice/link-routes.ts): no log-in, and
// nothing is recorded by a GET, because mail scanners fetch every link in a mail. Kept free
// of Zod and chart code: this is the chunk people open on their phone from the mail.

export const linkKeys = {
  answer: (token: string) => ['practice', 'link', 'answer', token] as const,
  view: (token: string) => ['practice', 'link', 'view', token] as const,
  unsubscribe: (token: string) => ['practice', 'unsubscribe', token] as const,
};

/** Cached for the whole visit: going back to an answered question shows its result again. */
const once = {
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
} as const;

/**
 * Records the answer a one-click link stands for. It is a POST (never a GET, see above), run
 * as a query on purpose: the server keeps the first answer and answers a repeat with the
 * recorded one, so the request is safe to repeat, and as a query it goes out once per link
 * per visit (also under React's double effects) and its result survives back navigation.
 * No abort signal: leaving the page must not cancel an answer that is on its way.
 */
export const useOneClickAnswer = (token: string, enabled: boolean) =>
  useQuery({
    queryKey: linkKeys.answer(token),
    queryFn: () => api.post<PracticeItemResult>('/api/practice/answer', { token }),
    enabled,
    ...once,
  });

/** The question a link without an option opens (the first opening is recorded as "shown"). */
export const useLinkQuestion = (token: string, enabled: boolean) =>
  useQuery({
    queryKey: linkKeys.view(token),
    queryFn: ({ signal }) => api.get<PracticeItemResult>('/api/practice/link', { token }, signal),
    enabled,
    ...once,
  });

/** Answers the question of a link without an option; the result replaces the question. */
export function useAnswerByLink(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (response: AnswerResponse) =>
      api.post<PracticeItemResult>('/api/practice/answer', { token, response }),
    onSuccess: (result) => queryClient.setQueryData(linkKeys.view(token), result),
  });
}

/** The pause/unsubscribe page: the edition and the person's current choice (changes nothing). */
export const useSubscriptionByLink = (token: string) =>
  useQuery({
    queryKey: linkKeys.unsubscribe(token),
    queryFn: ({ signal }) => api.get<Subscription>('/api/practice/unsubscribe', { token }, signal),
    ...once,
  });

/** Pause, stop or resume by the link; only on a button press, never on opening the page. */
export function useChangeSubscriptionByLink(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (choice: SubscriptionChoice) =>
      api.post<Subscription>('/api/practice/unsubscribe', { token, ...choice }),
    onSuccess: (subscription) => queryClient.setQueryData(linkKeys.unsubscribe(token), subscription),
  });
}
