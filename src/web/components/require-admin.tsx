import type { ReactNode } from 'react';
import { isAdmin } from '../lib/roles.ts';
import { useMe } from '../lib/session.ts';
import { NoAccess } from './no-access.tsx';

/**
 * Shows its children to platform admins only. The admin layout has already made sure
 * someone is logged in; programme staff see the "no access" page here.
 */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const me = useMe();
  if (!isAdmin(me.data)) return <NoAccess />;
  return <>{children}</>;
}
