import { Alert, Button, Collapse, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconInfoCircle, IconRefresh } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { usePageTitle } from '../../components/page-title.ts';
import { AnchorLink } from '../../components/router-links.tsx';
import { ApiError } from '../../lib/api.ts';
import { useEdition } from './editions-api.ts';
import { QuestionEditor } from './question-editor.tsx';
import { questionFormValues, toQuestionInput } from './question-form.ts';
import { QuestionPreview } from './question-preview.tsx';
import { useQuestion, useUpdateQuestion } from './questions-api.ts';
import { RequireQuizAccess } from './quiz-access.tsx';
import { ReviewPanel } from './review-panel.tsx';
import type { Edition, QuestionDetail, QuestionVersion } from './types.ts';

const route = getRouteApi('/quiz/questions/$questionId');

/** `/quiz/questions/$questionId`: edit a question and review it. */
export function QuestionPage() {
  return (
    <RequireQuizAccess>
      <QuestionPageContent />
    </RequireQuizAccess>
  );
}

function QuestionPageContent() {
  const { t } = useTranslation();
  const { questionId } = route.useParams();
  const question = useQuestion(questionId);
  const edition = useEdition(question.data?.editionId ?? '', { enabled: !!question.data });
  usePageTitle(t('quizContent.editor.editTitle'));

  if (question.isPending || (question.data && edition.isPending)) return <Loading />;
  if (question.isError) return <ErrorAlert error={question.error} onRetry={() => void question.refetch()} />;
  if (edition.isError) return <ErrorAlert error={edition.error} onRetry={() => void edition.refetch()} />;
  return <QuestionWorkspace question={question.data} edition={edition.data!} refetch={question.refetch} />;
}

interface WorkspaceProps {
  question: QuestionDetail;
  edition: Edition;
  refetch: () => Promise<{ data?: QuestionDetail | undefined }>;
}

function QuestionWorkspace({ question, edition, refetch }: WorkspaceProps) {
  const { t } = useTranslation();
  const update = useUpdateQuestion(question.id);
  // The version the editor was filled from. It changes only when this person saves or
  // chooses to load a newer one, so nobody's typing is replaced underneath them.
  const [base, setBase] = useState<QuestionVersion>(question.current);
  const [stale, setStale] = useState<number | null>(null);
  const bannerRef = useRef<HTMLDivElement>(null);
  // The save button is at the bottom, the explanation at the top: bring it into view.
  useEffect(() => {
    if (stale === null) return;
    bannerRef.current?.scrollIntoView({ block: 'center' });
    bannerRef.current?.focus({ preventScroll: true });
  }, [stale]);
  const [dirty, setDirty] = useState(false);
  const onDirtyChange = useCallback((next: boolean) => setDirty(next), []);
  const newer = question.current.id !== base.id ? question.current : null;

  const reload = async () => {
    const result = await refetch();
    if (result.data) setBase(result.data.current);
    setStale(null);
  };

  const banner =
    stale !== null ? (
      <Alert
        ref={bannerRef}
        tabIndex={-1}
        color="red"
        role="alert"
        icon={<IconAlertTriangle aria-hidden="true" />}
        title={t('quizContent.editor.staleTitle')}
      >
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('quizContent.editor.staleText', { version: stale })}</Text>
          <Button
            size="xs"
            leftSection={<IconRefresh size={14} aria-hidden="true" />}
            onClick={() => void reload()}
          >
            {t('quizContent.editor.staleReload')}
          </Button>
        </Stack>
      </Alert>
    ) : newer ? (
      <Alert
        color="yellow"
        icon={<IconInfoCircle aria-hidden="true" />}
        title={t('quizContent.editor.newerTitle')}
      >
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            {t('quizContent.editor.newerText', {
              name: newer.editedBy?.name ?? t('quizContent.review.system'),
              version: newer.version,
            })}
          </Text>
          <Button
            size="xs"
            leftSection={<IconRefresh size={14} aria-hidden="true" />}
            onClick={() => void reload()}
          >
            {t('quizContent.editor.staleReload')}
          </Button>
        </Stack>
      </Alert>
    ) : null;

  const readOnly = !question.can.edit;

  return (
    <Stack gap="lg">
      <AnchorLink to="/quiz/manage/$editionId/questions" params={{ editionId: edition.id }} size="sm">
        <IconArrowLeft size={14} aria-hidden="true" /> {t('quizContent.editor.backToList')} ({edition.name})
      </AnchorLink>
      <Title order={1}>{t('quizContent.editor.editTitle')}</Title>
      {question.status === 'retired' && (
        <Alert color="gray" icon={<IconInfoCircle aria-hidden="true" />}>
          {t('quizContent.editor.retiredNotice')}
        </Alert>
      )}
      {!readOnly && question.approved && question.approved.id !== question.current.id && (
        <LiveVersionNotice version={question.approved} />
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <QuestionEditor
            key={base.id}
            edition={edition}
            initialValues={questionFormValues(base)}
            question={question}
            readOnly={readOnly}
            canComment={question.can.edit || question.can.retire}
            sectionOrder={2}
            submitLabel={t('quizContent.editor.saveVersion')}
            onDirtyChange={onDirtyChange}
            banner={banner}
            onSubmit={async (values) => {
              try {
                const saved = await update.mutateAsync({
                  ...toQuestionInput(values),
                  baseVersion: base.version,
                });
                setBase(saved.current);
                notifySuccess(
                  saved.approved && saved.approved.id !== saved.current.id
                    ? t('quizContent.editor.savedRevision', { version: saved.current.version })
                    : t('quizContent.editor.savedVersion', { version: saved.current.version }),
                );
                return true;
              } catch (error) {
                if (error instanceof ApiError && error.code === 'stale_version') {
                  // The banner explains it; the form keeps what the person typed.
                  setStale(Number(error.details?.currentVersion) || base.version + 1);
                  return false;
                }
                throw error;
              }
            }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <ReviewPanel question={question} dirty={dirty} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** While a revision is in the making, the approved version still plays; it can be looked at here. */
function LiveVersionNotice({ version }: { version: QuestionVersion }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <Alert color="blue" icon={<IconInfoCircle aria-hidden="true" />} title={t('quizContent.revisionPending')}>
      <Stack gap="xs">
        <Text size="sm">{t('quizContent.revisionPendingHelp')}</Text>
        <Group>
          <Button
            size="xs"
            variant="light"
            aria-expanded={open}
            aria-controls={id}
            onClick={() => setOpen((v) => !v)}
          >
            {open ? t('quizContent.editor.hideLiveVersion') : t('quizContent.editor.showLiveVersion')}
          </Button>
        </Group>
        <Collapse expanded={open} id={id}>
          <Stack gap="xs" pt="xs">
            <Text fw={600} size="sm">
              {t('quizContent.editor.liveVersionTitle', { version: version.version })}
            </Text>
            <QuestionPreview content={version.content} />
          </Stack>
        </Collapse>
      </Stack>
    </Alert>
  );
}
