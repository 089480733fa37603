import type { Core } from '@strapi/strapi';
import { z } from 'zod';

import type { GetPublicQuestionnaire, SubmitIntake } from '../../../shared/contracts/public-form';
import { requestedLocale, submissionBody } from '../intake/validate-submission';
import { IdempotencyConflictError } from '../services/intake/idempotency-keys';
import { toPublicQuestionnaire } from '../questionnaire/public-view';
import { respondWithError } from '../utils/error-response';
import { getService } from '../utils/get-service';
import { parseOrThrow, validationErrorOf } from '../utils/issues';

type Context = {
  body: unknown;
  query?: unknown;
  status: number;
  request: { body?: unknown; headers: Record<string, string | string[] | undefined> };
  set(field: string, value: string): void;
};

/**
 * The form's query: `locale` well formed or a 400 (one without text falls back). Other
 * parameters are ignored, as before, so a cache-busting `?_=` from a website still works.
 */
const questionnaireQuery = z.object({ locale: requestedLocale().optional() });

/** A client's retry key: 1 to 100 printable ASCII characters, not only spaces. */
const IDEMPOTENCY_KEY = /^[\x20-\x7E]{1,100}$/;

/** The request's Idempotency-Key, if it sent one, or Strapi's 400 for a malformed one. */
const idempotencyKeyOf = (ctx: Context): string | undefined => {
  const key = ctx.request.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key === 'string' && IDEMPOTENCY_KEY.test(key) && key.trim() !== '') return key;
  throw validationErrorOf([{ path: ['headers', 'idempotency-key'], message: 'must be 1 to 100 printable ASCII characters' }]);
};

const publicForm = ({ strapi }: { strapi: Core.Strapi }) => ({
  async questionnaire(ctx: Context) {
    const { locale: requested } = parseOrThrow(questionnaireQuery, ctx.query ?? {});
    const { locale, locales, document } = await getService(strapi, 'questionnaires').getActiveIn(requested);
    // Each load gets its own token: a cached page would hand every visitor the same start time.
    ctx.set('Cache-Control', 'no-store');
    ctx.body = {
      data: {
        ...toPublicQuestionnaire(document),
        formToken: getService(strapi, 'form-tokens').issue(document.version),
        locale,
        locales,
      },
    } satisfies GetPublicQuestionnaire.Response;
  },

  async submit(ctx: Context) {
    const key = idempotencyKeyOf(ctx);
    const { data } = parseOrThrow(submissionBody, ctx.request.body, 'the submission');
    const submissions = getService(strapi, 'submissions');
    ctx.set('Cache-Control', 'no-store');
    if (key === undefined) {
      ctx.status = 201;
      ctx.body = { data: await submissions.submit(data) } satisfies SubmitIntake.Response;
      return;
    }
    let answer: Awaited<ReturnType<typeof submissions.submitOnce>>;
    try {
      answer = await submissions.submitOnce(data, { key, body: ctx.request.body });
    } catch (error) {
      if (!(error instanceof IdempotencyConflictError)) throw error;
      respondWithError(ctx, { status: error.status, name: error.name, message: error.message });
      return;
    }
    if (answer.replayed) ctx.set('Idempotent-Replayed', 'true');
    ctx.status = 201;
    ctx.body = { data: answer.data } satisfies SubmitIntake.Response;
  },
});

export default publicForm;
