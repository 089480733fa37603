import questionnaire from './questionnaire/schema.json';
import submission from './submission/schema.json';

export default {
  questionnaire: { schema: questionnaire },
  submission: { schema: submission },
};
