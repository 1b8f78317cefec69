/** Roles and their scopes, as the API describes them. */
export const roles = ['admin', 'staff', 'expert', 'coordinator', 'participant'] as const;
export type Role = (typeof roles)[number];

export const programmes = ['quiz', 'wishteams', 'foundation'] as const;
export type Programme = (typeof programmes)[number];

export const jobRoles = ['agent', 'team_leader', 'manager'] as const;
export type JobRole = (typeof jobRoles)[number];

export interface RoleGrant {
  role: Role;
  programme: Programme | null;
  organizationId: string | null;
}

interface HasRoles {
  roles: RoleGrant[];
}

export const isAdmin = (person: HasRoles | null | undefined): boolean =>
  !!person?.roles.some((r) => r.role === 'admin');

/** Admins and programme staff: they may open the admin area (organisations and people). */
export const isAdminOrStaff = (person: HasRoles | null | undefined): boolean =>
  !!person?.roles.some((r) => r.role === 'admin' || r.role === 'staff');

/** Which scope a role needs: staff and experts work for a programme, coordinators for an organisation. */
export function scopeOf(role: Role): 'programme' | 'organization' | 'optional' | 'none' {
  if (role === 'staff' || role === 'expert') return 'programme';
  if (role === 'coordinator') return 'organization';
  if (role === 'participant') return 'optional';
  return 'none';
}
