export const PLUGIN_ID = 'readiness-intake';

/** The custom field editors use to pick readiness dimensions on any content type. */
export const DIMENSIONS_FIELD_NAME = 'readiness-dimensions';
export const DIMENSIONS_FIELD_UID = `plugin::${PLUGIN_ID}.${DIMENSIONS_FIELD_NAME}`;
