import type { QuestionnaireDocument } from '../../../shared/contracts/questionnaires';
import { DEFAULT_REPORT_TEXTS } from './default-report-texts';
import { DA_TEXT } from './translations/da';
import { ID_TEXT } from './translations/id';

/**
 * Version 1 of the readiness questionnaire posted from the website's /contact page.
 *
 * Single questions list their options from worst to best, with an "I'm not sure" option last
 * where a respondent (often a founder rather than the engineer closest to the work) might
 * honestly not know. Multi questions sum their options' points, capped at 4. Dimension titles
 * and descriptions repeat those in shared/dimensions.ts word for word.
 */
export const QUESTIONNAIRE_V1: QuestionnaireDocument = {
  version: 1,
  title: 'How ready is your team to work with an async backend contractor?',
  intro:
    'We only take backend work that an engineer can pick up from a written spec and deliver without ' +
    'joining your meetings. These questions describe how your team works today, so pick the answer ' +
    'that is true now rather than the one you are aiming for. Where \u201cI\u2019m not sure\u201d ' +
    'is offered, it is a fine answer: a guess tells us less than an honest gap.',

  dimensions: [
    {
      key: 'documentation',
      title: 'System documentation',
      description:
        'Is system behaviour written down (architecture, data flows, runbooks), or does it live in one or two engineers\u2019 heads and in chat threads?',
      questions: [
        {
          key: 'documentation_architecture',
          prompt: 'Is there a written description of how your backend is built: its services, data stores, and how they connect?',
          kind: 'single',
          required: true,
          options: [
            { value: 'nothing_written', label: 'No, nothing like that is written down', points: 0 },
            {
              value: 'written_but_outdated',
              label: 'Something was written once, but the system has changed since',
              points: 1,
            },
            {
              value: 'partly_current',
              label: 'Some parts are written down and current; others are not',
              points: 2,
            },
            {
              value: 'written_and_current',
              label: 'Yes, it is written down and updated when the system changes',
              points: 4,
            },
            { value: 'not_sure', label: 'I\u2019m not sure', points: 0, dontKnow: true },
          ],
        },
        {
          key: 'documentation_onboarding',
          prompt: 'How did the last backend engineer who joined learn how the system works?',
          kind: 'single',
          required: true,
          options: [
            {
              value: 'pairing_with_one_person',
              label: 'By pairing with the one person who knows it',
              points: 0,
            },
            {
              value: 'asking_around',
              label: 'By asking around in chat and calls, and reading the code',
              points: 1,
            },
            {
              value: 'docs_plus_walkthroughs',
              label: 'From some written docs, plus several walkthroughs to fill the gaps',
              points: 3,
            },
            {
              value: 'mostly_from_docs',
              label: 'Mostly from written docs, with their questions answered in writing',
              points: 4,
            },
            { value: 'not_sure', label: 'I\u2019m not sure', points: 0, dontKnow: true },
          ],
        },
        {
          key: 'documentation_artifacts',
          prompt: 'Which of these exist in writing today and still match how the system works? Tick all that apply.',
          kind: 'multi',
          required: false,
          options: [
            {
              value: 'system_overview',
              label: 'An overview or diagram of the services and data stores',
              points: 1,
            },
            {
              value: 'data_model',
              label: 'A description of the main data model and where data flows',
              points: 1,
            },
            {
              value: 'runbooks',
              label: 'Runbooks for deploying, rolling back, or handling common incidents',
              points: 1,
            },
            {
              value: 'api_reference',
              label: 'An API reference, such as an OpenAPI file, kept in step with the code',
              points: 1,
            },
            {
              value: 'decision_records',
              label: 'A record of past technical decisions and why they were made',
              points: 1,
            },
            { value: 'none_of_these', label: 'None of these', points: 0 },
          ],
        },
        {
          key: 'documentation_notes',
          prompt: 'Anything else about how your team documents its work?',
          help: 'Optional. For example, where docs live, or what you have tried that did not stick.',
          kind: 'text',
          required: false,
          options: [],
        },
      ],
    },
    {
      key: 'specification',
      title: 'Work specification',
      description:
        'Do backend tickets carry system context, API contracts, and acceptance criteria with a definition of done, written before work starts?',
      questions: [
        {
          key: 'specification_acceptance_criteria',
          prompt: 'How many of your backend tickets have acceptance criteria written before work starts?',
          kind: 'single',
          required: true,
          options: [
            {
              value: 'almost_none',
              label: 'Almost none; a ticket is usually a title or a line or two',
              points: 0,
            },
            { value: 'some', label: 'Some, mostly for larger features', points: 1 },
            { value: 'most', label: 'Most tickets have them', points: 3 },
            {
              value: 'every_ticket',
              label: 'Every ticket; work does not start without them',
              points: 4,
            },
            { value: 'not_sure', label: 'I\u2019m not sure', points: 0, dontKnow: true },
          ],
        },
        {
          key: 'specification_api_contracts',
          prompt:
            'When a piece of work adds or changes an API, is the contract (endpoints, request and response shapes, errors) written down before coding starts?',
          kind: 'single',
          required: true,
          options: [
            { value: 'worked_out_in_code', label: 'No, it is worked out in the code', points: 0 },
            {
              value: 'external_apis_only',
              label: 'Sometimes, usually only for APIs that outside clients use',
              points: 1,
            },
            {
              value: 'usually_but_shifts',
              label: 'Usually, though the details often change while the work is under way',
              points: 3,
            },
            {
              value: 'agreed_before_coding',
              label: 'Yes, it is agreed in writing (in the ticket or a schema file) before coding starts',
              points: 4,
            },
            { value: 'not_sure', label: 'I\u2019m not sure', points: 0, dontKnow: true },
          ],
        },
        {
          key: 'specification_done',
          prompt: 'How do you decide that a delivered piece of backend work is done?',
          kind: 'single',
          required: true,
          options: [
            {
              value: 'no_clear_point',
              label: 'There is no clear point; work goes on until it feels right',
              points: 0,
            },
            {
              value: 'agreed_in_call_after_delivery',
              label: 'Acceptance is agreed in a call after the work is delivered',
              points: 1,
            },
            {
              value: 'checked_against_vague_ticket',
              label: 'Someone checks it against the ticket, but the ticket often leaves room for argument',
              points: 2,
            },
            {
              value: 'checked_against_written_criteria',
              label: 'It is checked against acceptance criteria and a definition of done written before work started',
              points: 4,
            },
          ],
        },
      ],
    },
    {
      key: 'handoff',
      title: 'Hand-off',
      description:
        'Could someone unfamiliar with the system pick up the next backend ticket and produce something reviewable without a walkthrough?',
      questions: [
        {
          key: 'handoff_next_ticket',
          prompt:
            'Take the next backend ticket in your queue. If an engineer who has never seen your system picked it up, what would happen?',
          kind: 'single',
          required: true,
          options: [
            {
              value: 'needs_walkthrough',
              label: 'They would need a walkthrough from someone before they could start',
              points: 0,
            },
            {
              value: 'several_calls',
              label: 'They could start, but would need several calls to fill in the gaps',
              points: 1,
            },
            {
              value: 'written_questions',
              label: 'They could start, with a few written questions answered along the way',
              points: 3,
            },
            {
              value: 'reviewable_from_ticket',
              label: 'They could produce a reviewable pull request from the ticket and the docs alone',
              points: 4,
            },
            { value: 'not_sure', label: 'I\u2019m not sure', points: 0, dontKnow: true },
          ],
        },
        {
          key: 'handoff_local_setup',
          prompt: 'How long does it take a new engineer to get the backend running on their machine with the tests passing?',
          kind: 'single',
          required: true,
          options: [
            {
              value: 'never_without_help',
              label: 'Days or more, and nobody has managed it without help',
              points: 0,
            },
            {
              value: 'days_with_help',
              label: 'A day or two, with a teammate sitting with them',
              points: 1,
            },
            {
              value: 'readme_with_gaps',
              label: 'A few hours following a README, with a question or two',
              points: 3,
            },
            {
              value: 'readme_under_an_hour',
              label: 'Under an hour, following the README alone',
              points: 4,
            },
            { value: 'not_sure', label: 'I\u2019m not sure', points: 0, dontKnow: true },
          ],
        },
        {
          key: 'handoff_day_one',
          prompt:
            'Which of these could an outside engineer use from their first day, without someone setting it up by hand? Tick all that apply.',
          kind: 'multi',
          required: false,
          options: [
            {
              value: 'test_environment',
              label: 'A staging or test environment they can deploy to',
              points: 1,
            },
            { value: 'test_data', label: 'Realistic test data or seed scripts', points: 1 },
            {
              value: 'ci_on_pull_requests',
              label: 'CI that runs the tests on every pull request',
              points: 1,
            },
            { value: 'logs_and_errors', label: 'Logs and error tracking they can read', points: 1 },
            {
              value: 'owner_list',
              label: 'A written list of who to ask about which part of the system',
              points: 1,
            },
            { value: 'none_of_these', label: 'None of these', points: 0 },
          ],
        },
      ],
    },
    {
      key: 'scoping',
      title: 'Backlog categorisation',
      description:
        'Does the team separate long-term ownership work from work with a defined scope and a finish line, and is such scoped work waiting now?',
      questions: [
        {
          key: 'scoping_waiting_now',
          prompt:
            'Is backend work with a defined scope waiting right now, such as a new service, an integration, a migration, or a component that is blocking other work?',
          kind: 'single',
          required: true,
          options: [
            { value: 'nothing_waiting', label: 'No, nothing like that is waiting', points: 0 },
            {
              value: 'ideas_only',
              label: 'There are ideas, but nothing we could describe in a page yet',
              points: 1,
            },
            {
              value: 'waiting_not_written',
              label: 'Yes, at least one piece is waiting, but it is not written up yet',
              points: 2,
            },
            {
              value: 'waiting_and_written',
              label: 'Yes, and at least one is written up well enough to start on',
              points: 4,
            },
          ],
        },
        {
          key: 'scoping_separation',
          prompt:
            'Does your backlog keep work with a finish line apart from ongoing work such as maintenance, on-call, and product iteration?',
          kind: 'single',
          required: true,
          options: [
            { value: 'one_list', label: 'No, everything is in one list', points: 0 },
            {
              value: 'in_leads_head',
              label: 'Only informally; the lead knows which is which',
              points: 1,
            },
            {
              value: 'some_projects_marked',
              label: 'Partly; some projects or epics have a defined end',
              points: 2,
            },
            {
              value: 'tracked_separately',
              label: 'Yes; scoped projects are tracked separately, each with its end state written down',
              points: 4,
            },
            { value: 'not_sure', label: 'I\u2019m not sure', points: 0, dontKnow: true },
          ],
        },
        {
          key: 'scoping_finish_line',
          prompt: 'For the largest piece of scoped work you have in mind, how clearly is its end state defined?',
          kind: 'single',
          required: true,
          options: [
            { value: 'nothing_in_mind', label: 'There is no specific piece in mind', points: 0 },
            {
              value: 'end_would_shift',
              label: 'We know roughly what we want, but the end would move as we go',
              points: 1,
            },
            {
              value: 'agreed_verbally',
              label: 'The end state is agreed among us but not written down',
              points: 2,
            },
            {
              value: 'written_with_out_of_scope',
              label: 'The end state is written down, including what is out of scope',
              points: 4,
            },
          ],
        },
      ],
    },
    {
      key: 'async',
      title: 'Async collaboration',
      description:
        'Is feedback given in writing, code reviewed in pull requests, decisions recorded? Can an outside engineer contribute without joining standups?',
      questions: [
        {
          key: 'async_without_standups',
          prompt: 'Could an outside engineer contribute fully without joining your standups or other recurring meetings?',
          kind: 'single',
          required: true,
          options: [
            {
              value: 'meetings_expected',
              label: 'No; everyone working on the code is expected at standups and planning',
              points: 0,
            },
            {
              value: 'some_meetings_weekly',
              label: 'Only if they joined a few meetings each week',
              points: 1,
            },
            {
              value: 'occasional_call',
              label: 'Mostly; an occasional call would still be needed',
              points: 3,
            },
            {
              value: 'all_in_writing',
              label: 'Yes; tickets, questions, and reviews all happen in writing',
              points: 4,
            },
          ],
        },
        {
          key: 'async_code_review',
          prompt: 'How are backend code changes reviewed?',
          kind: 'single',
          required: true,
          options: [
            {
              value: 'not_reviewed',
              label: 'They are not reviewed as a rule; changes go straight in',
              points: 0,
            },
            {
              value: 'walked_through_in_call',
              label: 'The author walks a teammate through the change in a call',
              points: 1,
            },
            {
              value: 'pull_requests_slow',
              label: 'In pull requests, but reviews often wait several days',
              points: 2,
            },
            {
              value: 'pull_requests_within_a_day',
              label: 'In pull requests, with written comments, usually within a day',
              points: 4,
            },
            { value: 'not_sure', label: 'I\u2019m not sure', points: 0, dontKnow: true },
          ],
        },
        {
          key: 'async_decisions',
          prompt: 'When a technical decision is made (a library, a schema change, the shape of an API), where does it end up?',
          kind: 'single',
          required: true,
          options: [
            {
              value: 'meetings_not_written',
              label: 'It is made in a meeting or call and not written down',
              points: 0,
            },
            {
              value: 'chat_threads',
              label: 'In a chat thread, hard to find a month later',
              points: 1,
            },
            {
              value: 'ticket_or_pull_request',
              label: 'In the ticket or pull request where it came up',
              points: 3,
            },
            {
              value: 'decision_log',
              label: 'In a decision log or design doc that people link to',
              points: 4,
            },
            { value: 'not_sure', label: 'I\u2019m not sure', points: 0, dontKnow: true },
          ],
        },
      ],
    },
    {
      key: 'ownership',
      title: 'Roles around documentation and process',
      description:
        'Is there a named person who writes or approves specs, one who reviews delivered work, one who decides scope, and time set aside for review?',
      questions: [
        {
          key: 'ownership_spec_author',
          prompt: 'Is there a named person who writes or approves backend specs before work starts?',
          kind: 'single',
          required: true,
          options: [
            {
              value: 'nobody',
              label: 'No; whoever picks up the work figures out what it should do',
              points: 0,
            },
            {
              value: 'whoever_is_free',
              label: 'Whoever has time writes them; nobody is named',
              points: 1,
            },
            {
              value: 'named_but_stretched',
              label: 'One person is named, but they rarely get to it before work starts',
              points: 2,
            },
            {
              value: 'named_and_approves',
              label: 'Yes; a named person writes or approves every spec before work starts',
              points: 4,
            },
          ],
        },
        {
          key: 'ownership_reviewer',
          prompt: 'Is there a named person who reviews delivered backend work and decides whether it is accepted?',
          kind: 'single',
          required: true,
          options: [
            {
              value: 'nobody',
              label: 'No; work is merged once it runs',
              points: 0,
            },
            {
              value: 'whoever_is_around',
              label: 'Whoever is around reviews it',
              points: 1,
            },
            {
              value: 'named_no_backup',
              label: 'One named person, and work waits when they are busy or away',
              points: 2,
            },
            {
              value: 'named_with_backup',
              label: 'Yes; a named reviewer, with a named backup when they are away',
              points: 4,
            },
          ],
        },
        {
          key: 'ownership_review_time',
          prompt: 'Is time set aside each week for writing specs and reviewing work that others deliver?',
          kind: 'single',
          required: true,
          options: [
            { value: 'no_time', label: 'No; no time is set aside for review', points: 0 },
            {
              value: 'when_someone_finds_time',
              label: 'It happens when someone finds the time',
              points: 1,
            },
            {
              value: 'planned_but_dropped',
              label: 'Some time is planned, but it is the first thing dropped in a busy week',
              points: 2,
            },
            {
              value: 'blocked_and_protected',
              label: 'Yes; hours are blocked out each week and kept',
              points: 4,
            },
          ],
        },
      ],
    },
  ],

  contactFields: [
    { key: 'name', label: 'Your name', kind: 'text', required: true },
    { key: 'email', label: 'Work email', kind: 'email', required: true },
    { key: 'company', label: 'Company', kind: 'text', required: true },
    { key: 'role', label: 'Your role', kind: 'text', required: true },
    {
      key: 'teamSize',
      label: 'Team size',
      kind: 'integer',
      required: true,
      help: 'The number of engineers on your team, including you if you write code.',
    },
    {
      key: 'timezone',
      label: 'Time zone',
      kind: 'timezone',
      required: true,
      help: 'The IANA name of your team\u2019s main time zone, e.g. Europe/Copenhagen.',
    },
  ],

  backlogPrompt: {
    prompt: 'What backend work is waiting right now?',
    help: 'A few lines per item is enough: what it is, what it touches, and what \u201cdone\u201d would look like. Leave out anything confidential.',
    required: false,
    maxLength: 4000,
  },

  consentText:
    'I agree that you store my answers to assess whether we are a fit and to contact me about them. ' +
    'You keep them for at most 365 days, and I can ask you to erase them at any time.',

  scoring: {
    weights: {
      documentation: 25,
      specification: 25,
      handoff: 15,
      ownership: 15,
      async: 10,
      scoping: 10,
    },
    bands: {
      ready: { minOverall: 75, gates: { documentation: 60, specification: 60 } },
      close: { minOverall: 45 },
    },
    contradictions: [
      {
        key: 'criteria_vs_acceptance_call',
        message:
          'Every ticket is said to have acceptance criteria written before work starts, yet acceptance is agreed in a call after delivery.',
        when: [
          { question: 'specification_acceptance_criteria', anyOf: ['every_ticket'] },
          { question: 'specification_done', anyOf: ['agreed_in_call_after_delivery'] },
        ],
      },
      {
        key: 'architecture_vs_pairing',
        message:
          'The architecture is said to be written down and current, yet new engineers learn the system by pairing with the one person who knows it.',
        when: [
          { question: 'documentation_architecture', anyOf: ['written_and_current'] },
          { question: 'documentation_onboarding', anyOf: ['pairing_with_one_person'] },
        ],
      },
      {
        key: 'fast_review_vs_no_review_time',
        message: 'Pull requests are said to be reviewed within a day, yet no time is set aside for review.',
        when: [
          { question: 'async_code_review', anyOf: ['pull_requests_within_a_day'] },
          { question: 'ownership_review_time', anyOf: ['no_time'] },
        ],
      },
      {
        key: 'no_standups_vs_unwritten_decisions',
        message:
          'An outside engineer is said to be able to contribute without meetings, yet decisions are made in meetings and not written down.',
        when: [
          { question: 'async_without_standups', anyOf: ['all_in_writing'] },
          { question: 'async_decisions', anyOf: ['meetings_not_written'] },
        ],
      },
      {
        key: 'written_reviews_vs_call_reviews',
        message:
          'Questions and reviews are said to happen in writing, yet code changes are reviewed by walking through them in a call.',
        when: [
          { question: 'async_without_standups', anyOf: ['all_in_writing'] },
          { question: 'async_code_review', anyOf: ['walked_through_in_call'] },
        ],
      },
      {
        key: 'ticket_alone_vs_pairing',
        message:
          'A newcomer is said to be able to deliver the next ticket from the ticket and docs alone, yet new engineers learn the system by pairing with the one person who knows it.',
        when: [
          { question: 'handoff_next_ticket', anyOf: ['reviewable_from_ticket'] },
          { question: 'documentation_onboarding', anyOf: ['pairing_with_one_person'] },
        ],
      },
    ],
  },
};

/**
 * Version 2: version 1's questions and scoring unchanged, with the readiness report's band
 * readings and per-dimension advice. A submission scored under version 1 keeps its version
 * and its scores.
 */
export const QUESTIONNAIRE_V2: QuestionnaireDocument = {
  ...QUESTIONNAIRE_V1,
  version: 2,
  report: DEFAULT_REPORT_TEXTS,
};

/**
 * Version 3, the default: version 2 in English, Danish and Indonesian. Keys, points and
 * rules are version 2's, so the same answers score the same in every language.
 */
export const DEFAULT_QUESTIONNAIRE: QuestionnaireDocument = {
  ...QUESTIONNAIRE_V2,
  version: 3,
  defaultLocale: 'en',
  translations: { da: DA_TEXT, id: ID_TEXT },
};

/**
 * Every default version the plugin has shipped, oldest first. A database whose active
 * version is one of these, unchanged, is moved to the newest at start; one running a
 * version of its own is left on it.
 */
export const SHIPPED_QUESTIONNAIRES: readonly QuestionnaireDocument[] = [
  QUESTIONNAIRE_V1,
  QUESTIONNAIRE_V2,
  DEFAULT_QUESTIONNAIRE,
];
