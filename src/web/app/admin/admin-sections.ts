import type { ParseKeys } from 'i18next';

export interface AdminSection {
  to: '/admin/organizations' | '/admin/people' | '/admin/outbox' | '/admin/audit' | '/admin/jobs';
  label: ParseKeys;
  description: ParseKeys;
  /** Only platform admins; the others are open to programme staff too. */
  adminOnly: boolean;
}

export const adminSections: AdminSection[] = [
  {
    to: '/admin/organizations',
    label: 'admin.sections.organizations',
    description: 'admin.sections.organizationsText',
    adminOnly: false,
  },
  {
    to: '/admin/people',
    label: 'admin.sections.people',
    description: 'admin.sections.peopleText',
    adminOnly: false,
  },
  {
    to: '/admin/outbox',
    label: 'admin.sections.outbox',
    description: 'admin.sections.outboxText',
    adminOnly: true,
  },
  {
    to: '/admin/audit',
    label: 'admin.sections.audit',
    description: 'admin.sections.auditText',
    adminOnly: true,
  },
  {
    to: '/admin/jobs',
    label: 'admin.sections.jobs',
    description: 'admin.sections.jobsText',
    adminOnly: true,
  },
];
