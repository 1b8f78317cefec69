import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export type JobFilter = 'failed' | 'all';

export interface Job {
  id: string;
  name: string;
  state: string;
  retryCount: number;
  createdOn: string;
  completedOn: string | null;
  output: unknown;
}

const jobKeys = {
  all: ['admin', 'jobs'] as const,
  list: (state: JobFilter) => [...jobKeys.all, state] as const,
};

export const jobsQueryOptions = (state: JobFilter) =>
  queryOptions({
    queryKey: jobKeys.list(state),
    queryFn: ({ signal }) => api.get<{ items: Job[] }>('/api/admin/jobs', { state }, signal),
    select: (data) => data.items,
  });

export const useJobs = (state: JobFilter) => useQuery(jobsQueryOptions(state));

export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<unknown>(`/api/admin/jobs/${encodeURIComponent(id)}/retry`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobKeys.all }),
  });
}

/** A short, readable form of a job's output (often an error object with a message). */
export function summarizeOutput(output: unknown): string {
  if (output === null || output === undefined) return '';
  if (typeof output === 'string') return output;
  if (typeof output === 'object' && 'message' in output && typeof output.message === 'string') {
    return output.message;
  }
  return JSON.stringify(output);
}
