import type { Programme, Role } from '../db/schema/index.ts';

export interface RoleGrant {
  role: Role;
  programme: Programme | null;
  organizationId: string | null;
}

/** The logged-in person as the policies see them. */
export interface Principal {
  id: string;
  email: string;
  name: string;
  locale: 'nl' | 'en';
  roles: RoleGrant[];
}

export const isAdmin = (p: Principal): boolean => p.roles.some((r) => r.role === 'admin');

/** Programme staff of `programme` (admins count as staff of every programme). */
export const isStaffOf = (p: Principal, programme: Programme): boolean =>
  isAdmin(p) || p.roles.some((r) => r.role === 'staff' && r.programme === programme);

export const isAnyStaff = (p: Principal): boolean => isAdmin(p) || p.roles.some((r) => r.role === 'staff');

export const coordinatesOrganization = (p: Principal, organizationId: string): boolean =>
  p.roles.some((r) => r.role === 'coordinator' && r.organizationId === organizationId);
