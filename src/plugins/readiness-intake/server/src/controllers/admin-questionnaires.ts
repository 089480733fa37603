import type { Core } from '@strapi/strapi';

import { getService } from '../utils/get-service';

const adminQuestionnaires = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The active version whole: points, weights and rules included. */
  async active(ctx: { body: unknown }) {
    ctx.body = { data: await getService(strapi, 'questionnaires').getActive() };
  },
});

export default adminQuestionnaires;
