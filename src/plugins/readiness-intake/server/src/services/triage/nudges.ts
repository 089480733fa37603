import type { Core } from '@strapi/strapi';

import { MODEL_UIDS } from '../../../../shared/constants';
import type { Assignee } from '../../../../shared/contracts/assignees';
import type { Submission } from '../../../../shared/contracts/submissions';
import { renderAssignment, renderReminder, type NudgeItem } from '../../notifications/render-email';
import { inboxUrl, submissionUrl } from '../../utils/admin-links';
import { getConfig } from '../../utils/get-config';
import { getService } from '../../utils/get-service';
import { inTransaction } from '../../utils/transaction';
import { digestReference } from '../delivery/outbox';
import { notificationRecipients } from '../setup/settings';
import type { Actor } from './audit';

/** What a nudge shows of a submission. */
export type NudgedSubmission = Pick<Submission, 'id' | 'reference' | 'company' | 'band' | 'overallScore' | 'receivedAt'>;

export const NUDGE_FIELDS = ['id', 'reference', 'company', 'band', 'overallScore', 'receivedAt'] as const;

/** Submissions one reminder takes at most; more overdue than that wait for the next run's reminder. */
const REMINDER_BATCH = 500;

/** Submissions a reminder lists by name; the rest are counted, and all are in the overdue inbox. */
const REMINDER_LISTED = 50;

/** Another run reminded some of these first; this one stores nothing. */
class ReminderRaceLost extends Error {}

/**
 * Emails that move triage along: the assignee told of what was assigned to them, and one
 * reminder of what is still `new` past the triage SLA. Both go through the outbox, written
 * in the transaction of the change they are about.
 */
const nudges = ({ strapi }: { strapi: Core.Strapi }) => {
  const itemOf = (submission: NudgedSubmission): NudgeItem => ({
    reference: submission.reference,
    company: submission.company,
    band: submission.band,
    overallScore: submission.overallScore,
    receivedAt: new Date(submission.receivedAt),
    url: submissionUrl(strapi, submission.id),
  });

  return {
    /**
     * Queues the email telling `assignee` what `actor` assigned them: one email for one
     * change, however many submissions it moved. Nobody is emailed about work they took
     * themselves. Call it inside the transaction that assigns them.
     */
    async queueAssignment(assignee: Assignee, submissions: NudgedSubmission[], actor: Actor) {
      if (submissions.length === 0 || assignee.id === actor.id) return;
      const email = renderAssignment({
        assigneeName: assignee.name,
        assignedBy: actor.name,
        submissions: submissions.map(itemOf),
        inboxUrl: inboxUrl(strapi, { assignee: 'me' }),
      });
      await getService(strapi, 'outbox').enqueue([
        {
          // One submission's email is in its delivery log; a bulk assignment's is its own.
          submissionReference: submissions.length === 1 ? submissions[0].reference : digestReference(),
          kind: 'assignment',
          recipient: assignee.email,
          ...email,
        },
      ]);
    },

    /**
     * Sends the reminder of the submissions still `new` more than the triage SLA after they
     * arrived that no reminder has listed yet, to the notification recipients. Marking them
     * reminded and queueing the email are one transaction, and the mark is a compare-and-set:
     * of two runs at once, one reminds and the other stores nothing, so each submission is
     * in one reminder only. The job runs it under a lease as well, so that is rare.
     */
    async remindOverdue(now = new Date()): Promise<{ reminded: number; recipients: number }> {
      const settings = await getService(strapi, 'settings').get();
      const recipients = notificationRecipients(getConfig(strapi), settings);
      // Nobody to tell: the submissions stay unreminded, for when somebody is.
      if (recipients.length === 0) return { reminded: 0, recipients: 0 };
      const overdueBefore = new Date(now.getTime() - settings.triageSlaHours * 3_600_000);
      try {
        return await inTransaction(strapi, async () => {
          const overdue: NudgedSubmission[] = await strapi.db.query(MODEL_UIDS.submission).findMany({
            select: [...NUDGE_FIELDS],
            where: { status: 'new', remindedAt: { $null: true }, receivedAt: { $lt: overdueBefore } },
            orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
            limit: REMINDER_BATCH,
          });
          if (overdue.length === 0) return { reminded: 0, recipients: recipients.length };
          const { count } = await strapi.db.query(MODEL_UIDS.submission).updateMany({
            where: { id: { $in: overdue.map((submission) => submission.id) }, status: 'new', remindedAt: { $null: true } },
            data: { remindedAt: now },
          });
          if (count !== overdue.length) throw new ReminderRaceLost();
          const email = renderReminder({
            triageSlaHours: settings.triageSlaHours,
            submissions: overdue.slice(0, REMINDER_LISTED).map(itemOf),
            total: overdue.length,
            inboxUrl: inboxUrl(strapi, { overdue: 'true' }),
            now,
          });
          const reference = digestReference();
          await getService(strapi, 'outbox').enqueue(
            recipients.map((recipient) => ({ submissionReference: reference, kind: 'reminder' as const, recipient, ...email })),
            now
          );
          return { reminded: overdue.length, recipients: recipients.length };
        });
      } catch (error) {
        if (error instanceof ReminderRaceLost) return { reminded: 0, recipients: recipients.length };
        throw error;
      }
    },
  };
};

export type NudgesService = ReturnType<typeof nudges>;
export default nudges;
