import type { Core } from '@strapi/strapi';

import { PLUGIN_UID } from '../../../shared/constants';
import type { IntakeConfig } from '../config';

/** The plugin's config, typed: the host's settings over the defaults, checked by the config validator at load. */
export const getConfig = (strapi: Core.Strapi): IntakeConfig => strapi.config.get(PLUGIN_UID) as IntakeConfig;
