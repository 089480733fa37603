import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import destroy from './destroy';
import middlewares from './middlewares';
import policies from './policies';
import register from './register';
import routes from './routes';
import services from './services';

export default {
  register,
  bootstrap,
  destroy,
  config,
  controllers,
  routes,
  services,
  contentTypes,
  policies,
  middlewares,
};

/** The built-in questionnaire document (the newest default), the starting point for a host's own version, and the earlier versions as shipped. */
export { DEFAULT_QUESTIONNAIRE, QUESTIONNAIRE_V1, QUESTIONNAIRE_V2 } from './questionnaire/default-questionnaire';
export type { QuestionnaireDocument, QuestionnaireTranslation } from '../../shared/contracts/questionnaires';
