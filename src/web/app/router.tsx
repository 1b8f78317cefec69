import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
} from '@tanstack/react-router';
import { Loading } from '../components/loading.tsx';
import { ComingSoonPage } from '../features/home/coming-soon-page.tsx';
import { HomePage } from '../features/home/home-page.tsx';
import { validateNewQuestionSearch, validateQuestionSearch } from '../features/quiz-content/search.ts';
import { prefetchPlayState } from '../features/quiz-play/api.ts';
import { validateTokenSearch, validateYearSearch } from '../features/quiz-practice/search.ts';
import { staffTabs } from '../features/quiz-registration/staff-tabs.ts';
import { hasAllTexts, loadTexts } from '../i18n/i18n.ts';
import { type Role, roles } from '../lib/roles.ts';
import {
  type ListSearch,
  oneOfParam,
  textParam,
  validateListSearch,
  validatePageSearch,
} from '../lib/search.ts';
import { meQueryOptions } from '../lib/session.ts';
import { ErrorPage } from './error-page.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';

export interface RouterContext {
  queryClient: QueryClient;
}

// Code-based route tree. The main bundle holds the app shell and the public pages; every
// page with forms or tables (log-in, account, demo mailbox, the admin area) is its own chunk,
// loaded on first visit or already when a link to it is hovered or focused.

/** The play page (quizPlayRoute): its texts are in the first bundle, the other features' are not. */
const isPlayPath = (pathname: string) => /^\/quiz\/[^/]+\/play\/?$/.test(pathname);

const rootRoute = createRootRouteWithContext<RouterContext>()({
  // Every page but the play page waits for all texts of its language, which are loaded
  // alongside the first page's code (i18n.ts; the play page loads them once it is shown).
  // Checked again on every navigation until they are there, e.g. when leaving the play page.
  shouldReload: () => !hasAllTexts(),
  loader: {
    handler: ({ location }) => (isPlayPath(location.pathname) ? undefined : loadTexts()),
    staleReloadMode: 'blocking',
  },
  component: AppLayout,
  notFoundComponent: NotFoundPage,
});

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { error?: string; redirect?: string } => ({
    error: textParam(search.error, 50),
    redirect: textParam(search.redirect, 500),
  }),
  component: lazyRouteComponent(() => import('../features/auth/login-page.tsx'), 'LoginPage'),
});

const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/account',
  component: lazyRouteComponent(() => import('../features/account/account-page.tsx'), 'AccountPage'),
});

const wishteamsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/wishteams',
  component: () => <ComingSoonPage programme="wishteams" />,
});
const foundationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/een-nieuw-geluid',
  component: () => <ComingSoonPage programme="foundation" />,
});

const mailboxRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mailbox',
  validateSearch: validatePageSearch,
  component: lazyRouteComponent(() => import('../features/mailbox/mailbox-page.tsx'), 'MailboxPage'),
});
const mailboxMessageRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mailbox/$id',
  component: lazyRouteComponent(() => import('../features/mailbox/message-page.tsx'), 'MailboxMessagePage'),
});

