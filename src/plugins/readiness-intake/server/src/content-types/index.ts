import auditEntry from './audit-entry/schema.json';
import note from './note/schema.json';
import questionnaire from './questionnaire/schema.json';
import submission from './submission/schema.json';

export default {
  'audit-entry': { schema: auditEntry },
  note: { schema: note },
  questionnaire: { schema: questionnaire },
  submission: { schema: submission },
};
