import { Card, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '../../../domain/ranking/display-name.ts';
import { useMe } from '../../lib/session.ts';
import { type LeaderboardDisplay, useSetLeaderboardDisplay } from './api.ts';
import { describePlayError } from './errors.ts';
import classes from './quiz-play.module.css';

const choices: LeaderboardDisplay[] = ['full', 'initials', 'hidden'];

/**
 * How the participant appears on public leaderboards, with what others would see for
 * each choice. Saved as soon as it changes.
 */
export function DisplayChoice({ year, value }: { year: number; value: LeaderboardDisplay }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const save = useSetLeaderboardDisplay(year);
  // The choice shows at once; the server's value takes over again when nothing is being saved.
  const [choice, setChoice] = useState(value);
  useEffect(() => {
    if (!save.isPending) setChoice(value);
  }, [value, save.isPending]);
  const choose = (next: LeaderboardDisplay) => {
    const previous = choice;
    setChoice(next);
    save.mutate(next, { onError: () => setChoice(previous) });
  };
  const name = me.data?.name ?? '';
  const preview = (option: LeaderboardDisplay) =>
    displayName({ name }, option) ?? t('quizPlay.display.hiddenName');

  const status = save.isPending
    ? t('quizPlay.display.saving')
    : save.isSuccess
      ? t('quizPlay.display.saved')
      : '';

  return (
    <Card withBorder padding="lg" component="section">
      <form onSubmit={(event) => event.preventDefault()}>
        <fieldset className={classes.fieldset} aria-describedby="display-choice-help">
          <legend className={classes.legend}>{t('quizPlay.display.legend')}</legend>
          <p id="display-choice-help" className={classes.hint}>
            {t('quizPlay.display.description')}
          </p>
          <div className={classes.options}>
            {choices.map((option) => (
              <label key={option} className={classes.option}>
                <input
                  type="radio"
                  name="leaderboard-display"
                  value={option}
                  className={classes.optionInput}
                  checked={choice === option}
                  onChange={() => choose(option)}
                />
                <span>
                  <Text span fw={600}>
                    {t(`quizPlay.display.${option}`)}
                  </Text>
                  {name && (
                    <Text span c="dimmed">
                      {' — '}
                      {preview(option)}
                    </Text>
                  )}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      </form>
      <Text size="sm" mt="xs" role="status" c={save.isError ? 'red.9' : undefined}>
        {save.isError ? describePlayError(save.error, i18n) : status}
      </Text>
    </Card>
  );
}
