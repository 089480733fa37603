import type { Core, Modules } from '@strapi/strapi';

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

type AuthState = { strategy?: { name?: string }; credentials?: unknown };

/** A content-API request made with no token at all: the users-permissions Public role. */
const isAnonymousRequest = (strapi: Core.Strapi): boolean => {
  const auth = strapi.requestContext.get()?.state?.auth as AuthState | undefined;
  return auth?.strategy?.name === 'users-permissions' && !auth.credentials;
};

/**
 * Strapi lets any caller with `find` ask for `status=draft` (REST) or `status: DRAFT`
 * (GraphQL). For the Public role that would publish every unpublished draft, so anonymous
 * reads are pinned to published content whatever the query says. Tokens and signed-in
 * users keep the choice, which is what preview builds use.
 */
export const publishedOnlyForPublic =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (READ_ACTIONS.has(context.action) && context.contentType.options?.draftAndPublish && isAnonymousRequest(strapi)) {
      (context.params as { status?: string }).status = 'published';
    }
    return next();
  };
