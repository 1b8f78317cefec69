import { describe, expect, it } from 'vitest';
import { hasAllTexts, i18n, loadTexts, setLocale } from './i18n.ts';

// One module instance for the whole file: the steps below run in order, as in the app.
describe('loading the texts', () => {
  it('starts with the shell and the play page in Dutch, leaving other features empty until loaded', () => {
    expect(hasAllTexts()).toBe(false);
    expect(i18n.t('nav.login')).toBe('Inloggen');
    expect(i18n.t('quizPlay.pageTitle')).toBe('Quiz spelen');
    expect(i18n.t('quizResults.links.board')).toBe('Live ranglijst'); // shown on the play page
    expect(i18n.t('quizResults.board.title')).toBe('');
    expect(i18n.t('quizContent.nav')).toBe('');
  });

  it('adds every feature’s Dutch texts on demand, keeping the ones already there', async () => {
    await loadTexts();
    expect(hasAllTexts()).toBe(true);
    expect(i18n.t('quizContent.nav')).toBe('Quizbeheer');
    expect(i18n.t('quizPlay.pageTitle')).toBe('Quiz spelen');
    // Once all texts are there, a key that does not exist shows as itself again.
    expect(i18n.t('quizContent.noSuchKey' as 'quizContent.nav')).toBe('quizContent.noSuchKey');
  });

  it('switches to the complete English catalogue, fetched when chosen', async () => {
    await setLocale('en');
    expect(hasAllTexts()).toBe(true);
    expect(i18n.t('quizContent.nav')).toBe('Quiz management');
    expect(i18n.t('nav.login')).toBe('Log in');
    await setLocale('nl');
    expect(i18n.t('nav.login')).toBe('Inloggen');
  });
});
