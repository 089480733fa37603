export type AdminUserName = { firstname?: string | null; lastname?: string | null; email?: string | null };

/** The admin user columns to read for `adminName`, with the id: what a query selects to show who someone is. */
export const ADMIN_NAME_FIELDS = ['id', 'firstname', 'lastname', 'email'];

/**
 * How an admin user is shown to consultants: first and last name, else the email. Every
 * admin user has an email, so a user read with theirs always has a name.
 */
export function adminName(user: AdminUserName & { email: string }): string;
export function adminName(user: AdminUserName | null | undefined): string | null;
export function adminName(user: AdminUserName | null | undefined): string | null {
  return user ? [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || null : null;
}
