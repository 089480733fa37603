import delivery from './delivery';
import intake from './intake';
import privacy from './privacy';
import setup from './setup';
import triage from './triage';

/**
 * Every service under the name hosts and tests call it by
 * (`strapi.plugin('readiness-intake').service('<name>')`), gathered from one folder per concern.
 */
export default {
  ...intake,
  ...triage,
  ...privacy,
  ...delivery,
  ...setup,
};
