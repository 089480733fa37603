import { adminApi } from '@strapi/strapi/admin';

import type {
  ActivateQuestionnaire,
  AddSubmissionNote,
  CreateQuestionnaire,
  CreateWebhook,
  DeleteView,
  DeleteWebhook,
  EraseSubmission,
  GetActiveQuestionnaire,
  GetAssignees,
  GetQuestionnaire,
  GetQuestionnaires,
  GetSettings,
  GetStats,
  GetSubmission,
  GetSubmissionCounts,
  GetSubmissions,
  GetViews,
  GetWebhookDeliveries,
  GetWebhooks,
  RateSubmission,
  RedeliverWebhook,
  RescoreSubmission,
  SaveView,
  TriageSubmission,
  TestWebhook,
  TriageSubmissions,
  UpdateSettings,
  UpdateWebhook,
} from '../../../shared/contracts';
import { PLUGIN_ID } from '../pluginId';

// The tags live in the admin's one API beside every other plugin's, hence the prefix.
const TAG_TYPES = [
  'ReadinessSubmission',
  'ReadinessStats',
  'ReadinessQuestionnaire',
  'ReadinessWebhook',
  'ReadinessWebhookDeliveries',
  'ReadinessView',
] as const;
const WEBHOOK_LIST = { type: 'ReadinessWebhook', id: 'LIST' } as const;
const VIEW_LIST = { type: 'ReadinessView', id: 'LIST' } as const;

const SUBMISSION_LISTS = { type: 'ReadinessSubmission', id: 'LIST' } as const;
const ACTIVE_QUESTIONNAIRE = { type: 'ReadinessQuestionnaire', id: 'ACTIVE' } as const;
const QUESTIONNAIRE_LIST = { type: 'ReadinessQuestionnaire', id: 'LIST' } as const;
// What a change to a submission's status, assignee, band or score moves: the inbox pages and the dashboard.
const INBOX_AND_STATS = [SUBMISSION_LISTS, 'ReadinessStats'] as const;

const url = (path: string) => `/${PLUGIN_ID}${path}`;

// The answer of a request, or undefined when it failed: the component that sent it tells the user.
const answerOf = <T>(pending: Promise<{ data: T }>) =>
  pending.then(
    ({ data }) => data,
    () => undefined
  );