const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin',
  component: lazyRouteComponent(() => import('./admin/admin-layout.tsx'), 'AdminLayout'),
});
const adminIndexRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./admin/admin-home.tsx'), 'AdminHome'),
});
const organizationsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'organizations',
  validateSearch: validateListSearch,
  component: lazyRouteComponent(
    () => import('../features/admin-organizations/organizations-page.tsx'),
    'OrganizationsPage',
  ),
});
const organizationRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'organizations/$id',
  component: lazyRouteComponent(
    () => import('../features/admin-organizations/organization-page.tsx'),
    'OrganizationPage',
  ),
});
const peopleRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'people',
  validateSearch: (search: Record<string, unknown>): ListSearch & { role?: Role | undefined } => ({
    ...validateListSearch(search),
    role: oneOfParam(roles, search.role),
  }),
  component: lazyRouteComponent(() => import('../features/admin-people/people-page.tsx'), 'PeoplePage'),
});
const personRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'people/$id',
  component: lazyRouteComponent(() => import('../features/admin-people/person-page.tsx'), 'PersonPage'),
});
const outboxRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'outbox',
  validateSearch: validatePageSearch,
  component: lazyRouteComponent(() => import('../features/admin-outbox/outbox-page.tsx'), 'OutboxPage'),
});
const outboxMessageRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'outbox/$id',
  component: lazyRouteComponent(
    () => import('../features/admin-outbox/outbox-message-page.tsx'),
    'OutboxMessagePage',
  ),
});
const auditRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'audit',
  validateSearch: validateListSearch,
  component: lazyRouteComponent(() => import('../features/admin-audit/audit-page.tsx'), 'AuditPage'),
});
const jobsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'jobs',
  validateSearch: (search: Record<string, unknown>): { state?: 'failed' | 'all' | undefined } => ({
    state: oneOfParam(['failed', 'all'] as const, search.state),
  }),
  component: lazyRouteComponent(() => import('../features/admin-jobs/jobs-page.tsx'), 'JobsPage'),
});

// Quizbeheer: editions, themes and objectives, the question bank, coverage, import/export
// (features/quiz-content). Tabs of an edition are listed in quiz-content/manage-tabs.ts.
const quizManageRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quiz/manage',
  component: lazyRouteComponent(() => import('../features/quiz-content/quiz-access.tsx'), 'QuizManageGate'),
});
const quizEditionsRoute = createRoute({
  getParentRoute: () => quizManageRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/quiz-content/editions-page.tsx'), 'EditionsPage'),
});
const quizEditionRoute = createRoute({
  getParentRoute: () => quizManageRoute,
  path: '$editionId',
  component: lazyRouteComponent(() => import('../features/quiz-content/manage-layout.tsx'), 'ManageLayout'),
});
const quizEditionSettingsRoute = createRoute({
  getParentRoute: () => quizEditionRoute,
  path: '/',
  component: lazyRouteComponent(
    () => import('../features/quiz-content/edition-settings-page.tsx'),
    'EditionSettingsPage',
  ),
});
const quizQuestionsRoute = createRoute({
  getParentRoute: () => quizEditionRoute,
  path: 'questions',
  validateSearch: validateQuestionSearch,
  component: lazyRouteComponent(() => import('../features/quiz-content/questions-page.tsx'), 'QuestionsPage'),
});
const quizNewQuestionRoute = createRoute({
  getParentRoute: () => quizEditionRoute,
  path: 'questions/new',
  validateSearch: validateNewQuestionSearch,
  component: lazyRouteComponent(
    () => import('../features/quiz-content/new-question-page.tsx'),
    'NewQuestionPage',
  ),
});
const quizCoverageRoute = createRoute({
  getParentRoute: () => quizEditionRoute,
  path: 'coverage',
  component: lazyRouteComponent(() => import('../features/quiz-content/coverage-page.tsx'), 'CoveragePage'),
});
const quizImportRoute = createRoute({
  getParentRoute: () => quizEditionRoute,
  path: 'import',
  component: lazyRouteComponent(() => import('../features/quiz-content/import-page.tsx'), 'ImportPage'),
});
const quizQuestionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quiz/questions/$questionId',
  component: lazyRouteComponent(() => import('../features/quiz-content/question-page.tsx'), 'QuestionPage'),
});

