import adminQuestionnaires from './admin-questionnaires';
import adminSettings from './admin-settings';
import adminSubmissions from './admin-submissions';
import adminViews from './admin-views';
import adminWebhooks from './admin-webhooks';
import embed from './embed';
import publicForm from './public-form';

export default {
  'admin-questionnaires': adminQuestionnaires,
  'admin-settings': adminSettings,
  'admin-submissions': adminSubmissions,
  'admin-views': adminViews,
  'admin-webhooks': adminWebhooks,
  embed,
  'public-form': publicForm,
};
