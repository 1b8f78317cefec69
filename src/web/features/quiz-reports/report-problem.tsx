import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { isApiError } from '../../lib/api.ts';

export type ProblemKind = 'not_yet' | 'not_registered' | 'forbidden' | 'no_event_date' | 'not_found';

/** The answers of the report API that are a state to explain, not a failure to retry. */
export function problemKind(error: unknown): ProblemKind | null {
  if (!isApiError(error)) return null;
  if (error.code === 'report_not_available') return 'not_yet';
  if (error.code === 'not_registered') return 'not_registered';
  if (error.code === 'no_event_date') return 'no_event_date';
  if (error.status === 403) return 'forbidden';
  if (error.status === 404) return 'not_found';
  return null;
}

interface ReportProblemProps {
  error: unknown;
  onRetry: () => void;
  /** Heading level of the state's title: 1 on a page of its own, 2 below a layout's title. */
  level?: 1 | 2;
  /** Texts per kind; kinds without one fall back to the error alert. */
  texts: Partial<Record<ProblemKind, { title: string; text: string }>>;
  children?: ReactNode;
}

/**
 * A report that cannot be shown: a friendly explanation for the expected cases (not yet,
 * no access, did not take part), the error alert with "try again" for everything else.
 */
export function ReportProblem({ error, onRetry, level = 1, texts, children }: ReportProblemProps) {
  const kind = problemKind(error);
  const found = kind ? texts[kind] : undefined;
  if (!found) return <ErrorAlert error={error} onRetry={onRetry} />;
  return (
    <ProblemState title={found.title} level={level}>
      <Text>{found.text}</Text>
      {children}
    </ProblemState>
  );
}

function ProblemState({ title, level, children }: { title: string; level: 1 | 2; children: ReactNode }) {
  usePageTitle(title);
  return (
    <Stack gap="md" maw={640} role="status">
      <Title order={level}>{title}</Title>
      {children}
    </Stack>
  );
}

/** The no-access texts every report shares. */
export function useForbiddenText(): { title: string; text: string } {
  const { t } = useTranslation();
  return { title: t('quizReports.common.forbiddenTitle'), text: t('quizReports.common.forbiddenText') };
}
