import { Button, Loader, Text } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
// The event day's question text renderer and ordering control: the same questions, shown the
// same way (Markdown/HTML made safe; ordering by buttons, keys or dragging).
import { MediaImage } from '../media/media-image.tsx';
import { OrderingInput } from '../quiz-play/ordering-input.tsx';
import { RichText } from '../quiz-play/rich-text.tsx';
import { responseOf } from './answer.ts';
import classes from './practice.module.css';
import type { AnswerResponse, PracticeQuestion } from './types.ts';

interface PracticeQuestionFormProps {
  question: PracticeQuestion;
  /** An answer is on its way: the form stays as it is. */
  busy: boolean;
  /** Why the last answer was not taken, in words. */
  error: string | null;
  onAnswer: (response: AnswerResponse) => void;
}

/**
 * A practice question as a fieldset: the question is the legend, the options are native radio
 * buttons or checkboxes in large cards, or an ordering list. Render it with `key={itemId}` so
 * every question starts empty.
 */
export function PracticeQuestionForm({ question, busy, error, onAnswer }: PracticeQuestionFormProps) {
  const { t } = useTranslation();
  const name = useId();
  const hintId = useId();
  const errorId = useId();
  const [single, setSingle] = useState<number | null>(null);
  const [multiple, setMultiple] = useState<number[]>([]);
  const [order, setOrder] = useState(() => question.options.map((_o, i) => i));
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const response = responseOf(question.type, { single, multiple, order });
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

  const problem = missing ? t('quizPractice.question.pickFirst') : error;
  const inputType = question.type === 'multiple' ? 'checkbox' : 'radio';

  return (
    <form onSubmit={submit} noValidate>
      <fieldset className={classes.fieldset} aria-describedby={problem ? `${hintId} ${errorId}` : hintId}>
        <legend className={classes.legend}>
          <RichText text={question.stem} format={question.stemFormat} mode="phrasing" />
        </legend>
        {question.imageUrl && <MediaImage src={question.imageUrl} alt={question.imageAlt ?? ''} eager />}
        <p id={hintId} className={classes.hint}>
          {t(`quizPractice.question.hint.${question.type}`)}
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
                  name={name}
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
      {problem && (
        <Text id={errorId} c="red.9" fw={600} mt="sm" role="alert">
          {problem}
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
        {t('quizPractice.question.submit')}
      </Button>
    </form>
  );
}
