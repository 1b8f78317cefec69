import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isClientError } from '../lib/api.ts';
import { isUnauthenticated } from '../lib/errors.ts';
import { meQueryKey } from '../lib/session.ts';

/**
 * One query cache for the app. 4xx answers are final, so they are not retried. When any
 * request finds the session gone (expired, or logged out elsewhere), `me` is checked again,
 * so the header and the pages that need a login notice at once.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (isUnauthenticated(error)) void client.invalidateQueries({ queryKey: meQueryKey });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