// Event day (features/quiz-play): playing in the window, the rules, and the staff's Live tab
// of an edition. The play page is kept light: participants load it over 4G.
const quizPlayRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quiz/$year/play',
  // Asks for the session and the play state (with the current question when arriving, not
  // when hovering a link) while the page's code is still loading, instead of after it; not
  // awaited, so the page renders as soon as its code is there (docs/performance.md). In
  // beforeLoad, which runs before the page's code is requested: on a phone's six connections
  // these requests then go first, not behind the code's files. When the page's HTML carries
  // the session and the state (src/server/app.ts), the first entry takes them from there.
  // Keep the prefetches here: they are the only call of `prefetchPlayState` with
  // `withCurrent`, and the embedded state is taken by that call, once.
  beforeLoad: ({ context: { queryClient }, params, cause }) => {
    void queryClient.prefetchQuery(meQueryOptions);
    if (/^\d{4}$/.test(params.year))
      void prefetchPlayState(queryClient, Number(params.year), cause === 'enter');
  },
  component: lazyRouteComponent(() => import('../features/quiz-play/play-page.tsx'), 'PlayPage'),
});
const quizRulesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quiz/rules',
  component: lazyRouteComponent(() => import('../features/quiz-play/rules-page.tsx'), 'RulesPage'),
});
const quizLiveRoute = createRoute({
  getParentRoute: () => quizEditionRoute,
  path: 'live',
  component: lazyRouteComponent(() => import('../features/quiz-play/live-page.tsx'), 'LiveTab'),
});

// Klantcontactquiz registration (features/quiz-registration): the public edition page with
// the donation counter, company sign-up, the coordinator's and the participant's pages, and
// the staff tab below an edition in Quizbeheer.
const quizPublicRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quiz',
  component: lazyRouteComponent(
    () => import('../features/quiz-registration/public-page.tsx'),
    'CurrentEditionPage',
  ),
});
const quizPublicEditionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quiz/$year',
  component: lazyRouteComponent(() => import('../features/quiz-registration/public-page.tsx'), 'EditionPage'),
});
const quizRegisterRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quiz/$year/register',
  component: lazyRouteComponent(
    () => import('../features/quiz-registration/register-page.tsx'),
    'RegisterPage',
  ),
});
const quizCoordinatorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quiz/registration',
  validateSearch: (search: Record<string, unknown>): { organization?: string; edition?: string } => ({
    organization: textParam(search.organization, 36),
    edition: textParam(search.edition, 36),
  }),
  component: lazyRouteComponent(
    () => import('../features/quiz-registration/coordinator-page.tsx'),
    'CoordinatorPage',
  ),
});
const quizTeamRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quiz/registration/teams/$teamId',
  component: lazyRouteComponent(() => import('../features/quiz-registration/team-page.tsx'), 'TeamPage'),
});
const quizMyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quiz/my',
  component: lazyRouteComponent(() => import('../features/quiz-registration/my-quiz-page.tsx'), 'MyQuizPage'),
});
const quizStaffRegistrationRoute = createRoute({
  getParentRoute: () => quizEditionRoute,
  path: 'registration',
  validateSearch: (search: Record<string, unknown>): { tab?: (typeof staffTabs)[number] } => ({
    tab: oneOfParam(staffTabs, search.tab),
  }),
  component: lazyRouteComponent(
    () => import('../features/quiz-registration/staff-page.tsx'),
    'StaffRegistrationPage',
  ),
});

// Practice by e-mail (features/quiz-practice): the answer and pause pages behind the links in
// practice mails (no log-in), the participant's own practice page, and the staff's tab.
const practiceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/oefenen',
  validateSearch: validateYearSearch,
  component: lazyRouteComponent(() => import('../features/quiz-practice/practice-page.tsx'), 'PracticePage'),
});
const practiceAnswerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/oefenen/antwoord',
  validateSearch: validateTokenSearch,
  component: lazyRouteComponent(() => import('../features/quiz-practice/answer-page.tsx'), 'AnswerLinkPage'),
});
const practiceUnsubscribeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/oefenen/afmelden',
  validateSearch: validateTokenSearch,
  component: lazyRouteComponent(
    () => import('../features/quiz-practice/unsubscribe-page.tsx'),
    'UnsubscribePage',
  ),
});
const quizPracticeStaffRoute = createRoute({
  getParentRoute: () => quizEditionRoute,
  path: 'practice',
  component: lazyRouteComponent(() => import('../features/quiz-practice/staff-page.tsx'), 'PracticeStaffTab'),
});

