import type { Core } from '@strapi/strapi';

import { registerReadinessDimensionsField } from './custom-fields/readiness-dimensions';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerReadinessDimensionsField(strapi);
};

export default register;