const intakeApi = adminApi.enhanceEndpoints({ addTagTypes: TAG_TYPES }).injectEndpoints({
  // Endpoint names are shared with the whole admin too (it has a `getSettings`), hence "Intake".
  endpoints: (build) => {
    // Triage, rating and re-scoring each answer with the whole submission after the change:
    // that answer is written over the cached detail, so the page shows it without reading
    // it again, and only the lists and numbers it moved are read anew.
    const submissionChange = <Request extends { params: { id: number }; body: object }, Response extends GetSubmission.Response>(
      method: 'PUT' | 'POST',
      action: 'triage' | 'rating' | 'rescore'
    ) =>
      build.mutation<Response, Request>({
        query: ({ params, body }) => ({ url: url(`/submissions/${params.id}/${action}`), method, data: body }),
        invalidatesTags: [...INBOX_AND_STATS],
        async onQueryStarted({ params }, { dispatch, queryFulfilled }) {
          const answer = await answerOf(queryFulfilled);
          if (!answer) return;
          // The answer's questions are in the version's own language; the cached ones are in the
          // reader's, and stay while the version does. A re-score to another version reads them anew.
          let sameVersion = false;
          dispatch(
            intakeApi.util.updateQueryData('getIntakeSubmission', { id: params.id }, (cached) => {
              sameVersion = cached.data.questionnaireVersion === answer.data.questionnaireVersion;
              return sameVersion ? { data: { ...answer.data, answersByDimension: cached.data.answersByDimension } } : answer;
            })
          );
          if (!sameVersion) dispatch(intakeApi.util.invalidateTags([{ type: 'ReadinessSubmission', id: params.id }]));
        },
      });

    return {
      getIntakeSubmissions: build.query<GetSubmissions.Response, GetSubmissions.Request['query']>({
        query: (params) => ({ url: url('/submissions'), method: 'GET', config: { params } }),
        providesTags: [SUBMISSION_LISTS],
      }),
      getIntakeSubmission: build.query<
        GetSubmission.Response,
        GetSubmission.Request['params'] & Partial<GetSubmission.Request['query']>
      >({
        query: ({ id, locale }) => ({ url: url(`/submissions/${id}`), method: 'GET', config: { params: { locale } } }),
        // One entry a submission, whatever language it is read in, so a change can be written over it.
        serializeQueryArgs: ({ queryArgs }) => String(queryArgs.id),
        providesTags: (_result, _error, { id }) => [{ type: 'ReadinessSubmission', id }],
      }),
      triageIntakeSubmission: submissionChange<TriageSubmission.Request, TriageSubmission.Response>('PUT', 'triage'),
      rateIntakeSubmission: submissionChange<RateSubmission.Request, RateSubmission.Response>('POST', 'rating'),
      rescoreIntakeSubmission: submissionChange<RescoreSubmission.Request, RescoreSubmission.Response>('POST', 'rescore'),
      triageIntakeSubmissions: build.mutation<TriageSubmissions.Response, TriageSubmissions.Request>({
        query: ({ body }) => ({ url: url('/submissions/triage'), method: 'PUT', data: body }),
        // The answer is only counts: every submission it named is read again where it is shown.
        invalidatesTags: (_result, _error, { body }) => [
          ...INBOX_AND_STATS,
          ...body.ids.map((id) => ({ type: 'ReadinessSubmission' as const, id })),
        ],
      }),
      addIntakeNote: build.mutation<AddSubmissionNote.Response, AddSubmissionNote.Request>({
        query: ({ params, body }) => ({ url: url(`/submissions/${params.id}/notes`), method: 'POST', data: body }),
        // The answer is the note alone, not the audit entry the server wrote beside it: the
        // note shows at once, and the detail is read again for its history.
        invalidatesTags: (_result, _error, { params }) => [{ type: 'ReadinessSubmission', id: params.id }],
        async onQueryStarted({ params }, { dispatch, queryFulfilled }) {
          const answer = await answerOf(queryFulfilled);
          if (answer) {
            dispatch(
              intakeApi.util.updateQueryData('getIntakeSubmission', { id: params.id }, (draft) => {
                draft.data.notes.push(answer.data);
              })
            );
          }
        },
      }),
      // Not the erased detail: the page showing it is still open when the answer arrives,
      // and would read it again only to be told it is gone.
      eraseIntakeSubmission: build.mutation<EraseSubmission.Response, EraseSubmission.Request['params']>({
        query: ({ id }) => ({ url: url(`/submissions/${id}`), method: 'DELETE' }),
        invalidatesTags: [...INBOX_AND_STATS],
      }),

      getIntakeAssignees: build.query<GetAssignees.Response, void>({
        query: () => ({ url: url('/assignees'), method: 'GET' }),
      }),
      // The home widget's numbers move with every change to a submission, as the inbox does.
      getIntakeSubmissionCounts: build.query<GetSubmissionCounts.Response, void>({
        query: () => ({ url: url('/submissions/counts'), method: 'GET' }),
        providesTags: [SUBMISSION_LISTS],
      }),

      // The caller's saved views: a save may replace one of the same name, so the list is read again.
      getIntakeViews: build.query<GetViews.Response, void>({
        query: () => ({ url: url('/views'), method: 'GET' }),
        providesTags: [VIEW_LIST],
      }),
      saveIntakeView: build.mutation<SaveView.Response, SaveView.Request['body']>({
        query: (body) => ({ url: url('/views'), method: 'POST', data: body }),
        invalidatesTags: [VIEW_LIST],
      }),
      deleteIntakeView: build.mutation<DeleteView.Response, DeleteView.Request['params']>({
        query: ({ id }) => ({ url: url(`/views/${id}`), method: 'DELETE' }),
        invalidatesTags: [VIEW_LIST],
      }),

      getIntakeStats: build.query<GetStats.Response, GetStats.Request['query']>({
        query: (params) => ({ url: url('/stats'), method: 'GET', config: { params } }),
        providesTags: ['ReadinessStats'],
      }),

      getIntakeSettings: build.query<GetSettings.Response, void>({
        query: () => ({ url: url('/settings'), method: 'GET' }),
      }),
      updateIntakeSettings: build.mutation<UpdateSettings.Response, UpdateSettings.Request['body']>({
        query: (body) => ({ url: url('/settings'), method: 'PUT', data: body }),
        async onQueryStarted(_body, { dispatch, queryFulfilled }) {
          const answer = await answerOf(queryFulfilled);
          if (answer) dispatch(intakeApi.util.updateQueryData('getIntakeSettings', undefined, () => answer));
        },
      }),

      getActiveIntakeQuestionnaire: build.query<GetActiveQuestionnaire.Response, void>({
        query: () => ({ url: url('/questionnaires/active'), method: 'GET' }),
        providesTags: [ACTIVE_QUESTIONNAIRE],
      }),
      getIntakeQuestionnaires: build.query<GetQuestionnaires.Response, void>({
        query: () => ({ url: url('/questionnaires'), method: 'GET' }),
        providesTags: [QUESTIONNAIRE_LIST],
      }),
      // A stored version never changes, so nothing invalidates it.
      getIntakeQuestionnaire: build.query<GetQuestionnaire.Response, GetQuestionnaire.Request['params']>({
        query: ({ version }) => ({ url: url(`/questionnaires/${version}`), method: 'GET' }),
      }),
      // The answer lacks the dates the list rows carry, so the list is read again.
      createIntakeQuestionnaire: build.mutation<CreateQuestionnaire.Response, CreateQuestionnaire.Request['body']>({
        query: (body) => ({ url: url('/questionnaires'), method: 'POST', data: body }),
        invalidatesTags: [QUESTIONNAIRE_LIST],
      }),
      activateIntakeQuestionnaire: build.mutation<ActivateQuestionnaire.Response, ActivateQuestionnaire.Request['params']>({
        query: ({ version }) => ({ url: url(`/questionnaires/${version}/activate`), method: 'POST', data: {} }),
        invalidatesTags: [ACTIVE_QUESTIONNAIRE],
        async onQueryStarted(_params, { dispatch, queryFulfilled }) {
          const answer = await answerOf(queryFulfilled);
          if (!answer) return;
          // As the server does it: the one version is active, every other one no longer is.
          const { version, activatedAt } = answer.data;
          dispatch(
            intakeApi.util.updateQueryData('getIntakeQuestionnaires', undefined, (draft) => {
              for (const row of draft.data) {
                row.active = row.version === version;
                if (row.active) row.activatedAt = activatedAt;
              }
            })
          );
        },
      }),

      getIntakeWebhooks: build.query<GetWebhooks.Response, void>({
        query: () => ({ url: url('/webhooks'), method: 'GET' }),
        providesTags: [WEBHOOK_LIST],
      }),
      createIntakeWebhook: build.mutation<CreateWebhook.Response, CreateWebhook.Request['body']>({
        query: (body) => ({ url: url('/webhooks'), method: 'POST', data: body }),
        invalidatesTags: [WEBHOOK_LIST],
      }),
      updateIntakeWebhook: build.mutation<UpdateWebhook.Response, UpdateWebhook.Request>({
        query: ({ params, body }) => ({ url: url(`/webhooks/${params.id}`), method: 'PUT', data: body }),
        invalidatesTags: [WEBHOOK_LIST],
      }),
      deleteIntakeWebhook: build.mutation<DeleteWebhook.Response, DeleteWebhook.Request['params']>({
        query: ({ id }) => ({ url: url(`/webhooks/${id}`), method: 'DELETE' }),
        invalidatesTags: [WEBHOOK_LIST],
      }),
      getIntakeWebhookDeliveries: build.query<GetWebhookDeliveries.Response, GetWebhookDeliveries.Request['params']>({
        query: ({ id }) => ({ url: url(`/webhooks/${id}/deliveries`), method: 'GET' }),
        providesTags: (_result, _error, { id }) => [{ type: 'ReadinessWebhookDeliveries', id }],
      }),
      // Both answer after the try, with its outcome: the log is read again to show it.
      testIntakeWebhook: build.mutation<TestWebhook.Response, TestWebhook.Request['params']>({
        query: ({ id }) => ({ url: url(`/webhooks/${id}/test`), method: 'POST', data: {} }),
        invalidatesTags: (_result, _error, { id }) => [{ type: 'ReadinessWebhookDeliveries', id }],
      }),
      redeliverIntakeWebhook: build.mutation<RedeliverWebhook.Response, RedeliverWebhook.Request['params']>({
        query: ({ id, deliveryId }) => ({
          url: url(`/webhooks/${id}/deliveries/${deliveryId}/redeliver`),
          method: 'POST',
          data: {},
        }),
        invalidatesTags: (_result, _error, { id }) => [{ type: 'ReadinessWebhookDeliveries', id }],
      }),
    };
  },
});

