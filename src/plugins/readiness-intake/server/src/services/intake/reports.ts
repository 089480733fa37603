import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import { TABLE_NAMES } from '../../../../shared/constants';
import type { Recommendation } from '../../../../shared/contracts/public-form';
import type { QuestionnaireDocument } from '../../../../shared/contracts/questionnaires';
import type { Submission } from '../../../../shared/contracts/submissions';
import { renderReport } from '../../notifications/render-email';
import { localizeQuestionnaire } from '../../questionnaire/localize';
import type { ScoreResult } from '../../scoring/score-submission';
import { getConfig } from '../../utils/get-config';
import type { OutgoingEmail } from '../delivery/outbox';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The readiness report a respondent asks for with `data.sendReport`: whether one may be
 * queued for an address, and the email itself.
 */
const reports = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Whether `email` may get another report now: fewer than `report.maxPerDay` queued for it
   * in the 24 hours before `now`, counted from the submissions that record one. Call it in
   * the transaction that stores the submission. Two submissions from one address at once
   * are counted one after the other: on PostgreSQL a transaction-scoped advisory lock on
   * the address holds the second until the first commits; on MySQL the count locks the
   * address's index range (FOR UPDATE), which holds the second's insert; SQLite runs one
   * write transaction at a time already.
   */
  async mayQueue(email: string, now: Date): Promise<boolean> {
    const { maxPerDay } = getConfig(strapi).report;
    if (maxPerDay === 0) return false;
    if (!strapi.db.inTransaction()) throw new Error('reports.mayQueue must run in the transaction that stores the submission');
    const client = strapi.db.dialect.client as string;
    const since = new Date(now.getTime() - DAY_MS);
    // A nested transaction joins the caller's: this is how its connection is reached for raw SQL.
    const rows: Array<{ id: number }> = await strapi.db.transaction(async ({ trx }) => {
      const db = trx as unknown as Knex.Transaction;
      if (client === 'postgres')
        await db.raw('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`readiness-report:${email}`]);
      const query = db(TABLE_NAMES.submission)
        .where({ contact_email: email, report_queued: true })
        .where('received_at', '>', client === 'sqlite' ? since.getTime() : since);
      if (client === 'mysql') query.forUpdate();
      return query.select('id').limit(maxPerDay);
    });
    return rows.length < maxPerDay;
  },

  /**
   * The report email for a stored submission, in its locale (the questionnaire's default
   * when it has none), with links to the recommended articles on the website.
   */
  emailFor(
    submission: Pick<Submission, 'reference' | 'contactName' | 'contactEmail' | 'company'> & { locale?: string | null },
    original: QuestionnaireDocument,
    score: ScoreResult,
    recommendations: Recommendation[]
  ): OutgoingEmail {
    const { senderName, report } = getConfig(strapi);
    const site = report.siteUrl.replace(/\/+$/, '');
    const { locale, document: questionnaire } = localizeQuestionnaire(original, submission.locale ?? undefined);
    const titles = new Map(questionnaire.dimensions.map((dimension) => [dimension.key, dimension.title]));
    return {
      submissionReference: submission.reference,
      kind: 'report',
      recipient: submission.contactEmail,
      ...renderReport({
        contactName: submission.contactName,
        company: submission.company,
        reference: submission.reference,
        companyName: senderName,
        band: score.band,
        overallScore: score.overall,
        dimensions: score.dimensions.map((dimension) => ({
          key: dimension.key,
          title: titles.get(dimension.key) ?? dimension.key,
          score: dimension.score,
        })),
        texts: questionnaire.report,
        locale,
        articles: recommendations.map((article) => ({
          title: article.title,
          summary: article.summary,
          url: `${site}${report.articlePath.replaceAll('{slug}', encodeURIComponent(article.slug))}`,
        })),
      }),
    };
  },
});

export type ReportsService = ReturnType<typeof reports>;
export default reports;
