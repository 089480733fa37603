import { ACTIONS, PLUGIN_UID } from '../../../shared/constants';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** First on every route: a database that cannot be reached is a 503 with Retry-After, not a 500. */
const DATABASE_FAULTS = `${PLUGIN_UID}.database-faults`;

/** An admin route: an admin session and the one permission its action needs. */
const adminRoute = (method: Method, path: string, handler: string, action: string) => ({
  method,
  path,
  handler,
  config: {
    policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
    middlewares: [DATABASE_FAULTS],
  },
});

export default {
  'content-api': {
    type: 'content-api' as const,
    routes: [
      {
        method: 'GET',
        path: '/questionnaire',
        handler: 'public-form.questionnaire',
        // The form is public by design; it is not a permission the Public role holds.
        config: { auth: false, middlewares: [DATABASE_FAULTS] },
      },
      {
        method: 'GET',
        path: '/embed.js',
        handler: 'embed.script',
        // The script of the embeddable form: public like the questionnaire it renders; read
        // from the build once, so it needs no database.
        config: { auth: false },
      },
      {
        method: 'POST',
        path: '/submissions',
        handler: 'public-form.submit',
        config: {
          auth: false,
          middlewares: [DATABASE_FAULTS, `${PLUGIN_UID}.rate-limit`, `${PLUGIN_UID}.body-limit`],
        },
      },
    ],
  },
  admin: {
    type: 'admin' as const,
    routes: [
      adminRoute('GET', '/questionnaires/active', 'admin-questionnaires.active', ACTIONS.read),
      adminRoute('GET', '/questionnaires', 'admin-settings.listQuestionnaires', ACTIONS.settings),
      adminRoute('GET', '/questionnaires/:version', 'admin-settings.findQuestionnaire', ACTIONS.settings),
      adminRoute('POST', '/questionnaires', 'admin-settings.addQuestionnaire', ACTIONS.settings),
      adminRoute('POST', '/questionnaires/:version/activate', 'admin-settings.activateQuestionnaire', ACTIONS.settings),
      adminRoute('GET', '/settings', 'admin-settings.getSettings', ACTIONS.settings),
      adminRoute('PUT', '/settings', 'admin-settings.updateSettings', ACTIONS.settings),
      adminRoute('GET', '/stats', 'admin-settings.stats', ACTIONS.read),
      adminRoute('GET', '/assignees', 'admin-submissions.assignees', ACTIONS.read),
      adminRoute('GET', '/submissions', 'admin-submissions.find', ACTIONS.read),
      adminRoute('PUT', '/submissions/triage', 'admin-submissions.bulkTriage', ACTIONS.triage),
      // Before /submissions/:id, which would otherwise take "export" and "counts" for ids.
      adminRoute('GET', '/submissions/export', 'admin-submissions.export', ACTIONS.export),
      adminRoute('GET', '/submissions/counts', 'admin-submissions.counts', ACTIONS.read),
      adminRoute('GET', '/submissions/:id', 'admin-submissions.findOne', ACTIONS.read),
      adminRoute('DELETE', '/submissions/:id', 'admin-submissions.erase', ACTIONS.erase),
      adminRoute('PUT', '/submissions/:id/triage', 'admin-submissions.triage', ACTIONS.triage),
      adminRoute('POST', '/submissions/:id/rating', 'admin-submissions.rate', ACTIONS.rate),
      adminRoute('POST', '/submissions/:id/notes', 'admin-submissions.addNote', ACTIONS.triage),
      adminRoute('POST', '/submissions/:id/rescore', 'admin-submissions.rescore', ACTIONS.rate),
      adminRoute('GET', '/views', 'admin-views.find', ACTIONS.read),
      adminRoute('POST', '/views', 'admin-views.save', ACTIONS.read),
      adminRoute('DELETE', '/views/:id', 'admin-views.delete', ACTIONS.read),
      adminRoute('POST', '/erasure', 'admin-submissions.eraseByEmail', ACTIONS.erase),
      adminRoute('GET', '/webhooks', 'admin-webhooks.find', ACTIONS.settings),
      adminRoute('POST', '/webhooks', 'admin-webhooks.create', ACTIONS.settings),
      adminRoute('PUT', '/webhooks/:id', 'admin-webhooks.update', ACTIONS.settings),
      adminRoute('DELETE', '/webhooks/:id', 'admin-webhooks.delete', ACTIONS.settings),
      adminRoute('POST', '/webhooks/:id/secret', 'admin-webhooks.rotateSecret', ACTIONS.settings),
      adminRoute('GET', '/webhooks/:id/deliveries', 'admin-webhooks.deliveries', ACTIONS.settings),
      adminRoute('POST', '/webhooks/:id/test', 'admin-webhooks.test', ACTIONS.settings),
      adminRoute('POST', '/webhooks/:id/deliveries/:deliveryId/redeliver', 'admin-webhooks.redeliver', ACTIONS.settings),
    ],
  },
};
