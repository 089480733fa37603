export type AdminUserName = { firstname?: string | null; lastname?: string | null; email?: string | null };

/** How an admin user is shown to consultants: first and last name, else the email. */
export const adminName = (user: AdminUserName | null | undefined): string | null =>
  user ? [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || null : null;
