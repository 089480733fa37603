import type { Core } from '@strapi/strapi';

import { getConfig } from '../../utils/get-config';
import { getService } from '../../utils/get-service';

/** Often enough that ~150 submissions a second leave a few thousand delta rows at most. */
const TALLIES_COMPACT_SECONDS = 15;

/**
 * The plugin's timers: outbox delivery every `jobs.outboxIntervalSeconds` on every instance
 * (each email is claimed by one), and the retention purge and the overdue reminder, which
 * take a lease so each runs once per period across instances. A run never overlaps the previous one on the same
 * instance, and `stop` waits for the current run so shutdown never cuts a send in half.
 */
const jobs = ({ strapi }: { strapi: Core.Strapi }) => {
  const timers: NodeJS.Timeout[] = [];
  const running = new Map<string, Promise<unknown>>();
  let stopped = true;

  /** Runs `task` unless it is already running here; errors are logged, never thrown into a timer. */
  const once = (name: string, task: () => Promise<unknown>) => {
    if (stopped || running.has(name)) return running.get(name);
    const run = task()
      .catch((error: unknown) => strapi.log.error(`readiness-intake: job ${name} failed: ${(error as Error)?.stack ?? error}`))
      .finally(() => running.delete(name));
    running.set(name, run);
    return run;
  };

  /**
   * Delivers until this instance finds nothing left to claim, one batch at a time. Failed
   * sends are rescheduled into the future, so an SMTP outage ends the loop at once.
   */
  const drainOutbox = async () => {
    for (;;) {
      const run = await getService(strapi, 'outbox').deliverDue();
      if (run.claimed === 0 || stopped) return;
    }
  };

  const purge = async () => {
    const { purgeIntervalMinutes } = getConfig(strapi).jobs;
    // Held for the whole period: whichever instance gets it purges, the others skip this round.
    if (await getService(strapi, 'job-leases').acquire('retention-purge', purgeIntervalMinutes * 60 * 0.9)) {
      await getService(strapi, 'retention').purge();
    }
  };

  const remind = async () => {
    const { reminderIntervalMinutes } = getConfig(strapi).jobs;
    if (await getService(strapi, 'job-leases').acquire('triage-reminder', reminderIntervalMinutes * 60 * 0.9)) {
      const { reminded } = await getService(strapi, 'nudges').remindOverdue();
      // The reminder is in the outbox now: send it without waiting for the next delivery run.
      if (reminded > 0) once('outbox', drainOutbox);
    }
  };

  return {
    start() {
      const { jobs: settings } = getConfig(strapi);
      if (!settings.enabled || !stopped) return;
      stopped = false;
      const every = (milliseconds: number, task: () => unknown) => {
        const timer = setInterval(task, milliseconds);
        timer.unref();
        timers.push(timer);
      };
      every(settings.outboxIntervalSeconds * 1000, () => once('outbox', drainOutbox));
      every(settings.purgeIntervalMinutes * 60_000, () => once('purge', purge));
      every(settings.reminderIntervalMinutes * 60_000, () => once('reminder', remind));
      // Every write leaves delta rows in the tallies; folding them keeps the stats' read short.
      every(TALLIES_COMPACT_SECONDS * 1000, () => once('tallies', () => getService(strapi, 'submission-tallies').compact()));
      // Right away too: emails left by a previous run go out now, not one interval later.
      setImmediate(() => {
        once('outbox', drainOutbox);
        once('purge', purge);
        once('reminder', remind);
      });
    },

    /** Asks for a delivery run now, after a submission is committed; a no-op where jobs are off. */
    kick() {
      if (!stopped) setImmediate(() => once('outbox', drainOutbox));
    },

    async stop() {
      stopped = true;
      timers.splice(0).forEach(clearInterval);
      await Promise.all(running.values());
    },
  };
};

export type JobsService = ReturnType<typeof jobs>;
export default jobs;