export const {
  useGetIntakeSubmissionsQuery,
  useGetIntakeSubmissionQuery,
  useTriageIntakeSubmissionMutation,
  useRateIntakeSubmissionMutation,
  useRescoreIntakeSubmissionMutation,
  useTriageIntakeSubmissionsMutation,
  useAddIntakeNoteMutation,
  useEraseIntakeSubmissionMutation,
  useGetIntakeAssigneesQuery,
  useGetIntakeStatsQuery,
  useGetIntakeSubmissionCountsQuery,
  useGetIntakeViewsQuery,
  useSaveIntakeViewMutation,
  useDeleteIntakeViewMutation,
  useGetIntakeSettingsQuery,
  useUpdateIntakeSettingsMutation,
  useGetActiveIntakeQuestionnaireQuery,
  useGetIntakeQuestionnairesQuery,
  useGetIntakeQuestionnaireQuery,
  useCreateIntakeQuestionnaireMutation,
  useActivateIntakeQuestionnaireMutation,
  useGetIntakeWebhooksQuery,
  useCreateIntakeWebhookMutation,
  useUpdateIntakeWebhookMutation,
  useDeleteIntakeWebhookMutation,
  useGetIntakeWebhookDeliveriesQuery,
  useTestIntakeWebhookMutation,
  useRedeliverIntakeWebhookMutation,
} = intakeApi;
