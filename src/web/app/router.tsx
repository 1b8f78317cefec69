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
import { type Role, roles } from '../lib/roles.ts';
import {
  type ListSearch,
  oneOfParam,
  textParam,
  validateListSearch,
  validatePageSearch,
} from '../lib/search.ts';
import { ErrorPage } from './error-page.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';

export interface RouterContext {
  queryClient: QueryClient;
}

// Code-based route tree. The main bundle holds the app shell and the public pages; every
// page with forms or tables (log-in, account, demo mailbox, the admin area) is its own chunk,
// loaded on first visit or already when a link to it is hovered or focused.

const rootRoute = createRootRouteWithContext<RouterContext>()({
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

const quizRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quiz',
  component: () => <ComingSoonPage programme="quiz" />,
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

const routeTree = rootRoute.addChildren([
  homeRoute,
  loginRoute,
  accountRoute,
  quizRoute,
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
