// Kept apart from the pages: the router (main bundle) validates the `tab` search parameter with it.

/** The lists on the staff registration page, in tab order. */
export const staffTabs = ['organizations', 'teams', 'participants', 'pledges', 'sponsors'] as const;
export type StaffTab = (typeof staffTabs)[number];
