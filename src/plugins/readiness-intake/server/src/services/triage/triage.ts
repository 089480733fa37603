import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { MODEL_UIDS } from '../../../../shared/constants';
import type { Assignee } from '../../../../shared/contracts/assignees';
import type {
  Note,
  Submission,
  SubmissionDetail,
  TriageChange,
  TriageSubmissions,
} from '../../../../shared/contracts/submissions';
import { BAND_LABELS, type Band } from '../../../../shared/intake';
import { localizeQuestionnaire } from '../../questionnaire/localize';
import { explainAnswers } from '../../scoring/explain-answers';
import { scoreSubmission, storedScore } from '../../scoring/score-submission';
import { ADMIN_NAME_FIELDS, adminName, type AdminUserName } from '../../utils/admin-name';
import { getService } from '../../utils/get-service';
import { validationErrorOf } from '../../utils/issues';
import { inTransaction } from '../../utils/transaction';
import type { SubmissionEvent } from '../delivery/webhooks';
import type { Actor } from './audit';

type StoredSubmission = Submission & { assignee: ({ id: number; email: string } & AdminUserName) | null };

const fieldError = (path: string, message: string) => validationErrorOf([{ path: [path], message }], message);

/**
 * The consultants' changes to a submission. Each change and its audit entry are written in
 * one transaction: there is never a change without its record, nor a record of a change
 * that did not happen.
 */
