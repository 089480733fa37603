import { randomBytes } from 'crypto';

import type { Core } from '@strapi/strapi';

import { MODEL_UIDS } from '../../../../shared/constants';
import type { SubmitIntake } from '../../../../shared/contracts/public-form';
import type { Settings } from '../../../../shared/contracts/settings';
import type { Submission } from '../../../../shared/contracts/submissions';
import { checkSubmission, type SubmissionData } from '../../intake/validate-submission';
import { renderConfirmation, renderNotification } from '../../notifications/render-email';
import { scoreSubmission, storedScore, type ScoreResult } from '../../scoring/score-submission';
import { submissionUrl } from '../../utils/admin-links';
import { getConfig } from '../../utils/get-config';
import { getService } from '../../utils/get-service';
import { insertRow } from '../../utils/insert-row';
import { inputErrorOf, validationErrorOf } from '../../utils/issues';
import { inTransaction } from '../../utils/transaction';
import { notificationRecipients } from '../setup/settings';
import type { OutgoingEmail } from '../delivery/outbox';
import type { SubmissionForWebhook } from '../delivery/webhooks';
import { IdempotencyKeyTakenError } from './idempotency-keys';

const FORM_TOKEN_MESSAGES = {
  forged: 'is not a token this server issued',
  too_fast: 'was sent too soon after the form was loaded',
  expired: 'has expired: reload the form',
  wrong_version: 'belongs to another questionnaire version: reload the form',
} as const;

/** A short reference a respondent can quote: "RI-" and ten characters without look-alikes. */
const newReference = () => {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return `RI-${Array.from(randomBytes(10), (byte) => alphabet[byte % alphabet.length]).join('')}`;
};

/** A submission as just stored: what the emails and webhook posts about it read, none of it read back. */
type NewSubmission = SubmissionForWebhook &
  Pick<Submission, 'contactName' | 'contactEmail' | 'company' | 'role' | 'teamSize'> & { locale: string | null };

