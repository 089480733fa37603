import type { Core } from '@strapi/strapi';

import { PLUGIN_ID } from '../../../shared/plugin-id';
import { getConfig } from './get-config';

/** The admin's public URL for links in emails: INTAKE_ADMIN_URL, else Strapi's absolute admin URL. */
const adminBase = (strapi: Core.Strapi) =>
  (getConfig(strapi).adminUrl || (strapi.config.get('admin.absoluteUrl') as string) || '/admin').replace(/\/+$/, '');

/** Where a consultant opens one submission. */
export const submissionUrl = (strapi: Core.Strapi, id: number) => `${adminBase(strapi)}/plugins/${PLUGIN_ID}/submissions/${id}`;

/** The inbox with these filters, as the inbox holds them in its URL. */
export const inboxUrl = (strapi: Core.Strapi, filters: Record<string, string> = {}) => {
  const search = new URLSearchParams(filters).toString();
  return `${adminBase(strapi)}/plugins/${PLUGIN_ID}${search ? `?${search}` : ''}`;
};