// Results reports (features/quiz-reports): a participant's own report after the quiz day,
// the same for staff below an edition, the coordinator's organisation report, and the
// content experts' question analysis tab.
const quizMyReportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quiz/$year/report',
  component: lazyRouteComponent(
    () => import('../features/quiz-reports/participant-report.tsx'),
    'MyReportPage',
  ),
});
const quizStaffParticipantReportRoute = createRoute({
  getParentRoute: () => quizEditionRoute,
  path: 'participants/$userId/report',
  component: lazyRouteComponent(
    () => import('../features/quiz-reports/participant-report.tsx'),
    'StaffParticipantReportPage',
  ),
});
const quizOrganizationResultsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quiz/registration/results',
  validateSearch: (search: Record<string, unknown>): { organization?: string; edition?: string } => ({
    organization: textParam(search.organization, 36),
    edition: textParam(search.edition, 36),
  }),
  component: lazyRouteComponent(
    () => import('../features/quiz-reports/organization-report-page.tsx'),
    'OrganizationResultsPage',
  ),
});
const quizQuestionStatsRoute = createRoute({
  getParentRoute: () => quizEditionRoute,
  path: 'analysis',
  component: lazyRouteComponent(
    () => import('../features/quiz-reports/question-stats-page.tsx'),
    'QuestionStatsTab',
  ),
});

// Live and official results (features/quiz-results): the live leaderboard of the event day,
// the public results page with the podiums, and the staff's "Uitslag" tab of an edition.
const quizLeaderboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quiz/$year/leaderboard',
  component: lazyRouteComponent(
    () => import('../features/quiz-results/leaderboard-page.tsx'),
    'LeaderboardPage',
  ),
});
const quizResultsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quiz/$year/results',
  component: lazyRouteComponent(() => import('../features/quiz-results/results-page.tsx'), 'ResultsPage'),
});
const quizResultsReviewRoute = createRoute({
  getParentRoute: () => quizEditionRoute,
  path: 'results',
  component: lazyRouteComponent(() => import('../features/quiz-results/review-page.tsx'), 'ResultsReviewTab'),
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  loginRoute,
  accountRoute,
  quizPublicRoute,
  quizPublicEditionRoute,
  quizRegisterRoute,
  quizCoordinatorRoute,
  quizTeamRoute,
  quizMyRoute,
  quizMyReportRoute,
  quizOrganizationResultsRoute,
  wishteamsRoute,
  foundationRoute,
  mailboxRoute,
  mailboxMessageRoute,
  adminRoute.addChildren([
    adminIndexRoute,
    organizationsRoute,
    organizationRoute,
    peopleRoute,
    personRoute,
    outboxRoute,
    outboxMessageRoute,
    auditRoute,
    jobsRoute,
  ]),
  quizManageRoute.addChildren([
    quizEditionsRoute,
    quizEditionRoute.addChildren([
      quizEditionSettingsRoute,
      quizQuestionsRoute,
      quizNewQuestionRoute,
      quizCoverageRoute,
      quizImportRoute,
      quizStaffRegistrationRoute,
      quizLiveRoute,
      quizPracticeStaffRoute,
      quizResultsReviewRoute,
      quizStaffParticipantReportRoute,
      quizQuestionStatsRoute,
    ]),
  ]),
  quizQuestionRoute,
  quizPlayRoute,
  quizRulesRoute,
  quizLeaderboardRoute,
  quizResultsRoute,
  practiceRoute,
  practiceAnswerRoute,
  practiceUnsubscribeRoute,
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // Data comes from TanStack Query, which has its own cache; the router should always ask it.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: () => <Loading />,
    defaultErrorComponent: ErrorPage,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
