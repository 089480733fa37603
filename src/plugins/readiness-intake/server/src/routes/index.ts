import { ACTIONS } from '../permissions';

const adminPolicies = (action: string) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [action] } },
];

export default {
  'content-api': {
    type: 'content-api' as const,
    routes: [
      {
        method: 'GET',
        path: '/questionnaire',
        handler: 'public-form.questionnaire',
        // The form is public by design; it is not a permission the Public role holds.
        config: { auth: false },
      },
      {
        method: 'POST',
        path: '/submissions',
        handler: 'public-form.submit',
        config: {
          auth: false,
          middlewares: ['plugin::readiness-intake.rate-limit', 'plugin::readiness-intake.body-limit'],
        },
      },
    ],
  },
  admin: {
    type: 'admin' as const,
    routes: [
      {
        method: 'GET',
        path: '/questionnaires/active',
        handler: 'admin-questionnaires.active',
        config: { policies: adminPolicies(ACTIONS.read) },
      },
      {
        method: 'GET',
        path: '/submissions',
        handler: 'admin-submissions.find',
        config: { policies: adminPolicies(ACTIONS.read) },
      },
      {
        // Before /submissions/:id, which would otherwise take "export" for an id.
        method: 'GET',
        path: '/submissions/export',
        handler: 'admin-submissions.export',
        config: { policies: adminPolicies(ACTIONS.export) },
      },
      {
        method: 'DELETE',
        path: '/submissions/:id',
        handler: 'admin-submissions.erase',
        config: { policies: adminPolicies(ACTIONS.erase) },
      },
      {
        method: 'POST',
        path: '/erasure',
        handler: 'admin-submissions.eraseByEmail',
        config: { policies: adminPolicies(ACTIONS.erase) },
      },
      {
        method: 'GET',
        path: '/submissions/:id',
        handler: 'admin-submissions.findOne',
        config: { policies: adminPolicies(ACTIONS.read) },
      },
      {
        method: 'PUT',
        path: '/submissions/:id/triage',
        handler: 'admin-submissions.triage',
        config: { policies: adminPolicies(ACTIONS.triage) },
      },
      {
        method: 'POST',
        path: '/submissions/:id/rating',
        handler: 'admin-submissions.rate',
        config: { policies: adminPolicies(ACTIONS.rate) },
      },
      {
        method: 'POST',
        path: '/submissions/:id/notes',
        handler: 'admin-submissions.addNote',
        config: { policies: adminPolicies(ACTIONS.triage) },
      },
    ],
  },
};
