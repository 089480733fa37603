import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { MODEL_UIDS } from '../../../../shared/constants';
import { getService } from '../../utils/get-service';
import { inTransaction } from '../../utils/transaction';
import type { Actor, AuditActor } from '../triage/audit';

type Row = { id: number; reference: string };

/**
 * Erases a person's submissions and the notes on them. The audit entry records who erased
 * what reference and when, and how it was asked for, never the erased data or the address.
 */
const erasure = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Removes submissions with their notes and emails, blanks what earlier audit entries
   * recorded about them (a rating's reason, say), and records one `action` entry each that
   * keeps only who, when and `to`. Erasure and the retention purge both go through here;
   * call it inside a transaction.
   */
  async remove(rows: Row[], action: 'erasure' | 'purge', remover: AuditActor, to: Record<string, unknown>) {
    if (rows.length === 0) return;
    const ids = rows.map((row) => row.id);
    const references = rows.map((row) => row.reference);
    await strapi.db.query(MODEL_UIDS.note).deleteMany({ where: { submission: { id: { $in: ids } } } });
    await getService(strapi, 'outbox').removeFor(references);
    await strapi.db.query(MODEL_UIDS.submission).deleteMany({ where: { id: { $in: ids } } });
    const audit = getService(strapi, 'audit');
    await audit.redact(references);
    const at = new Date();
    for (const reference of references) {
      await audit.record({ reference, action, actor: remover, from: null, to, at });
    }
    // After the removal, which takes the submissions' earlier posts with it: the reference only.
    if (action === 'erasure') {
      await getService(strapi, 'webhooks').queue(
        references.map((reference) => ({ event: 'submission.erased' as const, submission: { reference } })),
        undefined,
        at
      );
    }
  },

  async eraseById(id: number, actor: Actor) {
    const erased = await inTransaction(strapi, async () => {
      const submission = await strapi.db.query(MODEL_UIDS.submission).findOne({ select: ['id', 'reference'], where: { id } });
      if (!submission) throw new errors.NotFoundError(`Submission ${id} does not exist`);
      await this.remove([submission], 'erasure', actor, { how: 'by_id' });
      return { erased: 1 };
    });
    getService(strapi, 'jobs').kick();
    return erased;
  },

  async eraseByEmail(email: string, actor: Actor) {
    const erased = await inTransaction(strapi, async () => {
      const submissions: Row[] = await strapi.db.query(MODEL_UIDS.submission).findMany({
        select: ['id', 'reference'],
        where: { contactEmail: email.trim().toLowerCase() },
      });
      await this.remove(submissions, 'erasure', actor, { how: 'by_email' });
      return { erased: submissions.length };
    });
    getService(strapi, 'jobs').kick();
    return erased;
  },
});

export type ErasureService = ReturnType<typeof erasure>;
export default erasure;