const submissions = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The emails a new submission queues: one per consultant address, and the optional confirmation. */
  const emailsFor = (submission: NewSubmission, score: ScoreResult, settings: Settings): OutgoingEmail[] => {
    const { senderName } = getConfig(strapi);
    const recipients = notificationRecipients(getConfig(strapi), settings);
    const emails: OutgoingEmail[] = [];
    // Rendered only when someone is to get it: a site that notifies nobody pays nothing.
    if (recipients.length > 0) {
      const notification = renderNotification({
        reference: submission.reference,
        company: submission.company,
        contactName: submission.contactName,
        contactEmail: submission.contactEmail,
        role: submission.role,
        teamSize: submission.teamSize,
        overallScore: score.overall,
        band: score.band,
        dimensions: score.dimensions,
        flags: score.flags,
        submissionUrl: submissionUrl(strapi, submission.id),
      });
      for (const recipient of recipients) {
        emails.push({ submissionReference: submission.reference, kind: 'notification', recipient, ...notification });
      }
    }
    if (settings.sendConfirmation) {
      emails.push({
        submissionReference: submission.reference,
        kind: 'confirmation',
        recipient: submission.contactEmail,
        ...renderConfirmation({
          contactName: submission.contactName,
          company: submission.company,
          reference: submission.reference,
          companyName: senderName,
        }),
      });
    }
    return emails;
  };

  /**
   * Checks one submission against the active questionnaire and its form token, then scores
   * and stores it; `data` has passed the body schema at the controller. Nothing is written
   * unless every check passes. A filled honeypot is stored as spam and answered like any
   * other submission, so a bot learns nothing from the response. With `idempotency`, the
   * key is claimed first in the same transaction and the answer stored with it.
   */
  const accept = async (
    data: SubmissionData,
    now: number,
    idempotency?: { key: string; bodyHash: string }
  ): Promise<SubmitIntake.Response['data']> => {
    const questionnaire = await getService(strapi, 'questionnaires').getActive();
    const checked = checkSubmission(questionnaire, data);
    if (!checked.ok) throw inputErrorOf(checked.issues, 'the submission');
    const { input } = checked;

    const token = getService(strapi, 'form-tokens').check(input.formToken, input.questionnaireVersion, now);
    if (!token.ok) throw validationErrorOf([{ path: ['data', 'formToken'], message: FORM_TOKEN_MESSAGES[token.reason] }]);

    const score = scoreSubmission(questionnaire, input.answers);
    const spam = input.url.trim() !== '';
    const receivedAt = new Date(now);

    const settings = await getService(strapi, 'settings').get();
    const hostContent = getService(strapi, 'host-content');
    const timezoneOverlap = await hostContent.officeOverlap(input.contact.timezone, now);
    const wantsReport = input.sendReport && !spam;
    // Read before the write, so the answer an idempotency key keeps is the whole answer.
    const recommendations = settings.showResult || wantsReport ? await hostContent.recommend(score.dimensions, input.locale) : [];
    const result = settings.showResult
      ? {
          band: score.band,
          score: score.overall,
          dimensions: score.dimensions.map(({ key, score: dimensionScore }) => ({ key, score: dimensionScore })),
          recommendations,
        }
      : undefined;
    const reports = getService(strapi, 'reports');
    const keys = getService(strapi, 'idempotency-keys');
    const webhooks = getService(strapi, 'webhooks');
    // From the subscriptions as kept, so a site without any reads none per submission.
    const hooked = !spam && (await webhooks.wanted('submission.created'));
    // The submission, its emails, its webhook posts and its idempotency key are one write: a 201 means all are
    // stored, and the emails go out from the outbox after the response, however SMTP is doing.
    // The key is claimed first, so a concurrent request with it fails before writing anything.
    let queued = 0;
    const answer = await inTransaction(strapi, async () => {
      const keyId = idempotency ? await keys.claim(idempotency.key, idempotency.bodyHash, now) : undefined;
      // Counted in this transaction, before the write that would count: the limit holds across instances.
      const reportQueued = wantsReport && (await reports.mayQueue(input.contact.email, receivedAt));
      const row = {
        reference: newReference(),
        receivedAt,
        status: spam ? 'spam' : 'new',
        spam,
        contactName: input.contact.name,
        contactEmail: input.contact.email,
        company: input.contact.company,
        role: input.contact.role,
        teamSize: input.contact.teamSize,
        timezone: input.contact.timezone,
        consentGivenAt: receivedAt,
        consentText: questionnaire.consentText,
        answers: input.answers,
        backlog: input.backlog,
        ...storedScore(score),
        timezoneOverlap,
        source: input.source,
        sourceArticleSlug: input.source?.articleSlug ?? null,
        sourceUtmCampaign: input.source?.utm?.campaign ?? null,
        reportRequested: input.sendReport,
        reportQueued,
        locale: input.locale,
      };
      // Every value of the row is here already. A new submission has no consultant band yet.
      const created: NewSubmission = {
        ...row,
        id: await insertRow(strapi, MODEL_UIDS.submission, row),
        consultantBand: null,
      };
      if (!spam) {
        const emails = emailsFor(created, score, settings);
        if (reportQueued) emails.push(reports.emailFor(created, questionnaire, score, recommendations));
        await getService(strapi, 'outbox').enqueue(emails, receivedAt);
        queued = emails.length;
        if (hooked) {
          queued += await webhooks.queue([{ event: 'submission.created', submission: created }], settings, receivedAt);
        }
      }
      const answer: SubmitIntake.Response['data'] = {
        reference: created.reference,
        receivedAt: receivedAt.toISOString(),
        result,
      };
      if (keyId !== undefined) await keys.record(keyId, 201, answer);
      return answer;
    });

    // A delivery run reads the outbox even when it finds nothing: only what was queued asks for one.
    if (queued > 0) getService(strapi, 'jobs').kick();

    return answer;
  };

  return {
    /** Takes one submission; see `accept`. */
    submit: (data: SubmissionData, { now = Date.now() }: { now?: number } = {}) => accept(data, now),

    /**
     * Takes a submission sent with an Idempotency-Key: a repeat of the key with the same
     * body gets the first answer and stores nothing, another body is a 409. A request that
     * loses the race for a new key waits for the winner's answer and replays it.
     */
    async submitOnce(
      data: SubmissionData,
      { key, body, now = Date.now() }: { key: string; body: unknown; now?: number }
    ): Promise<{ data: SubmitIntake.Response['data']; replayed: boolean }> {
      const keys = getService(strapi, 'idempotency-keys');
      const bodyHash = keys.hashBody(body);
      const earlier = await keys.find(key, now);
      if (earlier) return { data: keys.replay(earlier, bodyHash), replayed: true };
      try {
        return { data: await accept(data, now, { key, bodyHash }), replayed: false };
      } catch (error) {
        if (!(error instanceof IdempotencyKeyTakenError)) throw error;
        const winner = await keys.awaitWinner(key);
        if (!winner) throw error.reason;
        return { data: keys.replay(winner, bodyHash), replayed: true };
      }
    },
  };
};

export type SubmissionsService = ReturnType<typeof submissions>;
export default submissions;
