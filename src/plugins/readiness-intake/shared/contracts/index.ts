export * from './assignees';
export * from './public-form';
export * from './questionnaires';
export * from './settings';
export * from './stats';
export * from './submissions';
export * from './webhooks';
export * from './views';
