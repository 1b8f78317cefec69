import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './api.ts';

/** Public settings from the server (`GET /api/config`). */
export interface PublicConfig {
  /** True in the demo without SMTP: mail lands in the demo mailbox at /mailbox. */
  devMailbox: boolean;
  version: string;
}

export const configQueryOptions = queryOptions({
  queryKey: ['config'],
  queryFn: ({ signal }) => api.get<PublicConfig>('/api/config', undefined, signal),
  staleTime: Number.POSITIVE_INFINITY,
});

export function usePublicConfig() {
  return useQuery(configQueryOptions);
}
