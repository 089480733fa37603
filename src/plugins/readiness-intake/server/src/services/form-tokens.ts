import { createHash } from 'crypto';

import type { Core } from '@strapi/strapi';

import { PLUGIN_UID } from '../../../shared/constants';
import type { IntakeConfig } from '../config';
import { checkFormToken, issueFormToken } from '../intake/form-token';

const formTokens = ({ strapi }: { strapi: Core.Strapi }) => {
  // Derived from the app keys every instance shares, so a token from one instance is
  // accepted by all of them, and a leaked form token says nothing about the keys.
  const keys = strapi.config.get('server.app.keys') as string[];
  const secret = createHash('sha256')
    .update(`readiness-intake form token\0${keys.join('\0')}`)
    .digest('hex');
  const config = () => strapi.config.get(PLUGIN_UID) as IntakeConfig;

  return {
    issue: (version: number, now = Date.now()) => issueFormToken(secret, version, now),
    check: (token: string, version: number, now = Date.now()) => checkFormToken(secret, token, version, now, config()),
  };
};

export type FormTokensService = ReturnType<typeof formTokens>;
export default formTokens;
