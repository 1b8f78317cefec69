import type { ParseKeys } from 'i18next';

export interface ManageTab {
  /** Below `/quiz/manage/$editionId`; '' is the edition's settings page. */
  path: '' | `/${string}`;
  label: ParseKeys;
  /** Only quiz staff and admins see it (experts do not run registration or the event). */
  staffOnly?: boolean;
}

/**
 * The tabs of an edition in Quizbeheer. Add a section with one line here (and its route in
 * app/router.tsx under `quizEditionRoute`), e.g.
 * `{ path: '/registration', label: 'quizRegistration.tab', staffOnly: true },`
 */
export const manageTabs: ManageTab[] = [
  { path: '', label: 'quizContent.tabs.settings' },
  { path: '/questions', label: 'quizContent.tabs.questions' },
  { path: '/coverage', label: 'quizContent.tabs.coverage' },
  { path: '/import', label: 'quizContent.tabs.import' },
  { path: '/registration', label: 'quizRegistration.tab', staffOnly: true },
  { path: '/live', label: 'quizPlay.live.tab', staffOnly: true },
  { path: '/practice', label: 'quizPractice.tab', staffOnly: true },
  { path: '/results', label: 'quizResults.tab', staffOnly: true },
  { path: '/analysis', label: 'quizReports.questions.tab' },
];
