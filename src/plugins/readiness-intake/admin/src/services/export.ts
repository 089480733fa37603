import { getFetchClient } from '@strapi/strapi/admin';

import type { ExportSubmissions } from '../../../shared/contracts';
import { PLUGIN_ID } from '../pluginId';
import { dayOf } from '../utils/inbox-query';

/**
 * Downloads the inbox, filtered as on screen, as the CSV file the server writes. A file,
 * not data for a screen, so it goes past the cached API; a failure rejects with the
 * fetch client's error.
 */
export const downloadInboxCsv = async (filters: ExportSubmissions.Request['query']) => {
  const { data } = await getFetchClient().get(`/${PLUGIN_ID}/submissions/export`, { params: filters, responseType: 'blob' });
  const href = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = href;
  link.download = `readiness-submissions-${dayOf(new Date())}.csv`;
  link.click();
  URL.revokeObjectURL(href);
};
