import type { Core } from '@strapi/strapi';

import type { GetPublicQuestionnaire, SubmitIntake } from '../../../shared/contracts/public-form';
import { submissionBody } from '../intake/validate-submission';
import { toPublicQuestionnaire } from '../questionnaire/public-view';
import { getService } from '../utils/get-service';
import { parseOrThrow } from '../utils/issues';

type Context = { body: unknown; status: number; request: { body?: unknown }; set(field: string, value: string): void };

const publicForm = ({ strapi }: { strapi: Core.Strapi }) => ({
  async questionnaire(ctx: Context) {
    const questionnaire = await getService(strapi, 'questionnaires').getActive();
    // Each load gets its own token: a cached page would hand every visitor the same start time.
    ctx.set('Cache-Control', 'no-store');
    ctx.body = {
      data: {
        ...toPublicQuestionnaire(questionnaire),
        formToken: getService(strapi, 'form-tokens').issue(questionnaire.version),
      },
    } satisfies GetPublicQuestionnaire.Response;
  },

  async submit(ctx: Context) {
    const { data } = parseOrThrow(submissionBody, ctx.request.body, 'the submission');
    const result = await getService(strapi, 'submissions').submit(data);
    ctx.set('Cache-Control', 'no-store');
    ctx.status = 201;
    ctx.body = { data: result } satisfies SubmitIntake.Response;
  },
});

export default publicForm;
