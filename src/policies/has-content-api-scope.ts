import type { Core } from '@strapi/strapi';

type Auth = Parameters<Core.Strapi['auth']['verify']>[0];

/**
 * Passes when the caller's content-API ability (its token, user or the Public role) allows
 * `config.scope`: the check Strapi makes on a REST route, for places that skip it.
 */
export default async (
  policyContext: { state: { auth?: Auth } },
  config: { scope: string },
  { strapi }: { strapi: Core.Strapi }
) => {
  try {
    await strapi.auth.verify(policyContext.state.auth as Auth, { scope: [config.scope] });
    return true;
  } catch {
    return false;
  }
};
