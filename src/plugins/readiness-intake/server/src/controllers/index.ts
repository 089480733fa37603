import adminQuestionnaires from './admin-questionnaires';
import adminSubmissions from './admin-submissions';
import publicForm from './public-form';

export default {
  'admin-questionnaires': adminQuestionnaires,
  'admin-submissions': adminSubmissions,
  'public-form': publicForm,
};
