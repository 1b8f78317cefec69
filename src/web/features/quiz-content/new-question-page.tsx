import { Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify.ts';
import { usePageTitle } from '../../components/page-title.ts';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { useEdition } from './editions-api.ts';
import { QuestionEditor } from './question-editor.tsx';
import { emptyQuestionValues, toQuestionInput } from './question-form.ts';
import { useCreateQuestion } from './questions-api.ts';

const route = getRouteApi('/quiz/manage/$editionId/questions/new');

/** Writing a new question: it is saved as a draft, then opens in the editor with the review panel. */
export function NewQuestionPage() {
  const { t } = useTranslation();
  const { editionId } = route.useParams();
  const { objectiveId, pool } = route.useSearch();
  const edition = useEdition(editionId);
  const create = useCreateQuestion(editionId);
  const navigate = useNavigate();
  // Fixed once, so the form does not start over when the edition is refetched.
  const [initialValues] = useState(() => emptyQuestionValues({ objectiveId, pool }));
  usePageTitle(edition.data ? `${t('quizContent.editor.newTitle')} · ${edition.data.name}` : undefined);

  return (
    <Stack gap="lg">
      <AnchorLink to="/quiz/manage/$editionId/questions" params={{ editionId }} size="sm">
        <IconArrowLeft size={14} aria-hidden="true" /> {t('quizContent.editor.backToList')}
      </AnchorLink>
      <Title order={2}>{t('quizContent.editor.newTitle')}</Title>
      <Text size="sm" c="dimmed">
        {t('quizContent.editor.newIntro')}
      </Text>
      <QueryState query={edition}>
        {(data) => (
          <QuestionEditor
            edition={data}
            initialValues={initialValues}
            readOnly={false}
            canComment={false}
            sectionOrder={3}
            submitLabel={t('quizContent.editor.saveNew')}
            onSubmit={async (values) => {
              const question = await create.mutateAsync(toQuestionInput(values));
              notifySuccess(t('quizContent.editor.created'));
              await navigate({ to: '/quiz/questions/$questionId', params: { questionId: question.id } });
              return true;
            }}
          />
        )}
      </QueryState>
    </Stack>
  );
}
