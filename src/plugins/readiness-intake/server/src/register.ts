import type { Core } from '@strapi/strapi';

import { registerReadinessDimensionsField } from './custom-fields/readiness-dimensions';

/** The plugin's own types; none of them is ever part of the public GraphQL schema. */
const PRIVATE_TYPES = [
  'plugin::readiness-intake.audit-entry',
  'plugin::readiness-intake.note',
  'plugin::readiness-intake.questionnaire',
  'plugin::readiness-intake.submission',
];

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerReadinessDimensionsField(strapi);

  if (strapi.plugin('graphql')) {
    const extension = strapi.plugin('graphql').service('extension');
    for (const uid of PRIVATE_TYPES) extension.shadowCRUD(uid).disable();
  }
};

export default register;
