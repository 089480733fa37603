import type { Core } from '@strapi/strapi';

/**
 * users-permissions exposes its sign-in and sign-up flows as GraphQL mutations with auth
 * turned off, while the same flows over REST need a Public-role permission. Each mutation
 * here gets a policy that asks for the permission of its REST twin, so revoking the REST
 * route in Settings closes the GraphQL door too.
 */
const REST_SCOPE_OF_MUTATION = {
  login: 'plugin::users-permissions.auth.callback',
  register: 'plugin::users-permissions.auth.register',
  forgotPassword: 'plugin::users-permissions.auth.forgotPassword',
  resetPassword: 'plugin::users-permissions.auth.resetPassword',
  emailConfirmation: 'plugin::users-permissions.auth.emailConfirmation',
} as const;

export const requireRestScopesForAuthMutations = (strapi: Core.Strapi) => {
  strapi
    .plugin('graphql')
    .service('extension')
    .use(() => ({
      resolversConfig: Object.fromEntries(
        Object.entries(REST_SCOPE_OF_MUTATION).map(([mutation, scope]) => [
          `Mutation.${mutation}`,
          { policies: [{ name: 'global::has-content-api-scope', config: { scope } }] },
        ])
      ),
    }));
};
