import { randomBytes } from 'crypto';

import type { Core, UID } from '@strapi/strapi';

import { MODEL_UIDS, PLUGIN_UID } from '../../../shared/constants';
import type { Recommendation, SubmitIntake } from '../../../shared/contracts/public-form';
import type { Submission } from '../../../shared/contracts/submissions';
import type { IntakeConfig } from '../config';
import { overlapHours, TEAM_WORKING_HOURS, type OfficeOverlap } from '../intake/timezone-overlap';
import { validateSubmission } from '../intake/validate-submission';
import { scoreSubmission, storedScore, type ScoreResult } from '../scoring/score-submission';
import { renderConfirmation, renderNotification } from '../notifications/render-email';
import { getService } from '../utils/get-service';
import type { OutgoingEmail } from './outbox';
import type { IntakeSettings } from './settings';
import { validationErrorOf } from '../utils/issues';

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

export type { Recommendation };

const submissions = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get(PLUGIN_UID) as IntakeConfig;

  /** Up to `limit` published articles for the weakest dimensions, weakest first. */
  const recommend = async (score: ScoreResult, limit = 3): Promise<Recommendation[]> => {
    const uid = config().articleContentType as UID.ContentType;
    if (!strapi.contentTypes[uid]) return [];
    const articles = (await strapi.documents(uid).findMany({
      status: 'published',
      fields: ['title', 'slug', 'summary', 'readinessDimensions'] as never,
      filters: { readinessDimensions: { $notNull: true } } as never,
      sort: 'publishedAt:desc' as never,
      limit: 200,
    })) as unknown as Array<Recommendation & { readinessDimensions: string[] | null }>;

    const picked: Recommendation[] = [];
    const weakestFirst = [...score.dimensions].filter((d) => d.score < 100).sort((a, b) => a.score - b.score);
    for (const dimension of weakestFirst) {
      for (const article of articles) {
        if (picked.length >= limit) return picked;
        if (article.readinessDimensions?.includes(dimension.key) && !picked.some((p) => p.slug === article.slug)) {
          picked.push({ title: article.title, slug: article.slug, summary: article.summary ?? null });
          break;
        }
      }
    }
    return picked;
  };

  /** Working-hour overlap between the team's timezone and each office, on the day received. */
  const officeOverlap = async (timezone: string, at: number): Promise<OfficeOverlap[]> => {
    const uid = config().officeContentType as UID.ContentType;
    if (!strapi.contentTypes[uid]) return [];
    const offices = (await strapi.db.query(uid).findMany({
      select: ['name', 'timezone', 'officeHoursStart', 'officeHoursEnd', 'displayOrder'],
      orderBy: [{ displayOrder: 'asc' }, { id: 'asc' }],
    })) as Array<{ name: string; timezone: string; officeHoursStart: string; officeHoursEnd: string }>;
    return offices.map((office) => {
      const hours = { start: office.officeHoursStart.slice(0, 5), end: office.officeHoursEnd.slice(0, 5) };
      return {
        office: office.name,
        timezone: office.timezone,
        officeHours: `${hours.start}–${hours.end}`,
        overlapHours: overlapHours({ timezone, ...TEAM_WORKING_HOURS }, { timezone: office.timezone, ...hours }, at),
      };
    });
  };

  /** Where a consultant opens a submission: INTAKE_ADMIN_URL, else Strapi's absolute admin URL. */
  const submissionUrl = (id: number) => {
    const admin = (config().adminUrl || (strapi.config.get('admin.absoluteUrl') as string) || '/admin').replace(/\/+$/, '');
    return `${admin}/plugins/readiness-intake/submissions/${id}`;
  };

  /** The emails a new submission queues: one per consultant address, and the optional confirmation. */
  const emailsFor = (submission: Submission, score: ScoreResult, settings: IntakeSettings): OutgoingEmail[] => {
    const recipients = [
      ...new Set([...config().notifyTo, ...settings.notifyRecipients].map((address) => address.trim().toLowerCase())),
    ].filter(Boolean);
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
      submissionUrl: submissionUrl(submission.id),
    });
    const emails: OutgoingEmail[] = recipients.map((recipient) => ({
      submissionReference: submission.reference,
      kind: 'notification',
      recipient,
      ...notification,
    }));
    if (settings.sendConfirmation) {
      emails.push({
        submissionReference: submission.reference,
        kind: 'confirmation',
        recipient: submission.contactEmail,
        ...renderConfirmation({
          contactName: submission.contactName,
          company: submission.company,
          reference: submission.reference,
          companyName: config().senderName,
        }),
      });
    }
    return emails;
  };

  return {
    /**
     * Validates, scores and stores one submission. Nothing is written unless every check
     * passes. A filled honeypot is stored as spam and answered like any other submission,
     * so a bot learns nothing from the response.
     */
    async submit(body: unknown, { now = Date.now() }: { now?: number } = {}): Promise<SubmitIntake.Response['data']> {
      const questionnaire = await getService(strapi, 'questionnaires').getActive();
      const validation = validateSubmission(questionnaire, body);
      if (!validation.ok)
        throw validationErrorOf(
          validation.issues,
          validation.issues.length > 1 ? `${validation.issues.length} errors in the submission` : undefined
        );
      const { input } = validation;

      const token = getService(strapi, 'form-tokens').check(input.formToken, input.questionnaireVersion, now);
      if (!token.ok) throw validationErrorOf([{ path: ['data', 'formToken'], message: FORM_TOKEN_MESSAGES[token.reason] }]);

      const score = scoreSubmission(questionnaire, input.answers);
      const spam = input.url.trim() !== '';
      const receivedAt = new Date(now);

      const settings = await getService(strapi, 'settings').get();
      const timezoneOverlap = await officeOverlap(input.contact.timezone, now);
      // The submission and its emails are one write: a 201 means both are stored, and the
      // emails go out from the outbox after the response, however SMTP is doing.
      const stored = await strapi.db.transaction(async () => {
        const created: Submission = await strapi.db.query(MODEL_UIDS.submission).create({
          data: {
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
          },
        });
        if (!spam) await getService(strapi, 'outbox').enqueue(emailsFor(created, score, settings), receivedAt);
        return created;
      });

      if (!spam) {
        getService(strapi, 'jobs').kick();
        getService(strapi, 'webhooks').submissionCreated(stored, settings);
      }

      return {
        reference: stored.reference,
        receivedAt: receivedAt.toISOString(),
        result: settings.showResult
          ? {
              band: score.band,
              score: score.overall,
              dimensions: score.dimensions.map(({ key, score: dimensionScore }) => ({ key, score: dimensionScore })),
              recommendations: await recommend(score),
            }
          : undefined,
      };
    },
  };
};

export type SubmissionsService = ReturnType<typeof submissions>;
export default submissions;
