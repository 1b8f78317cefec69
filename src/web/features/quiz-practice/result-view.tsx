import { Alert, Badge, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { formatDateTime } from '../../lib/format.ts';
import { RichText } from '../quiz-play/rich-text.tsx';
import { chosenList, linkDiffers, optionStates, positionsRight } from './answer.ts';
import { themeTitle } from './figures.ts';
import classes from './practice.module.css';
import type { PracticeItem, RecordedAnswer } from './types.ts';

type HeadingOrder = 1 | 2 | 3;

interface PracticeResultProps {
  item: PracticeItem & { answer: RecordedAnswer };
  /** Nothing was recorded now: the question had been answered before. */
  alreadyAnswered: boolean;
  /** The option a one-click link stood for, to say when it differs from the first answer. */
  linkOption?: number | null;
  headingOrder: HeadingOrder;
  /** Move the keyboard and screen-reader focus to the verdict (after answering on the page). */
  focusVerdict?: boolean;
  /** The way on: the next question, or where to go now. */
  children?: ReactNode;
}

const verdictColor = { correct: 'teal', partly_correct: 'yellow', wrong: 'red' } as const;

/**
 * What a person learns from a practice question: right or wrong, the right answer next to
 * theirs with the expert's feedback on their choice, and the explanation. When the question
 * had been answered before, it says so and shows that first answer.
 */
export function PracticeResult({
  item,
  alreadyAnswered,
  linkOption = null,
  headingOrder,
  focusVerdict = false,
  children,
}: PracticeResultProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { answer, question } = item;
  const sub = Math.min(headingOrder + 1, 6) as 2 | 3 | 4;

  useEffect(() => {
    if (focusVerdict) headingRef.current?.focus();
  }, [focusVerdict]);

  const color = verdictColor[answer.result];
  const Icon = answer.correct ? IconCheck : IconX;

  return (
    <Stack gap="lg" component="section" aria-labelledby={headingId}>
      <Group gap="sm" wrap="nowrap" align="center">
        <Icon
          size={36}
          color={`var(--mantine-color-${color}-8)`}
          aria-hidden="true"
          style={{ flex: 'none' }}
        />
        <Title order={headingOrder} id={headingId} ref={headingRef} tabIndex={-1} className={classes.verdict}>
          {alreadyAnswered
            ? t('quizPractice.result.alreadyTitle')
            : t(`quizPractice.result.${answer.result}`)}
        </Title>
      </Group>

      {alreadyAnswered && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden="true" />}>
          <Stack gap={4}>
            <Text fw={600}>{t(`quizPractice.result.alreadyVerdict.${answer.result}`)}</Text>
            <Text size="sm">
              {t('quizPractice.result.alreadyText', { date: formatDateTime(answer.answeredAt, locale) })}
            </Text>
            {linkDiffers(answer, linkOption) && <Text size="sm">{t('quizPractice.result.linkDiffers')}</Text>}
          </Stack>
        </Alert>
      )}

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

      <Stack gap="sm">
        <div style={{ fontWeight: 600 }}>
          <RichText text={question.stem} format={question.stemFormat} mode="phrasing" />
        </div>
        {question.type === 'ordering' ? (
          <OrderingReview item={item} headingOrder={sub} />
        ) : (
          <ChoiceReview item={item} />
        )}
      </Stack>

      {answer.explanation && (
        <section aria-labelledby={`${headingId}-explanation`}>
          <Title order={sub} size="h4" id={`${headingId}-explanation`} mb="xs">
            {t('quizPractice.result.explanation')}
          </Title>
          <RichText text={answer.explanation} format={question.stemFormat} headingOffset={sub} />
        </section>
      )}

      {children}
    </Stack>
  );
}

interface ReviewProps {
  item: PracticeItem & { answer: RecordedAnswer };
}

/** Every option, marked right or wrong, with "your choice" and the expert's note on what was chosen. */
function ChoiceReview({ item }: ReviewProps) {
  const { t } = useTranslation();
  const { answer, question } = item;
  const states = optionStates(question.options.length, answer);
  const title = answer.correctOptions.length > 1 ? 'rightAnswers' : 'rightAnswer';
  return (
    <>
      <VisuallyHidden>{t(`quizPractice.result.${title}`)}</VisuallyHidden>
      <ul className={classes.review} aria-label={t('quizPractice.result.optionsTitle')}>
        {question.options.map((option, index) => {
          const state = states[index]!;
          const tone = state.right ? 'right' : state.picked ? 'wrong' : 'neutral';
          const marks = [
            state.right && t('quizPractice.result.right'),
            state.picked && t('quizPractice.result.yourChoice'),
          ].filter(Boolean);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: options are identified by their display position
            <li key={index} className={classes.reviewItem} data-state={tone}>
              <span className={classes.reviewIcon}>
                {state.right ? (
                  <IconCheck size={20} color="var(--mantine-color-teal-8)" aria-hidden="true" />
                ) : state.picked ? (
                  <IconX size={20} color="var(--mantine-color-red-8)" aria-hidden="true" />
                ) : null}
              </span>
              <Stack gap={2}>
                <Text>
                  <RichText text={option.text} format={question.stemFormat} mode="inline" />
                  {marks.length > 0 && (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      ({marks.join(', ')})
                    </Text>
                  )}
                </Text>
                {state.note && (
                  <Text size="sm">
                    <RichText text={state.note} format={question.stemFormat} mode="inline" />
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

/** The person's order with each place marked, next to the right order. */
function OrderingReview({ item, headingOrder }: ReviewProps & { headingOrder: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  const { answer, question } = item;
  const given = chosenList(answer.chosen);
  const right = answer.correctOptions;
  const text = (index: number) => (
    <RichText text={question.options[index]?.text ?? ''} format={question.stemFormat} mode="inline" />
  );
  return (
    <Stack gap="md">
      {!answer.correct && (
        <Text>
          {t('quizPractice.result.positionsRight', {
            right: positionsRight(given, right),
            total: right.length,
          })}
        </Text>
      )}
      <div>
        <Title order={headingOrder} size="h5" mb={6}>
          {t('quizPractice.result.yourOrder')}
        </Title>
        <ol className={classes.review}>
          {given.map((index, place) => {
            const inPlace = right[place] === index;
            return (
              <li key={index} className={classes.reviewItem} data-state={inPlace ? 'right' : 'wrong'}>
                <span className={classes.reviewIcon}>
                  {inPlace ? (
                    <IconCheck size={20} color="var(--mantine-color-teal-8)" aria-hidden="true" />
                  ) : (
                    <IconX size={20} color="var(--mantine-color-red-8)" aria-hidden="true" />
                  )}
                </span>
                <Text>
                  {place + 1}. {text(index)}
                  <VisuallyHidden>
                    {' '}
                    ({inPlace ? t('quizPractice.result.inPlace') : t('quizPractice.result.notInPlace')})
                  </VisuallyHidden>
                </Text>
              </li>
            );
          })}
        </ol>
      </div>
      {!answer.correct && (
        <div>
          <Title order={headingOrder} size="h5" mb={6}>
            {t('quizPractice.result.rightOrder')}
          </Title>
          <ol className={classes.review}>
            {right.map((index, place) => (
              <li key={index} className={classes.reviewItem} data-state="neutral">
                <Text>
                  {place + 1}. {text(index)}
                </Text>
              </li>
            ))}
          </ol>
        </div>
      )}
    </Stack>
  );
}
