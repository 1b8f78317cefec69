import { Alert, Badge, Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconClockX, IconFlame, IconX } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerFeedback, AnswerResponse, CurrentQuestion } from './api.ts';
import { positionsRight } from './ordering.ts';
import classes from './quiz-play.module.css';
import { RichText } from './rich-text.tsx';

interface FeedbackPanelProps {
  current: CurrentQuestion;
  response: AnswerResponse;
  feedback: AnswerFeedback;
  onNext: () => void;
}

/**
 * What the participant learns after answering: right or wrong (focused, so screen readers
 * read it at once), the points and streak, the right answer next to theirs, the
 * explanation, and the way on.
 */
export function FeedbackPanel({ current, response, feedback, onNext }: FeedbackPanelProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { question } = current;
  const format = question.stemFormat;
  const last = feedback.progress.answered >= feedback.progress.total;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const verdict = feedback.late
    ? t('quizPlay.feedback.late')
    : feedback.correct
      ? t('quizPlay.feedback.correct')
      : feedback.credit > 0
        ? t('quizPlay.feedback.half')
        : t('quizPlay.feedback.wrong');
  const color = feedback.correct ? 'teal' : feedback.credit > 0 ? 'yellow' : 'red';
  const Icon = feedback.late ? IconClockX : feedback.correct ? IconCheck : IconX;

  return (
    <Stack gap="lg" component="section" aria-labelledby="feedback-title">
      <Group gap="sm" wrap="nowrap" align="center">
        <Icon size={36} color={`var(--mantine-color-${color}-8)`} aria-hidden="true" />
        <Title order={2} id="feedback-title" ref={headingRef} tabIndex={-1}>
          {verdict}{' '}
          <Badge size="xl" color={color} variant="light" component="span" style={{ verticalAlign: 'middle' }}>
            {t('quizPlay.feedback.points', { count: feedback.points })}
          </Badge>
        </Title>
      </Group>
      {feedback.late && (
        <Alert color="orange" variant="light">
          {t('quizPlay.feedback.lateText')}
        </Alert>
      )}
      {feedback.streak > 1 && (
        <Group gap={6}>
          <IconFlame size={22} color="var(--mantine-color-orange-8)" aria-hidden="true" />
          <Text fw={600}>{t('quizPlay.feedback.streak', { count: feedback.streak })}</Text>
        </Group>
      )}

      <Stack gap="xs">
        <Text fw={600}>
          <RichText text={question.stem} format={format} mode="inline" />
        </Text>
        {question.type === 'ordering' ? (
          <OrderingReview current={current} response={response} feedback={feedback} />
        ) : (
          <ChoiceReview current={current} response={response} feedback={feedback} />
        )}
      </Stack>

      {feedback.explanation && (
        <section aria-labelledby="explanation-title">
          <Title order={3} size="h4" id="explanation-title" mb="xs">
            {t('quizPlay.feedback.explanation')}
          </Title>
          <RichText text={feedback.explanation} format={format} headingOffset={2} />
        </section>
      )}

      <Button size="lg" fullWidth onClick={onNext}>
        {last ? t('quizPlay.feedback.finish') : t('quizPlay.feedback.next')}
      </Button>
    </Stack>
  );
}

type ReviewProps = Omit<FeedbackPanelProps, 'onNext'>;

/** Every option, marked right or wrong, with "your choice" and the expert's feedback on what was chosen. */
function ChoiceReview({ current, response, feedback }: ReviewProps) {
  const { t } = useTranslation();
  const chosen = Array.isArray(response) ? response : [response];
  const title = feedback.correctOptions.length > 1 ? 'rightAnswers' : 'rightAnswer';
  return (
    <>
      <VisuallyHidden>{t(`quizPlay.feedback.${title}`)}</VisuallyHidden>
      <ul className={classes.review}>
        {current.question.options.map((option, index) => {
          const right = feedback.correctOptions.includes(index);
          const picked = chosen.includes(index);
          const state = right ? 'right' : picked ? 'wrong' : 'neutral';
          const note = picked ? feedback.optionFeedback[index] : null;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: options are identified by their display position
            <li key={index} className={classes.reviewItem} data-state={state}>
              {right ? (
                <IconCheck size={20} color="var(--mantine-color-teal-8)" aria-hidden="true" />
              ) : picked ? (
                <IconX size={20} color="var(--mantine-color-red-8)" aria-hidden="true" />
              ) : (
                <span style={{ width: 20, flex: 'none' }} />
              )}
              <Stack gap={2}>
                <Text>
                  <RichText text={option.text} format={current.question.stemFormat} mode="inline" />
                  {(right || picked) && (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      (
                      {[right && t('quizPlay.feedback.right'), picked && t('quizPlay.feedback.yourChoice')]
                        .filter(Boolean)
                        .join(', ')}
                      )
                    </Text>
                  )}
                </Text>
                {note && (
                  <Text size="sm">
                    <RichText text={note} format={current.question.stemFormat} mode="inline" />
                  </Text>
                )}
              </Stack>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The participant's order with each place marked, next to the right order. */
function OrderingReview({ current, response, feedback }: ReviewProps) {
  const { t } = useTranslation();
  const given = Array.isArray(response) ? response : [];
  const right = feedback.correctOptions;
  const text = (item: number) => (
    <RichText
      text={current.question.options[item]?.text ?? ''}
      format={current.question.stemFormat}
      mode="inline"
    />
  );
  return (
    <Stack gap="md">
      {!feedback.correct && (
        <Text>
          {t('quizPlay.feedback.positionsRight', {
            right: positionsRight(given, right),
            total: right.length,
          })}
        </Text>
      )}
      <div>
        <Title order={3} size="h5" mb={6}>
          {t('quizPlay.feedback.yourAnswer')}
        </Title>
        <ol className={classes.review}>
          {given.map((item, index) => {
            const inPlace = right[index] === item;
            return (
              <li key={item} className={classes.reviewItem} data-state={inPlace ? 'right' : 'wrong'}>
                {inPlace ? (
                  <IconCheck size={20} color="var(--mantine-color-teal-8)" aria-hidden="true" />
                ) : (
                  <IconX size={20} color="var(--mantine-color-red-8)" aria-hidden="true" />
                )}
                <Text>
                  {index + 1}. {text(item)}
                  <VisuallyHidden>
                    {' '}
                    ({inPlace ? t('quizPlay.feedback.inPlace') : t('quizPlay.feedback.notInPlace')})
                  </VisuallyHidden>
                </Text>
              </li>
            );
          })}
        </ol>
      </div>
      {!feedback.correct && (
        <div>
          <Title order={3} size="h5" mb={6}>
            {t('quizPlay.feedback.rightOrder')}
          </Title>
          <ol className={classes.review}>
            {right.map((item, index) => (
              <li key={item} className={classes.reviewItem} data-state="neutral">
                <Text>
                  {index + 1}. {text(item)}
                </Text>
              </li>
            ))}
          </ol>
        </div>
      )}
    </Stack>
  );
}
