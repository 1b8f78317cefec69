import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EditionStatus, QuestionStatus } from './types.ts';

const questionColor: Record<QuestionStatus, string> = {
  draft: 'gray',
  in_review: 'orange',
  approved: 'teal',
  retired: 'dark',
};

const editionColor: Record<EditionStatus, string> = {
  draft: 'gray',
  registration: 'blue',
  practice: 'violet',
  event: 'orange',
  results: 'teal',
  archived: 'dark',
};

// Badges carry their meaning in words; colour only helps people who scan.
// Never cut off ("Goe…"): the label wraps in narrow table cells instead.
const badgeProps = {
  variant: 'light',
  tt: 'none',
  fw: 600,
  h: 'auto',
  py: 2,
  styles: { label: { whiteSpace: 'normal', overflow: 'visible' } },
} as const;

/** Concept / In review / Goedgekeurd / Uit gebruik, plus "Revisie loopt" when a newer version awaits approval. */
export function QuestionStatusBadge({
  status,
  pendingRevision = false,
}: {
  status: QuestionStatus;
  pendingRevision?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      <Badge color={questionColor[status]} {...badgeProps}>
        {t(`quizContent.questionStatuses.${status}`)}
      </Badge>
      {pendingRevision && (
        <Badge color="blue" {...badgeProps} title={t('quizContent.revisionPendingHelp')}>
          {t('quizContent.revisionPending')}
        </Badge>
      )}
    </Group>
  );
}

export function EditionStatusBadge({ status }: { status: EditionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={editionColor[status]} {...badgeProps}>
      {t(`quizContent.statuses.${status}`)}
    </Badge>
  );
}
