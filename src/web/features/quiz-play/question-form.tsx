import { Button, Loader, Text } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MediaImage } from '../media/media-image.tsx';
import type { AnswerResponse, CurrentQuestion } from './api.ts';
import { earlyChoice } from './early-question.ts';
import { initialOrder } from './ordering.ts';
import { OrderingInput } from './ordering-input.tsx';
import classes from './quiz-play.module.css';
import { RichText } from './rich-text.tsx';

interface QuestionFormProps {
  current: CurrentQuestion;
  /** An answer is on its way: the form stays as it is. */
  busy: boolean;
  onAnswer: (response: AnswerResponse) => void;
}

const hintKey = {
  single: 'quizPlay.play.chooseOne',
  truefalse: 'quizPlay.play.trueFalse',
  multiple: 'quizPlay.play.chooseAll',
  ordering: 'quizPlay.play.order',
} as const;

/**
 * One question as a fieldset: the question text is the legend, the options are native
 * radio buttons or checkboxes (large cards), or an ordering list. Render it with
 * `key={position}` so every question starts empty.
 */
export function QuestionForm({ current, busy, onAnswer }: QuestionFormProps) {
  const { t } = useTranslation();
  const { question, position } = current;
  const hintId = useId();
  const errorId = useId();
  // A choice made in the page's plain form before the app was there carries over.
  const [single, setSingle] = useState<number | null>(() =>
    question.type === 'single' || question.type === 'truefalse' ? (earlyChoice(position)?.[0] ?? null) : null,
  );
  const [multiple, setMultiple] = useState<number[]>(() =>
    question.type === 'multiple' ? (earlyChoice(position) ?? []) : [],
  );
  const [order, setOrder] = useState(() => initialOrder(question.options.length));
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    let response: AnswerResponse | null = null;
    if (question.type === 'ordering') response = order;
    else if (question.type === 'multiple')
      response = multiple.length > 0 ? [...multiple].sort((a, b) => a - b) : null;
    else response = single;
    if (response === null) {
      setMissing(true);
      return;
    }
    setMissing(false);
    onAnswer(response);
  };

  const choose = (index: number) => {
    if (busy) return;
    setMissing(false);
    if (question.type === 'multiple') {
      setMultiple((chosen) =>
        chosen.includes(index) ? chosen.filter((i) => i !== index) : [...chosen, index],
      );
    } else {
      setSingle(index);
    }
  };

  const inputType = question.type === 'multiple' ? 'checkbox' : 'radio';

  return (
    <form onSubmit={submit} noValidate>
      <fieldset className={classes.fieldset} aria-describedby={missing ? `${hintId} ${errorId}` : hintId}>
        <legend className={classes.legend}>
          <RichText text={question.stem} format={question.stemFormat} mode="phrasing" />
        </legend>
        {question.imageUrl && (
          // The question on screen now: load at once; never wider than the phone.
          <MediaImage
            src={question.imageUrl}
            alt={question.imageAlt ?? ''}
            eager
            maxHeight="min(40vh, 24rem)"
          />
        )}
        <p id={hintId} className={classes.hint}>
          {t(hintKey[question.type])}
        </p>
        {question.type === 'ordering' ? (
          <OrderingInput
            options={question.options}
            format={question.stemFormat}
            order={order}
            onChange={(next) => !busy && setOrder(next)}
          />
        ) : (
          <div className={classes.options}>
            {question.options.map((option, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: options are identified by their display position
              <label key={index} className={classes.option}>
                <input
                  type={inputType}
                  name={`question-${position}`}
                  value={index}
                  className={classes.optionInput}
                  checked={question.type === 'multiple' ? multiple.includes(index) : single === index}
                  onChange={() => choose(index)}
                />
                <span>
                  <RichText text={option.text} format={question.stemFormat} mode="inline" />
                </span>
              </label>
            ))}
          </div>
        )}
      </fieldset>
      {missing && (
        <Text id={errorId} c="red.9" fw={600} mt="sm" role="alert">
          {t('quizPlay.play.pickFirst')}
        </Text>
      )}
      {/* Not disabled while sending: a disabled button would drop the keyboard focus. */}
      <Button
        type="submit"
        size="lg"
        fullWidth
        mt="lg"
        aria-disabled={busy}
        leftSection={busy ? <Loader size="xs" color="white" aria-hidden="true" /> : null}
      >
        {t('quizPlay.play.submit')}
      </Button>
    </form>
  );
}
