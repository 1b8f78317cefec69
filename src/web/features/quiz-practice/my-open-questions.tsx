import { Badge, Box, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { formatDateTime } from '../../lib/format.ts';
import { describePracticeError } from './errors.ts';
import { themeTitle } from './figures.ts';
import { useAnswerMyItem, useMyItem, useMyOpenQuestions } from './me-api.ts';
import { PracticeQuestionForm } from './question-form.tsx';
import { PracticeResult } from './result-view.tsx';

/**
 * The questions from the mails that are still open, answered here one at a time (the same
 * questions as in the mail: answering here or by the mail's link counts once).
 */
export function MyOpenQuestions({ year }: { year: number }) {
  const { t } = useTranslation();
  const open = useMyOpenQuestions(year, true);
  const [shownId, setShownId] = useState<string | null>(null);
  const [done, setDone] = useState<string[]>([]);

  return (
    <Box component="section" aria-labelledby="practice-open-title">
      <Title order={2} id="practice-open-title" mb="sm">
        {t('quizPractice.me.openTitle')}
      </Title>
      <QueryState query={open}>
        {(items) => {
          const waiting = items.filter((i) => !done.includes(i.itemId));
          const shown = shownId ?? waiting[0]?.itemId ?? null;
          if (!shown) return <Text>{t('quizPractice.me.openNone')}</Text>;
          const others = waiting.filter((i) => i.itemId !== shown);
          return (
            <OpenQuestionCard
              key={shown}
              itemId={shown}
              year={year}
              openCount={others.length + (done.includes(shown) ? 0 : 1)}
              onAnswered={() => {
                setShownId(shown);
                setDone((d) => [...d, shown]);
              }}
              onNext={others[0] ? () => setShownId(others[0]!.itemId) : null}
            />
          );
        }}
      </QueryState>
    </Box>
  );
}

interface OpenQuestionCardProps {
  itemId: string;
  year: number;
  /** Open questions including this one, while it is open. */
  openCount: number;
  onAnswered: () => void;
  onNext: (() => void) | null;
}

function OpenQuestionCard({ itemId, year, openCount, onAnswered, onNext }: OpenQuestionCardProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const item = useMyItem(itemId);
  const answer = useAnswerMyItem(year);
  const [answeredHere, setAnsweredHere] = useState(false);

  return (
    <Card withBorder padding="lg" maw={720}>
      <QueryState query={item}>
        {(data) =>
          data.answer ? (
            <PracticeResult
              item={{ ...data, answer: data.answer }}
              alreadyAnswered={data.alreadyAnswered || !answeredHere}
              headingOrder={3}
              focusVerdict={answeredHere}
            >
              {onNext ? (
                <Button
                  size="lg"
                  fullWidth
                  onClick={onNext}
                  rightSection={<IconArrowRight size={20} aria-hidden="true" />}
                >
                  {t('quizPractice.result.next')}
                </Button>
              ) : (
                <Text>{t('quizPractice.result.allDone')}</Text>
              )}
            </PracticeResult>
          ) : (
            <Stack gap="md">
              <Stack gap={6}>
                <Title order={3} size="h4">
                  {t('quizPractice.me.openPosition', { count: openCount })}
                </Title>
                <Group gap="xs">
                  <Badge
                    variant="light"
                    tt="none"
                    h="auto"
                    py={2}
                    styles={{ label: { whiteSpace: 'normal' } }}
                  >
                    {t('quizPractice.themeLabel', { theme: themeTitle(data.theme, locale) })}
                  </Badge>
                  {data.entryCheck && (
                    <Badge variant="light" color="grape" tt="none">
                      {t('quizPractice.entryCheck')}
                    </Badge>
                  )}
                </Group>
                {data.sentAt && (
                  <Text size="sm" c="dimmed">
                    {t('quizPractice.me.openSent', { date: formatDateTime(data.sentAt, locale) })}
                  </Text>
                )}
              </Stack>
              <PracticeQuestionForm
                question={data.question}
                busy={answer.isPending}
                error={answer.isError ? describePracticeError(answer.error, i18n) : null}
                onAnswer={(response) => {
                  setAnsweredHere(true);
                  answer.mutate({ itemId, response }, { onSuccess: onAnswered });
                }}
              />
            </Stack>
          )
        }
      </QueryState>
    </Card>
  );
}
