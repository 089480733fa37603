import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getService } from '../utils/get-service';
import type { Actor } from './triage';

const SUBMISSION = 'plugin::readiness-intake.submission';
const NOTE = 'plugin::readiness-intake.note';
const AUDIT = 'plugin::readiness-intake.audit-entry';

/**
 * Erases a person's submissions and the notes on them. The audit entry records who erased
 * what reference and when, and how it was asked for, never the erased data or the address.
 */
const erasure = ({ strapi }: { strapi: Core.Strapi }) => {
  const eraseRows = async (submissions: Array<{ id: number; reference: string }>, actor: Actor, how: 'by_id' | 'by_email') => {
    for (const submission of submissions) {
      await strapi.db.query(NOTE).deleteMany({ where: { submission: { id: submission.id } } });
      await strapi.db.query(SUBMISSION).delete({ where: { id: submission.id } });
      await getService(strapi, 'outbox').removeFor([submission.reference]);
      await strapi.db.query(AUDIT).create({
        data: {
          submissionReference: submission.reference,
          action: 'erasure',
          actorId: actor.id,
          actorName: actor.name,
          from: null,
          to: { how },
          at: new Date(),
        },
      });
    }
    return { erased: submissions.length };
  };

  return {
    async eraseById(id: number, actor: Actor) {
      return strapi.db.transaction(async () => {
        const submission = await strapi.db.query(SUBMISSION).findOne({ select: ['id', 'reference'], where: { id } });
        if (!submission) throw new errors.NotFoundError(`Submission ${id} does not exist`);
        return eraseRows([submission], actor, 'by_id');
      });
    },

    async eraseByEmail(email: string, actor: Actor) {
      return strapi.db.transaction(async () => {
        const submissions = await strapi.db.query(SUBMISSION).findMany({
          select: ['id', 'reference'],
          where: { contactEmail: email.trim().toLowerCase() },
        });
        return eraseRows(submissions, actor, 'by_email');
      });
    },
  };
};

export type ErasureService = ReturnType<typeof erasure>;
export default erasure;
