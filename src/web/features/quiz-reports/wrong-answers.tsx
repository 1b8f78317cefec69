import {
  Badge,
  Box,
  Button,
  Card,
  Group,
  List,
  Stack,
  Text,
  ThemeIcon,
  Title,
  type TitleOrder,
} from '@mantine/core';
import { IconCheck, IconPointFilled, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { RichText } from '../quiz-play/rich-text.tsx';
import { objectiveTitles } from './figures.ts';
import type { ThemeShare, WrongAnswer } from './types.ts';

/** How many questions show before "show all": the page stays short on a phone. */
const FIRST_SHOWN = 5;

const outcomeColor: Record<WrongAnswer['outcome'], string> = {
  wrong: 'red',
  half_right: 'orange',
  unanswered: 'gray',
  late: 'grape',
};

interface WrongAnswersProps {
  answers: WrongAnswer[];
  themes: ThemeShare[];
  level: TitleOrder;
}

/** Every question not answered completely right: the options (right and chosen), feedback and explanation. */
export function WrongAnswersSection({ answers, themes, level }: WrongAnswersProps) {
  const { t } = useTranslation();
  const titles = objectiveTitles(themes, currentLocale());
  const [showAll, setShowAll] = useState(false);
  const sorted = [...answers].sort((a, b) =>
    a.module === b.module ? a.position - b.position : a.module === 'core' ? -1 : 1,
  );
  const shown = showAll ? sorted : sorted.slice(0, FIRST_SHOWN);
  return (
    <Box component="section" aria-labelledby="wrong-title">
      <Title order={level} id="wrong-title" mb="xs">
        {t('quizReports.wrong.title')}
      </Title>
      {sorted.length === 0 ? (
        <Text>{t('quizReports.wrong.none')}</Text>
      ) : (
        <Stack gap="md">
          <Text>{t('quizReports.wrong.intro', { count: sorted.length })}</Text>
          <Stack component="ol" id="wrong-list" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
            {shown.map((answer) => (
              <WrongAnswerCard
                key={`${answer.module}-${answer.position}`}
                answer={answer}
                objective={titles.get(answer.objectiveId)?.title ?? null}
                level={Math.min(6, level + 1) as TitleOrder}
              />
            ))}
          </Stack>
          {sorted.length > FIRST_SHOWN && (
            <Group>
              <Button
                variant="light"
                aria-expanded={showAll}
                aria-controls="wrong-list"
                onClick={() => setShowAll((value) => !value)}
              >
                {showAll
                  ? t('quizReports.wrong.showFewer', { count: FIRST_SHOWN })
                  : t('quizReports.wrong.showAll', { count: sorted.length })}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Box>
  );
}

function WrongAnswerCard({
  answer,
  objective,
  level,
}: {
  answer: WrongAnswer;
  objective: string | null;
  level: TitleOrder;
}) {
  const { t } = useTranslation();
  const number = answer.position + 1;
  const headingId = `wrong-${answer.module}-${answer.position}`;
  const format = answer.stemFormat;
  return (
    <Card component="li" withBorder padding="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={level} size="h5" id={headingId}>
            {answer.module === 'core'
              ? t('quizReports.wrong.question', { number })
              : t('quizReports.wrong.managerQuestion', { number })}
          </Title>
          <Badge color={outcomeColor[answer.outcome]} variant="light" tt="none">
            {t(`quizReports.wrong.outcome.${answer.outcome}`)}
          </Badge>
        </Group>
        {objective && (
          <Text size="sm" c="dimmed">
            {objective}
          </Text>
        )}
        <RichText text={answer.stem} format={format} />
        {answer.type === 'ordering' ? <OrderingAnswer answer={answer} /> : <ChoiceAnswer answer={answer} />}
        {answer.explanation.trim() !== '' && (
          <Box
            p="sm"
            bg="var(--mantine-color-indigo-light)"
            style={{ borderRadius: 'var(--mantine-radius-sm)' }}
          >
            <Text fw={700} size="sm">
              {t('quizReports.wrong.explanation')}
            </Text>
            <RichText text={answer.explanation} format={format} />
          </Box>
        )}
      </Stack>
    </Card>
  );
}

function ChoiceAnswer({ answer }: { answer: WrongAnswer }) {
  const { t } = useTranslation();
  return (
    <List spacing="xs" listStyleType="none" aria-label={t('quizReports.wrong.optionsLabel')} m={0} p={0}>
      {answer.options.map((option, index) => {
        const label = option.correct
          ? option.chosen
            ? t('quizReports.wrong.rightAndChosen')
            : t('quizReports.wrong.right')
          : option.chosen
            ? t('quizReports.wrong.chosen')
            : null;
        const showFeedback = option.feedback && (option.chosen || option.correct);
        return (
          // Options keep the question's own order, which never changes here.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <List.Item key={index}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <ThemeIcon
                size="sm"
                radius="xl"
                variant={option.correct || option.chosen ? 'filled' : 'light'}
                color={option.correct ? 'teal' : option.chosen ? 'red' : 'gray'}
                aria-hidden="true"
                mt={2}
              >
                {option.correct ? (
                  <IconCheck size={14} />
                ) : option.chosen ? (
                  <IconX size={14} />
                ) : (
                  <IconPointFilled size={10} />
                )}
              </ThemeIcon>
              <div>
                <Text fw={option.correct ? 700 : 400}>
                  <RichText text={option.text} format={answer.stemFormat} mode="inline" />
                  {label && (
                    <Text span size="sm" c={option.correct ? 'teal.9' : 'red.9'} fw={600}>
                      {` — ${label}`}
                    </Text>
                  )}
                </Text>
                {showFeedback && (
                  <Text size="sm" c="dimmed">
                    {option.feedback}
                  </Text>
                )}
              </div>
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}

function OrderingAnswer({ answer }: { answer: WrongAnswer }) {
  const { t } = useTranslation();
  const given = answer.givenOrder;
  return (
    <Group align="flex-start" gap="xl" wrap="wrap">
      {given && (
        <div>
          <Text fw={700} size="sm" id={`given-${answer.position}`}>
            {t('quizReports.wrong.yourOrder')}
          </Text>
          <List type="ordered" aria-labelledby={`given-${answer.position}`}>
            {given.map((optionIndex, place) => (
              <List.Item key={optionIndex} c={optionIndex === place ? 'teal.9' : 'red.9'}>
                <RichText
                  text={answer.options[optionIndex]?.text ?? '?'}
                  format={answer.stemFormat}
                  mode="inline"
                />
              </List.Item>
            ))}
          </List>
        </div>
      )}
      <div>
        <Text fw={700} size="sm" id={`right-${answer.position}`}>
          {t('quizReports.wrong.rightOrder')}
        </Text>
        <List type="ordered" aria-labelledby={`right-${answer.position}`}>
          {answer.options.map((option, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the right order is the options' own order
            <List.Item key={index}>
              <RichText text={option.text} format={answer.stemFormat} mode="inline" />
            </List.Item>
          ))}
        </List>
      </div>
    </Group>
  );
}
