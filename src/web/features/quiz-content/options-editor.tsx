import {
  ActionIcon,
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../components/live-status.tsx';
import {
  MAX_OPTIONS,
  MIN_OPTIONS,
  moveItem,
  newOption,
  type OptionValues,
  type QuestionFormValues,
  setCorrect,
} from './question-form.ts';

/** What the options editor needs of the question form (Mantine's own type is not exported). */
export interface QuestionForm {
  getValues(): QuestionFormValues;
  setFieldValue(path: 'options', value: OptionValues[]): void;
  // biome-ignore lint/suspicious/noExplicitAny: Mantine's input props are typed `any` themselves.
  getInputProps(path: string): Record<string, any>;
  errors: Record<string, ReactNode>;
}

interface OptionsEditorProps {
  form: QuestionForm;
  /** Review comments for `option:N` (1-based), shown under that option. */
  renderComments?: (anchor: string) => ReactNode;
}

const moveId = (key: string, direction: 'up' | 'down') => `option-move-${direction}-${key}`;

/**
 * The answers of a question, as its type needs them: one right answer (radio buttons),
 * several (check boxes), true or false, or steps in the right order (move up and down).
 * Every answer can carry its own feedback.
 */
export function OptionsEditor({ form, renderComments }: OptionsEditorProps) {
  const { t } = useTranslation();
  const values = form.getValues();
  const { type, options } = values;
  const legendId = useId();
  const radioName = useId();
  const [announcement, setAnnouncement] = useState('');
  const ordering = type === 'ordering';
  const optionsError = form.errors.options;

  const move = (index: number, delta: number) => {
    const key = options[index]!.key;
    const next = moveItem(options, index, delta);
    form.setFieldValue('options', next);
    setAnnouncement(
      t('quizContent.editor.movedStep', {
        position: next.findIndex((o) => o.key === key) + 1,
        count: next.length,
      }),
    );
    // Keep focus on the moved step (on the other arrow when it reached an end).
    requestAnimationFrame(() => {
      const direction = delta < 0 ? 'up' : 'down';
      const same = document.getElementById(moveId(key, direction)) as HTMLButtonElement | null;
      (same && !same.disabled
        ? same
        : document.getElementById(moveId(key, direction === 'up' ? 'down' : 'up'))
      )?.focus();
    });
  };

  const remove = (index: number) => {
    const next = options.filter((_, i) => i !== index);
    // A single-answer question keeps one right answer.
    if (type === 'single' && options[index]?.correct && next[0]) next[0] = { ...next[0], correct: true };
    form.setFieldValue('options', next);
  };

  const add = () => form.setFieldValue('options', [...options, newOption('', ordering)]);

  return (
    <Box
      component="fieldset"
      m={0}
      p={0}
      style={{ border: 0, minWidth: 0 }}
      aria-describedby={`${legendId}-help`}
    >
      <Text component="legend" fw={600} size="lg" id={legendId} mb={4}>
        {t('quizContent.editor.optionsTitle')}
      </Text>
      <Text size="sm" c="dimmed" id={`${legendId}-help`} mb="sm">
        {t(`quizContent.editor.optionsHelp.${type}`)}
      </Text>
      <LiveStatus message={announcement} />

      {type === 'truefalse' ? (
        <TrueFalseEditor form={form} renderComments={renderComments} />
      ) : (
        <Stack gap="sm">
          {options.map((option, index) => {
            const number = index + 1;
            return (
              <Paper key={option.key} withBorder p="sm" radius="md">
                <Group align="flex-start" wrap="nowrap" gap="sm">
                  {ordering && (
                    <Stack gap={2} align="center" pt={4}>
                      <Badge variant="light" circle size="lg" aria-hidden="true">
                        {number}
                      </Badge>
                      <ActionIcon
                        id={moveId(option.key, 'up')}
                        variant="subtle"
                        disabled={index === 0}
                        aria-label={t('quizContent.editor.moveUp', { number })}
                        onClick={() => move(index, -1)}
                      >
                        <IconArrowUp size={18} aria-hidden="true" />
                      </ActionIcon>
                      <ActionIcon
                        id={moveId(option.key, 'down')}
                        variant="subtle"
                        disabled={index === options.length - 1}
                        aria-label={t('quizContent.editor.moveDown', { number })}
                        onClick={() => move(index, 1)}
                      >
                        <IconArrowDown size={18} aria-hidden="true" />
                      </ActionIcon>
                    </Stack>
                  )}
                  <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
                    <Textarea
                      label={
                        ordering
                          ? t('quizContent.editor.step', { number })
                          : t('quizContent.editor.option', { number })
                      }
                      autosize
                      minRows={1}
                      required
                      {...form.getInputProps(`options.${index}.text`)}
                    />
                    {type === 'single' && (
                      <Radio
                        name={radioName}
                        label={t('quizContent.editor.correctSingle')}
                        aria-label={t('quizContent.editor.correctSingleLabel', { number })}
                        checked={option.correct}
                        onChange={() => form.setFieldValue('options', setCorrect(values, index, true))}
                      />
                    )}
                    {type === 'multiple' && (
                      <Checkbox
                        label={t('quizContent.editor.correctMultiple')}
                        aria-label={t('quizContent.editor.correctMultipleLabel', { number })}
                        checked={option.correct}
                        onChange={(event) =>
                          form.setFieldValue(
                            'options',
                            setCorrect(values, index, event.currentTarget.checked),
                          )
                        }
                      />
                    )}
                    <TextInput
                      label={
                        ordering
                          ? t('quizContent.editor.stepFeedback', { number })
                          : t('quizContent.editor.optionFeedback', { number })
                      }
                      size="sm"
                      {...form.getInputProps(`options.${index}.feedback`)}
                    />
                    {renderComments?.(`option:${number}`)}
                  </Stack>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={24}
                    disabled={options.length <= MIN_OPTIONS}
                    aria-label={
                      ordering
                        ? t('quizContent.editor.removeStep', { number })
                        : t('quizContent.editor.removeOption', { number })
                    }
                    onClick={() => remove(index)}
                  >
                    <IconTrash size={18} aria-hidden="true" />
                  </ActionIcon>
                </Group>
              </Paper>
            );
          })}
          {options.length < MAX_OPTIONS && (
            <div>
              <Button
                variant="light"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden="true" />}
                onClick={add}
              >
                {ordering ? t('quizContent.editor.addStep') : t('quizContent.editor.addOption')}
              </Button>
            </div>
          )}
        </Stack>
      )}
      {optionsError && (
        <Text c="red" size="sm" mt="xs" role="alert" id="options-error" tabIndex={-1}>
          {optionsError}
        </Text>
      )}
    </Box>
  );
}

/** True or false: one choice, and feedback for either answer. */
function TrueFalseEditor({ form, renderComments }: OptionsEditorProps) {
  const { t } = useTranslation();
  const values = form.getValues();
  const rightIndex = values.options.findIndex((o) => o.correct);
  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('quizContent.editor.statementIs')}
        value={rightIndex < 0 ? null : String(rightIndex)}
        onChange={(value) => form.setFieldValue('options', setCorrect(values, Number(value), true))}
      >
        <Group mt={4}>
          {values.options.map((option, index) => (
            <Radio key={option.key} value={String(index)} label={option.text} />
          ))}
        </Group>
      </Radio.Group>
      {values.options.map((option, index) => (
        <Stack key={option.key} gap={4}>
          <TextInput
            label={t('quizContent.editor.trueFalseFeedback', { label: option.text })}
            size="sm"
            {...form.getInputProps(`options.${index}.feedback`)}
          />
          {renderComments?.(`option:${index + 1}`)}
        </Stack>
      ))}
    </Stack>
  );
}
