import delivery from './delivery';
import services from './index';
import intake from './intake';
import privacy from './privacy';
import setup from './setup';
import triage from './triage';

describe('the services the plugin registers', () => {
  it('registers each under the name the app, the tests and the bench call it by', () => {
    expect(Object.keys(services).sort()).toEqual(
      [
        'assignees',
        'audit',
        'consultant-role',
        'content-generation',
        'demo',
        'embed-script',
        'erasure',
        'form-tokens',
        'host-content',
        'idempotency-keys',
        'inbox',
        'job-leases',
        'jobs',
        'nudges',
        'outbox',
        'questionnaires',
        'rate-limiter',
        'reports',
        'retention',
        'saved-views',
        'score-columns',
        'search-indexes',
        'settings',
        'stats',
        'submission-tallies',
        'submissions',
        'triage',
        'webhooks',
      ].sort()
    );
  });

  it('takes each name from one folder only, so no service hides another of the same name', () => {
    // Given every folder's names side by side
    const names = [intake, triage, privacy, delivery, setup].flatMap((folder) => Object.keys(folder));

    // Then none appears twice
    expect(names.length).toBe(new Set(names).size);
  });
});
