import type { Core } from '@strapi/strapi';

import type { GetActiveQuestionnaire } from '../../../shared/contracts/questionnaires';
import { getService } from '../utils/get-service';

const adminQuestionnaires = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The active version whole: points, weights and rules included. */
  async active(ctx: { body: unknown }) {
    ctx.body = { data: await getService(strapi, 'questionnaires').getActive() } satisfies GetActiveQuestionnaire.Response;
  },
});

export default adminQuestionnaires;
