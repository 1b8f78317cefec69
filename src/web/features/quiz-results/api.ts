import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isClientError } from '../../lib/api.ts';
import type {
  Exclusion,
  LiveBoard,
  Publication,
  PublicResults,
  Review,
  SnapshotList,
  SnapshotSummary,
} from './types.ts';

const year = (y: number) => encodeURIComponent(y);
const edition = (id: string) => `/api/results/editions/${encodeURIComponent(id)}`;

export const resultsKeys = {
  /** The board depends on who looks (`me`), so the viewer is part of the key. */
  board: (y: number, viewerId: string | null) =>
    ['quiz-results', 'board', y, viewerId ?? 'anonymous'] as const,
  public: (y: number) => ['quiz-results', 'public', y] as const,
  review: (editionId: string) => ['quiz-results', 'review', editionId] as const,
  snapshots: (editionId: string) => ['quiz-results', 'snapshots', editionId] as const,
};

/** The URL of the live stream (Server-Sent Events, event `board`). */
export const liveStreamUrl = (y: number) => `/api/results/${year(y)}/live`;

/** The board as it is now; the stream keeps it up to date afterwards (see use-live-board.ts). */
export const boardQueryOptions = (y: number, viewerId: string | null) =>
  queryOptions({
    queryKey: resultsKeys.board(y, viewerId),
    queryFn: ({ signal }) => api.get<LiveBoard>(`/api/results/${year(y)}/leaderboard`, undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: (count, error) => !isClientError(error) && count < 2,
  });

/** The published results; 404 `not_published` until staff publish them. */
export const publicResultsQueryOptions = (y: number) =>
  queryOptions({
    queryKey: resultsKeys.public(y),
    queryFn: ({ signal }) => api.get<PublicResults>(`/api/public/results/${year(y)}`, undefined, signal),
    staleTime: 60_000,
    retry: (count, error) => !isClientError(error) && count < 2,
  });

export const usePublicResults = (y: number) => useQuery(publicResultsQueryOptions(y));

/** How many places of each ranking the review shows; flags are always complete. */
export const REVIEW_TOP = 200;

/** Computed on every request (it can take seconds), so it is kept until something changes it. */
export const reviewQueryOptions = (editionId: string) =>
  queryOptions({
    queryKey: resultsKeys.review(editionId),
    queryFn: ({ signal }) => api.get<Review>(`${edition(editionId)}/review`, { top: REVIEW_TOP }, signal),
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
    retry: (count, error) => !isClientError(error) && count < 1,
  });

export const snapshotsQueryOptions = (editionId: string) =>
  queryOptions({
    queryKey: resultsKeys.snapshots(editionId),
    queryFn: ({ signal }) => api.get<SnapshotList>(`${edition(editionId)}/snapshots`, undefined, signal),
  });

export const useReview = (editionId: string) => useQuery(reviewQueryOptions(editionId));
export const useSnapshots = (editionId: string) => useQuery(snapshotsQueryOptions(editionId));

/** After a change: the review, the snapshots and the public page are asked again. */
function useInvalidateResults(editionId: string) {
  const queryClient = useQueryClient();
  return async (what: { review?: boolean } = {}) => {
    const work = [
      queryClient.invalidateQueries({ queryKey: resultsKeys.snapshots(editionId) }),
      queryClient.invalidateQueries({ queryKey: ['quiz-results', 'public'] }),
    ];
    if (what.review) work.push(queryClient.invalidateQueries({ queryKey: resultsKeys.review(editionId) }));
    await Promise.all(work);
  };
}

export interface ExclusionInput {
  userId: string;
  /** Both for one answer; neither for the whole participant. */
  attemptId?: string;
  position?: number;
  reason: string;
}

export function useExclude(editionId: string) {
  const invalidate = useInvalidateResults(editionId);
  return useMutation({
    mutationFn: (input: ExclusionInput) =>
      api.post<{ exclusion: Exclusion }>(`${edition(editionId)}/exclusions`, input),
    onSuccess: () => invalidate({ review: true }),
  });
}

export function useRevokeExclusion(editionId: string) {
  const invalidate = useInvalidateResults(editionId);
  return useMutation({
    mutationFn: (input: { exclusionId: string; reason: string }) =>
      api.post<void>(`${edition(editionId)}/exclusions/${encodeURIComponent(input.exclusionId)}/revoke`, {
        reason: input.reason,
      }),
    onSuccess: () => invalidate({ review: true }),
  });
}

export function useComputeSnapshot(editionId: string) {
  const invalidate = useInvalidateResults(editionId);
  return useMutation({
    mutationFn: (input: { reason?: string }) =>
      api.post<{ snapshot: SnapshotSummary }>(`${edition(editionId)}/snapshots`, input),
    onSuccess: () => invalidate(),
  });
}

/** Freezing and publishing change only the publication: the review is updated, not computed again. */
function usePublicationChange<T>(editionId: string, request: (input: T) => Promise<Publication>) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateResults(editionId);
  return useMutation({
    mutationFn: request,
    onSuccess: async (publication) => {
      queryClient.setQueryData<Review>(resultsKeys.review(editionId), (review) =>
        review ? { ...review, publication } : review,
      );
      await invalidate();
    },
  });
}

export const useFreezeSnapshot = (editionId: string) =>
  usePublicationChange(editionId, (snapshotId: string) =>
    api.post<Publication>(`${edition(editionId)}/snapshots/${encodeURIComponent(snapshotId)}/freeze`),
  );

export const usePublish = (editionId: string) =>
  usePublicationChange(editionId, () => api.post<Publication>(`${edition(editionId)}/publish`));
