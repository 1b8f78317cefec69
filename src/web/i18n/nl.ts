import { nl as mediaNl } from '../features/media/i18n.ts';
import { nl as quizContentNl } from '../features/quiz-content/i18n.ts';
import { nl as quizPlayNl } from '../features/quiz-play/i18n.ts';
import { nl as quizPracticeNl } from '../features/quiz-practice/i18n.ts';
import { nl as quizRegistrationNl } from '../features/quiz-registration/i18n.ts';
import { nl as quizReportsNl } from '../features/quiz-reports/i18n.ts';
import { nl as quizResultsNl } from '../features/quiz-results/i18n.ts';
import { nlCore } from './nl-core.ts';

/**
 * Dutch texts: the default language and the fallback. One namespace per feature; the texts
 * of the shell and general pages are in nl-core.ts. `en.ts` must have exactly the same keys
 * (the type and a unit test check that). The app's first bundle carries only nl-core and the
 * play page's texts; this complete catalogue is loaded with the first other page (i18n.ts).
 */
export const nl = {
  ...nlCore,
  media: mediaNl,
  quizContent: quizContentNl,
  quizPlay: quizPlayNl,
  quizPractice: quizPracticeNl,
  quizRegistration: quizRegistrationNl,
  quizResults: quizResultsNl,
  quizReports: quizReportsNl,
};

/** The shape every catalogue has: the Dutch keys, with any text as value. */
export type Catalogue = typeof nl;
