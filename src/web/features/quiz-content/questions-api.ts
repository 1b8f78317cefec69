import {
  keepPreviousData,
  type QueryClient,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, apiRequest, DEFAULT_PAGE_SIZE } from '../../lib/api.ts';
import { editionKeys, invalidateEditionViews } from './editions-api.ts';
import type { QuestionSearch } from './search.ts';
import type {
  ImportReport,
  QuestionContentInput,
  QuestionDetail,
  QuestionFileFormat,
  QuestionSummary,
} from './types.ts';

const id = (value: string) => encodeURIComponent(value);

export const questionKeys = {
  all: ['quiz', 'questions'] as const,
  lists: (editionId: string) => [...questionKeys.all, 'list', editionId] as const,
  list: (editionId: string, search: QuestionSearch) => [...questionKeys.lists(editionId), search] as const,
  detail: (questionId: string) => [...questionKeys.all, 'detail', questionId] as const,
};

export const questionsQueryOptions = (editionId: string, search: QuestionSearch) =>
  queryOptions({
    queryKey: questionKeys.list(editionId, search),
    queryFn: ({ signal }) =>
      api.get<{ items: QuestionSummary[]; total: number }>(
        `/api/quiz/editions/${id(editionId)}/questions`,
        { ...search, page: search.page ?? 1, pageSize: DEFAULT_PAGE_SIZE },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export const questionQueryOptions = (questionId: string) =>
  queryOptions({
    queryKey: questionKeys.detail(questionId),
    queryFn: ({ signal }) =>
      api.get<{ question: QuestionDetail }>(`/api/quiz/questions/${id(questionId)}`, undefined, signal),
    select: (data) => data.question,
    // An open editor must not swap its content under the person typing; newer versions are
    // announced instead (see question-page.tsx).
    refetchOnWindowFocus: false,
  });

export const useQuestions = (editionId: string, search: QuestionSearch) =>
  useQuery(questionsQueryOptions(editionId, search));
export const useQuestion = (questionId: string) => useQuery(questionQueryOptions(questionId));

/** After any change to a question: its detail is the answer; lists and coverage are stale. */
function storeQuestion(queryClient: QueryClient, question: QuestionDetail) {
  queryClient.setQueryData(questionKeys.detail(question.id), { question });
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: questionKeys.lists(question.editionId) }),
    invalidateEditionViews(queryClient, question.editionId),
  ]);
}

export interface QuestionBody {
  objectiveId: string;
  content: QuestionContentInput;
}

export function useCreateQuestion(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: QuestionBody) =>
      api
        .post<{ question: QuestionDetail }>(`/api/quiz/editions/${id(editionId)}/questions`, body)
        .then((r) => r.question),
    onSuccess: (question) => storeQuestion(queryClient, question),
  });
}

/** Saves an edit as a new version; 409 `stale_version` when someone saved after `baseVersion`. */
export function useUpdateQuestion(questionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: QuestionBody & { baseVersion: number }) =>
      apiRequest<{ question: QuestionDetail }>(`/api/quiz/questions/${id(questionId)}`, {
        method: 'PUT',
        body,
      }).then((r) => r.question),
    onSuccess: (question) => storeQuestion(queryClient, question),
  });
}

export type WorkflowAction = 'submit' | 'approve' | 'return' | 'retire' | 'restore';

export function useQuestionAction(questionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, note }: { action: WorkflowAction; note?: string | undefined }) =>
      api
        .post<{ question: QuestionDetail }>(
          `/api/quiz/questions/${id(questionId)}/${action}`,
          note ? { note } : {},
        )
        .then((r) => r.question),
    onSuccess: (question) => storeQuestion(queryClient, question),
  });
}

export function useAddComment(questionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { anchor?: string | undefined; body: string }) =>
      api
        .post<{ question: QuestionDetail }>(`/api/quiz/questions/${id(questionId)}/comments`, input)
        .then((r) => r.question),
    onSuccess: (question) => queryClient.setQueryData(questionKeys.detail(question.id), { question }),
  });
}

export function useResolveComment(questionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ commentId, resolved }: { commentId: string; resolved: boolean }) =>
      api
        .patch<{ question: QuestionDetail }>(
          `/api/quiz/questions/${id(questionId)}/comments/${id(commentId)}`,
          { resolved },
        )
        .then((r) => r.question),
    onSuccess: (question) => queryClient.setQueryData(questionKeys.detail(question.id), { question }),
  });
}

// ---------------------------------------------------------------------------------------------
// Import and export

export interface ImportRequest {
  format: QuestionFileFormat;
  content: string;
  dryRun: boolean;
  skipInvalid: boolean;
}

/** Checks (dryRun) or imports a file. An import with errors and without skipInvalid is a 400 `import_invalid`. */
export function useImportQuestions(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportRequest) =>
      api.post<ImportReport>(`/api/quiz/editions/${id(editionId)}/import`, body),
    onSuccess: (report) => {
      if (report.created === null) return;
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: questionKeys.lists(editionId) }),
        queryClient.invalidateQueries({ queryKey: editionKeys.detail(editionId) }),
        invalidateEditionViews(queryClient, editionId),
      ]);
    },
  });
}

/** The download address of the edition's questions (the server sends it as an attachment). */
export const exportUrl = (editionId: string, format: QuestionFileFormat): string =>
  `/api/quiz/editions/${id(editionId)}/export?format=${format}`;
