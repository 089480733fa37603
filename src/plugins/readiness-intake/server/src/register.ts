import type { Core } from '@strapi/strapi';

import { PLUGIN_UID } from '../../shared/constants';
import contentTypes from './content-types';
import { registerReadinessDimensionsField } from './custom-fields/readiness-dimensions';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerReadinessDimensionsField(strapi);

  // None of the plugin's own types is ever part of the public GraphQL schema: the list is
  // the plugin's content types, so a type added later is covered without a second list.
  if (strapi.plugin('graphql')) {
    const extension = strapi.plugin('graphql').service('extension');
    for (const name of Object.keys(contentTypes)) extension.shadowCRUD(`${PLUGIN_UID}.${name}`).disable();
  }
};

export default register;
