import type { Core } from '@strapi/strapi';

import { WEBHOOK_EVENTS } from '../../../../shared/constants';
import type { Settings } from '../../../../shared/contracts/settings';
import { getService } from '../../utils/get-service';

export type SubmissionForWebhook = {
  id: number;
  reference: string;
  receivedAt: string | Date;
  status: string;
  questionnaireVersion: number;
  overallScore: number;
  band: string;
  consultantBand?: string | null;
  dimensionScores: Array<{ key: string; score: number }>;
  flagCount: number;
  company?: string;
  contactName?: string;
  contactEmail?: string;
  role?: string | null;
  teamSize?: number | null;
  timezone?: string | null;
  backlog?: string | null;
};

/**
 * Emits the plugin's events on Strapi's event hub, where the webhook runner sends them to
 * every webhook subscribed in Settings → Webhooks. Scores and band always; the contact and
 * the backlog only when the settings allow free text to leave (off by default).
 */
const webhooks = ({ strapi }: { strapi: Core.Strapi }) => {
  const payloadOf = (submission: SubmissionForWebhook, webhookFreeText: boolean) => {
    return {
      submission: {
        id: submission.id,
        reference: submission.reference,
        receivedAt: new Date(submission.receivedAt).toISOString(),
        status: submission.status,
        questionnaireVersion: submission.questionnaireVersion,
        overallScore: submission.overallScore,
        band: submission.band,
        consultantBand: submission.consultantBand ?? null,
        dimensions: Object.fromEntries(submission.dimensionScores.map((dimension) => [dimension.key, dimension.score])),
        flagCount: submission.flagCount,
        ...(webhookFreeText
          ? {
              contact: {
                name: submission.contactName,
                email: submission.contactEmail,
                company: submission.company,
                role: submission.role ?? null,
                teamSize: submission.teamSize ?? null,
                timezone: submission.timezone ?? null,
              },
              backlog: submission.backlog ?? null,
            }
          : {}),
      },
    };
  };

  return {
    register() {
      const store = strapi.get('webhookStore');
      for (const [key, event] of Object.entries(WEBHOOK_EVENTS)) store.addAllowedEvent(key, event);
    },

    /** A new submission; `settings` are the ones its submit already read. */
    submissionCreated(submission: SubmissionForWebhook, settings: Pick<Settings, 'webhookFreeText'>) {
      strapi.eventHub.emit(WEBHOOK_EVENTS.READINESS_SUBMISSION_CREATED, payloadOf(submission, settings.webhookFreeText));
    },

    /** Status changes, one event each, with the settings read once for all of them. */
    async statusChanged(changes: Array<{ submission: SubmissionForWebhook; from: string }>) {
      if (changes.length === 0) return;
      const { webhookFreeText } = await getService(strapi, 'settings').get();
      for (const { submission, from } of changes) {
        strapi.eventHub.emit(WEBHOOK_EVENTS.READINESS_SUBMISSION_STATUS_CHANGED, {
          ...payloadOf(submission, webhookFreeText),
          previousStatus: from,
        });
      }
    },
  };
};

export type WebhooksService = ReturnType<typeof webhooks>;
export default webhooks;
