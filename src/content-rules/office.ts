import type { Core } from '@strapi/strapi';

import { canonicalTimezone } from '../lib/timezone';
import { beforeDocumentWrite, fieldError } from './document-writes';

const UID = 'api::office.office' as const;

/** "09:00", "09:00:00" or "09:00:00.000" as minutes since midnight. */
const minutesOf = (time: unknown): number | undefined => {
  if (typeof time !== 'string') return undefined;
  const match = /^(\d{2}):(\d{2})/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
};

/**
 * An office's timezone must be a real IANA name, stored in the tz database's spelling (the
 * intake computes working-hour overlap from it), and its office hours must start before they end.
 */
export const officeRule = (strapi: Core.Strapi) =>
  beforeDocumentWrite(strapi, [UID], async (write) => {
    const { timezone, officeHoursStart, officeHoursEnd } = write.data;
    if (timezone !== undefined) {
      const canonical = canonicalTimezone(timezone);
      if (!canonical) {
        throw fieldError(
          ['timezone'],
          `timezone must be an IANA time zone name such as "Europe/Copenhagen"; got ${JSON.stringify(timezone)}`
        );
      }
      write.data.timezone = canonical;
    }

    if (officeHoursStart === undefined && officeHoursEnd === undefined) return;
    let start = minutesOf(officeHoursStart);
    let end = minutesOf(officeHoursEnd);
    if ((start === undefined || end === undefined) && write.documentId) {
      const existing = await strapi.db.query(UID).findOne({
        select: ['officeHoursStart', 'officeHoursEnd'],
        where: { documentId: write.documentId },
      });
      start ??= minutesOf(existing?.officeHoursStart);
      end ??= minutesOf(existing?.officeHoursEnd);
    }
    if (start !== undefined && end !== undefined && start >= end) {
      throw fieldError(['officeHoursStart', 'officeHoursEnd'], 'Office hours must start before they end');
    }
  });