const triage = ({ strapi }: { strapi: Core.Strapi }) => {
  const audit = () => getService(strapi, 'audit');

  const findOrFail = async (id: number): Promise<StoredSubmission> => {
    const submission: StoredSubmission | null = await strapi.db
      .query(MODEL_UIDS.submission)
      .findOne({ where: { id }, populate: { assignee: { select: ADMIN_NAME_FIELDS } } });
    if (!submission) throw new errors.NotFoundError(`Submission ${id} does not exist`);
    return submission;
  };

  const notesOf = (id: number): Promise<Note[]> =>
    strapi.db.query(MODEL_UIDS.note).findMany({ where: { submission: { id } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });

  /** The assignee a change names, checked: null to unassign, undefined when the change leaves it. */
  const assigneeOf = async (change: TriageChange): Promise<Assignee | null | undefined> => {
    if (change.assignee === undefined || change.assignee === null) return change.assignee;
    const assignee = await getService(strapi, 'assignees').findAssignable(change.assignee);
    if (!assignee) throw fieldError('assignee', `Admin user ${change.assignee} does not exist or may not read submissions`);
    return assignee;
  };

  /** Writes one submission's triage change and its audit entries; says what changed, as webhook events. */
  const applyTriage = async (
    submission: StoredSubmission,
    change: TriageChange,
    assignee: Assignee | null | undefined,
    actor: Actor
  ): Promise<SubmissionEvent[] | null> => {
    const data: Record<string, unknown> = {};
    const events: SubmissionEvent[] = [];
    const after = { ...submission, status: change.status ?? submission.status };
    const previousAssignee = submission.assignee ? { id: submission.assignee.id, name: adminName(submission.assignee) } : null;
    if (change.status !== undefined && change.status !== submission.status) {
      events.push({ event: 'submission.status-changed', submission: after, extra: { previousStatus: submission.status } });
      data.status = change.status;
      // Wrapped in objects: a bare string is not a JSON value PostgreSQL's json column accepts.
      await audit().record({
        reference: submission.reference,
        action: 'status',
        actor,
        from: { status: submission.status },
        to: { status: change.status },
      });
    }
    if (assignee !== undefined && (assignee?.id ?? null) !== (submission.assignee?.id ?? null)) {
      data.assignee = assignee?.id ?? null;
      const to = assignee ? { id: assignee.id, name: assignee.name } : null;
      await audit().record({ reference: submission.reference, action: 'assignee', actor, from: previousAssignee, to });
      events.push({ event: 'submission.assigned', submission: after, extra: { assignee: to, previousAssignee } });
    }
    if (Object.keys(data).length === 0) return null;
    if (!submission.firstTriagedAt) data.firstTriagedAt = new Date();
    await strapi.db.query(MODEL_UIDS.submission).update({ where: { id: submission.id }, data });
    return events;
  };

  /** Queues the webhook events of a transaction's changes, inside it: they commit or roll back with them. */
  const queueEvents = (changes: Array<SubmissionEvent[] | null>) =>
    getService(strapi, 'webhooks').queue(changes.flat().filter(Boolean) as SubmissionEvent[]);

  /** Emails the assignee, inside the transaction, about the submissions this change assigned to them. */
  const queueAssignment = (
    assignee: Assignee | null | undefined,
    applied: Array<[StoredSubmission, SubmissionEvent[] | null]>,
    actor: Actor
  ) => {
    if (!assignee) return undefined;
    const assigned = applied.filter(([, events]) => events?.some((event) => event.event === 'submission.assigned'));
    return getService(strapi, 'nudges').queueAssignment(
      assignee,
      assigned.map(([submission]) => submission),
      actor
    );
  };

  return {
    /**
     * The whole submission, with its notes and audit trail, newest last; its questions and
     * answers in `locale` when the version has text in it (a consultant reads their own
     * language, whatever the respondent's).
     */
    async detail(id: number, { locale }: { locale?: string } = {}): Promise<SubmissionDetail> {
      const submission = await findOrFail(id);
      const [notes, auditTrail, questionnaire, deliveries] = await Promise.all([
        notesOf(id),
        audit().trailOf(submission.reference),
        getService(strapi, 'questionnaires')
          .getVersion(submission.questionnaireVersion)
          .catch(() => null),
        getService(strapi, 'outbox').deliveryLog(submission.reference),
      ]);
      return {
        ...submission,
        assignee: submission.assignee ? { id: submission.assignee.id, name: adminName(submission.assignee) } : null,
        automaticBand: { band: submission.band, label: BAND_LABELS[submission.band] },
        consultantRating: submission.consultantBand
          ? {
              band: submission.consultantBand,
              label: BAND_LABELS[submission.consultantBand],
              reason: submission.consultantReason,
              by: submission.ratedByName,
              at: submission.ratedAt,
            }
          : null,
        // Null only if the version it was scored with is gone or no longer valid; the stored
        // scores and raw answers are still shown then.
        answersByDimension: questionnaire
          ? explainAnswers(localizeQuestionnaire(questionnaire, locale).document, submission.answers)
          : null,
        notes,
        auditTrail,
        deliveries,
      };
    },

    /** Sets the status, the assignee (an admin user id, or null), or both. */
    async updateTriage(id: number, change: TriageChange, actor: Actor) {
      await inTransaction(strapi, async () => {
        const submission = await findOrFail(id);
        const assignee = await assigneeOf(change);
        const events = await applyTriage(submission, change, assignee, actor);
        await queueEvents([events]);
        await queueAssignment(assignee, [[submission, events]], actor);
      });
      getService(strapi, 'jobs').kick();
      return this.detail(id);
    },

    /**
     * The same change to many submissions, all or none: one unknown id refuses the lot, so
     * a consultant never has to work out which half of a selection moved.
     */
    async bulkTriage(ids: number[], change: TriageChange, actor: Actor): Promise<TriageSubmissions.Response['data']> {
      const applied = await inTransaction(strapi, async () => {
        const unique = [...new Set(ids)];
        const submissions: StoredSubmission[] = await strapi.db.query(MODEL_UIDS.submission).findMany({
          where: { id: { $in: unique } },
          populate: { assignee: { select: ADMIN_NAME_FIELDS } },
        });
        const found = new Set(submissions.map((submission) => submission.id));
        const missing = unique.filter((id) => !found.has(id));
        if (missing.length > 0) {
          throw new errors.ValidationError(`Submissions ${missing.join(', ')} do not exist`, {
            errors: missing.map((id) => ({
              path: ['ids', ids.indexOf(id)],
              message: `There is no submission ${id}`,
              name: 'ValidationError',
            })),
          });
        }
        const assignee = await assigneeOf(change);
        const applied: Array<[StoredSubmission, SubmissionEvent[] | null]> = [];
        for (const submission of submissions) applied.push([submission, await applyTriage(submission, change, assignee, actor)]);
        const results = applied.map(([, events]) => events);
        await queueEvents(results);
        await queueAssignment(assignee, applied, actor);
        return { selected: unique.length, results };
      });
      getService(strapi, 'jobs').kick();
      return { selected: applied.selected, changed: applied.results.filter(Boolean).length };
    },

    /** The consultant's band beside the automatic one; a reason is required. */
    async rate(id: number, rating: { band: Band; reason: string }, actor: Actor): Promise<SubmissionDetail> {
      const detail = await inTransaction(strapi, async () => {
        const submission = await findOrFail(id);
        const from = submission.consultantBand ? { band: submission.consultantBand, reason: submission.consultantReason } : null;
        await strapi.db.query(MODEL_UIDS.submission).update({
          where: { id },
          data: {
            consultantBand: rating.band,
            consultantReason: rating.reason,
            ratedAt: new Date(),
            ratedByName: actor.name,
            ...(submission.firstTriagedAt ? {} : { firstTriagedAt: new Date() }),
          },
        });
        await audit().record({
          reference: submission.reference,
          action: 'rating',
          actor,
          from,
          to: { band: rating.band, reason: rating.reason, automaticBand: submission.band },
        });
        await queueEvents([
          [
            {
              event: 'submission.rated',
              submission: { ...submission, consultantBand: rating.band },
              extra: { rating: { band: rating.band, previousBand: from?.band ?? null, by: actor.name } },
              // The reason is a consultant's free text about the person: only where free text may go.
              freeText: {
                rating: { band: rating.band, previousBand: from?.band ?? null, by: actor.name, reason: rating.reason },
              },
            },
          ],
        ]);
        return this.detail(id);
      });
      getService(strapi, 'jobs').kick();
      return detail;
    },

    /**
     * Scores a submission's answers again under another questionnaire version: an explicit
     * action, audited with the version, band and score before and after. Stored results are
     * otherwise never rewritten when a new version is activated.
     */
    async rescore(id: number, version: number, actor: Actor): Promise<SubmissionDetail> {
      const questionnaire = await getService(strapi, 'questionnaires').getVersion(version);
      return inTransaction(strapi, async () => {
        const submission = await findOrFail(id);
        const score = scoreSubmission(questionnaire, submission.answers);
        await strapi.db.query(MODEL_UIDS.submission).update({
          where: { id },
          data: storedScore(score),
        });
        await audit().record({
          reference: submission.reference,
          action: 'rescore',
          actor,
          from: { version: submission.questionnaireVersion, band: submission.band, score: submission.overallScore },
          to: { version, band: score.band, score: score.overall },
        });
        return this.detail(id);
      });
    },

    async addNote(id: number, body: string, actor: Actor): Promise<Note> {
      return inTransaction(strapi, async () => {
        const submission = await findOrFail(id);
        const note: Note = await strapi.db
          .query(MODEL_UIDS.note)
          .create({ data: { submission: id, body, authorId: actor.id, authorName: actor.name } });
        await audit().record({ reference: submission.reference, action: 'note', actor, from: null, to: { noteId: note.id } });
        return note;
      });
    },
  };
};

export type TriageService = ReturnType<typeof triage>;
export default triage;
