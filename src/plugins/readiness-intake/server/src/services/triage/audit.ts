import type { Core } from '@strapi/strapi';

import { MODEL_UIDS, type AuditAction } from '../../../../shared/constants';
import type { AuditEntry } from '../../../../shared/contracts/submissions';

/** The admin user making a change. */
export type Actor = { id: number; name: string };

/** Who an entry names: an admin user, or a job such as the retention purge, which is nobody's account. */
export type AuditActor = Actor | { id: null; name: string };

export type AuditRecord = {
  /** The submission's reference, which outlives the submission once it is erased. */
  reference: string;
  action: AuditAction;
  actor: AuditActor;
  from: AuditEntry['from'];
  to: AuditEntry['to'];
  /** When it happened; now unless the caller records several things that happened at once. */
  at?: Date;
};

/**
 * The audit trail: the one place entries are written, read and blanked. Every method runs
 * on whatever transaction its caller opened with `strapi.db.transaction`, which Strapi
 * carries to every query in the callback, so an entry commits or rolls back with its change.
 */
const audit = ({ strapi }: { strapi: Core.Strapi }) => ({
  record({ reference, action, actor, from, to, at = new Date() }: AuditRecord): Promise<AuditEntry> {
    return strapi.db.query(MODEL_UIDS.auditEntry).create({
      data: { submissionReference: reference, action, actorId: actor.id, actorName: actor.name, from, to, at },
    });
  },

  /** One submission's entries, oldest first. */
  trailOf(reference: string): Promise<AuditEntry[]> {
    return strapi.db
      .query(MODEL_UIDS.auditEntry)
      .findMany({ where: { submissionReference: reference }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
  },

  /** Blanks what earlier entries recorded about erased submissions (a rating's reason, say), keeping who and when. */
  async redact(references: string[]) {
    await strapi.db
      .query(MODEL_UIDS.auditEntry)
      .updateMany({ where: { submissionReference: { $in: references } }, data: { from: null, to: null } });
  },
});

export type AuditService = ReturnType<typeof audit>;
export default audit;
