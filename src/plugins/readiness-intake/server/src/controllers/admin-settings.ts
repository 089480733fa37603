import type { Core } from '@strapi/strapi';
import { z } from 'zod';

import type {
  ActivateQuestionnaire,
  CreateQuestionnaire,
  GetQuestionnaire,
  GetQuestionnaires,
} from '../../../shared/contracts/questionnaires';
import type { GetSettings, UpdateSettings } from '../../../shared/contracts/settings';
import type { GetStats } from '../../../shared/contracts/stats';
import { getService } from '../utils/get-service';
import { parseOrThrow } from '../utils/issues';
import { boundedDate, storableIdText, storableString } from '../utils/storable';

const settingsBody = z
  .strictObject({
    notifyRecipients: z.array(storableString().trim().pipe(z.email('must be an email address'))).max(50),
    showResult: z.boolean(),
    retentionDays: z.number().int().min(1).max(3650),
    triageSlaHours: z.number().int().min(1).max(8760),
    sendConfirmation: z.boolean(),
    webhookFreeText: z.boolean(),
  })
  .partial() satisfies z.ZodType<UpdateSettings.Request['body']>;
const statsQuery = z.strictObject({ from: boundedDate().optional(), to: boundedDate().optional() });
const versionParam = storableIdText();
const questionnaireBody = z.strictObject({ document: z.unknown() }) satisfies z.ZodType<CreateQuestionnaire.Request['body']>;

type Context = { query: unknown; params: { version?: string }; request: { body?: unknown }; body: unknown; status: number };

/** Settings, questionnaire versions and the dashboard's numbers. */
const adminSettings = ({ strapi }: { strapi: Core.Strapi }) => ({
  async getSettings(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'settings').get() } satisfies GetSettings.Response;
  },

  async updateSettings(ctx: Context) {
    ctx.body = {
      data: await getService(strapi, 'settings').update(parseOrThrow(settingsBody, ctx.request.body)),
    } satisfies UpdateSettings.Response;
  },

  async stats(ctx: Context) {
    ctx.body = {
      data: await getService(strapi, 'stats').summary(parseOrThrow(statsQuery, ctx.query ?? {})),
    } satisfies GetStats.Response;
  },

  async listQuestionnaires(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'questionnaires').list() } satisfies GetQuestionnaires.Response;
  },

  async findQuestionnaire(ctx: Context) {
    const version = parseOrThrow(versionParam, ctx.params.version);
    ctx.body = { data: await getService(strapi, 'questionnaires').getVersion(version) } satisfies GetQuestionnaire.Response;
  },

  async addQuestionnaire(ctx: Context) {
    const { document } = parseOrThrow(questionnaireBody, ctx.request.body);
    const created = await getService(strapi, 'questionnaires').add(document);
    ctx.status = 201;
    ctx.body = {
      data: { id: created.id, version: created.version, title: created.title, active: created.active },
    } satisfies CreateQuestionnaire.Response;
  },

  async activateQuestionnaire(ctx: Context) {
    const activated = await getService(strapi, 'questionnaires').activate(parseOrThrow(versionParam, ctx.params.version));
    ctx.body = {
      data: { version: activated.version, active: activated.active, activatedAt: activated.activatedAt },
    } satisfies ActivateQuestionnaire.Response;
  },
});

export default adminSettings;
