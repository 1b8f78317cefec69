import { Badge, Group, Stack, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/loading.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { currentLocale } from '../../i18n/i18n.ts';
import { describePracticeError } from './errors.ts';
import { themeTitle } from './figures.ts';
import { useAnswerByLink, useLinkQuestion, useOneClickAnswer } from './link-api.ts';
import { LinkProblem } from './link-problem.tsx';
import { answerLinkKind } from './links.ts';
import { LinkNextStep } from './next-step.tsx';
import { PracticeQuestionForm } from './question-form.tsx';
import { PracticeResult } from './result-view.tsx';
import type { PracticeItemResult } from './types.ts';

const route = getRouteApi('/oefenen/antwoord');

/**
 * `/oefenen/antwoord?token=…`: where the links in a practice mail land, on a phone as often
 * as not, without logging in. A link that stands for an option answers at once (by POST,
 * never by GET: mail scanners open every link); a link without an option opens the question
 * to answer here. Either way the page then shows right or wrong, the explanation and the
 * next open question.
 */
export function AnswerLinkPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  usePageTitle(t('quizPractice.answerPage.title'));
  return (
    <Stack gap="lg" maw={680} mx="auto">
      {!token ? (
        <LinkProblem context="answer" />
      ) : answerLinkKind(token) === 'one-click' ? (
        <OneClickAnswer key={token} token={token} />
      ) : (
        <OpenQuestion key={token} token={token} />
      )}
    </Stack>
  );
}

function PendingTitle({ label }: { label: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={1}>{t('quizPractice.answerPage.title')}</Title>
      <Loading label={label} />
    </>
  );
}

function OneClickAnswer({ token }: { token: string }) {
  const { t } = useTranslation();
  const answer = useOneClickAnswer(token, true);
  if (answer.isPending) return <PendingTitle label={t('quizPractice.answerPage.saving')} />;
  if (answer.isError)
    return <LinkProblem context="answer" error={answer.error} onRetry={() => void answer.refetch()} />;
  return <Answered result={answer.data} focusVerdict={false} />;
}

function OpenQuestion({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const view = useLinkQuestion(token, true);
  const submit = useAnswerByLink(token);
  // Answered on this page (set on sending, so the result never flashes as "answered before";
  // when it was answered elsewhere meanwhile, the server says so with alreadyAnswered).
  const [answeredHere, setAnsweredHere] = useState(false);

  if (view.isPending) return <PendingTitle label={t('quizPractice.answerPage.loading')} />;
  if (view.isError)
    return <LinkProblem context="answer" error={view.error} onRetry={() => void view.refetch()} />;

  const item = view.data;
  if (item.answer) {
    const already = item.alreadyAnswered || !answeredHere;
    return <Answered result={{ ...item, alreadyAnswered: already }} focusVerdict={answeredHere} />;
  }
  return (
    <Stack gap="md">
      <Title order={1}>{t('quizPractice.answerPage.title')}</Title>
      <Group gap="xs">
        <Badge variant="light" tt="none" h="auto" py={2} styles={{ label: { whiteSpace: 'normal' } }}>
          {t('quizPractice.themeLabel', { theme: themeTitle(item.theme, locale) })}
        </Badge>
        {item.entryCheck && (
          <Badge variant="light" color="grape" tt="none">
            {t('quizPractice.entryCheck')}
          </Badge>
        )}
      </Group>
      <PracticeQuestionForm
        key={item.itemId}
        question={item.question}
        busy={submit.isPending}
        error={submit.isError ? describePracticeError(submit.error, i18n) : null}
        onAnswer={(response) => {
          setAnsweredHere(true);
          submit.mutate(response);
        }}
      />
    </Stack>
  );
}

function Answered({ result, focusVerdict }: { result: PracticeItemResult; focusVerdict: boolean }) {
  const { answer } = result;
  // After a POST the answer is always there; without it the server broke its contract.
  if (!answer) return <LinkProblem context="answer" error={new Error('answer missing')} />;
  return (
    <PracticeResult
      item={{ ...result, answer }}
      alreadyAnswered={result.alreadyAnswered}
      linkOption={result.linkOption}
      headingOrder={1}
      focusVerdict={focusVerdict}
    >
      <LinkNextStep result={result} />
    </PracticeResult>
  );
}
