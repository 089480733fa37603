import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';

import { getService } from '../utils/get-service';

const listQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

const adminSubmissions = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: { query: unknown; body: unknown }) {
    const parsed = listQuery.safeParse(ctx.query ?? {});
    if (!parsed.success) {
      throw new errors.ValidationError('Invalid list parameters', {
        errors: parsed.error.issues.map((issue) => ({
          path: issue.path.map(String),
          message: issue.message,
          name: 'ValidationError',
        })),
      });
    }
    ctx.body = await getService(strapi, 'submissions').list(parsed.data);
  },
});

export default adminSubmissions;
