import type { Core } from '@strapi/strapi';

import { checkFormToken, formTokenSecret, issueFormToken } from '../../intake/form-token';
import { getConfig } from '../../utils/get-config';

const formTokens = ({ strapi }: { strapi: Core.Strapi }) => {
  let secret: string | undefined;
  const secretOf = () => (secret ??= formTokenSecret(strapi.config.get('server.app.keys')));

  return {
    /** Derives the secret now, at bootstrap: an app without `server.app.keys` refuses to start instead of failing its first form. */
    init() {
      secretOf();
    },
    issue: (version: number, now = Date.now()) => issueFormToken(secretOf(), version, now),
    check: (token: string, version: number, now = Date.now()) =>
      checkFormToken(secretOf(), token, version, now, getConfig(strapi)),
  };
};

export type FormTokensService = ReturnType<typeof formTokens>;
export default formTokens;
