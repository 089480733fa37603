import { PLUGIN_ID } from '../pluginId';

/** A message id in the plugin's namespace, so its strings never clash with the admin's. */
export const getTranslation = (id: string) => `${PLUGIN_ID}.${id}`;
