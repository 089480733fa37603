/**
 * The six readiness dimensions, in the order they are shown. Shared by the server (validation,
 * scoring) and the admin (pickers, charts), so a key can only be spelled one way.
 */
export const READINESS_DIMENSIONS = [
  {
    key: 'documentation',
    title: 'System documentation',
    description:
      'Is system behaviour written down (architecture, data flows, runbooks), or does it live in one or two engineers\u2019 heads and in chat threads?',
  },
  {
    key: 'specification',
    title: 'Work specification',
    description:
      'Do backend tickets carry system context, API contracts, and acceptance criteria with a definition of done, written before work starts?',
  },
  {
    key: 'handoff',
    title: 'Hand-off',
    description:
      'Could someone unfamiliar with the system pick up the next backend ticket and produce something reviewable without a walkthrough?',
  },
  {
    key: 'scoping',
    title: 'Backlog categorisation',
    description:
      'Does the team separate long-term ownership work from work with a defined scope and a finish line, and is such scoped work waiting now?',
  },
  {
    key: 'async',
    title: 'Async collaboration',
    description:
      'Is feedback given in writing, code reviewed in pull requests, decisions recorded? Can an outside engineer contribute without joining standups?',
  },
  {
    key: 'ownership',
    title: 'Roles around documentation and process',
    description:
      'Is there a named person who writes or approves specs, one who reviews delivered work, one who decides scope, and time set aside for review?',
  },
] as const;

export type DimensionKey = (typeof READINESS_DIMENSIONS)[number]['key'];

export const DIMENSION_KEYS: readonly DimensionKey[] = READINESS_DIMENSIONS.map((d) => d.key);

export const isDimensionKey = (value: unknown): value is DimensionKey =>
  typeof value === 'string' && (DIMENSION_KEYS as readonly string[]).includes(value);
