import type { Core } from '@strapi/strapi';

import { ADMIN_UIDS } from '../../shared/constants';
import { ACTION_DEFINITIONS } from './permissions';
import { getService } from './utils/get-service';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  // First: without app keys the plugin could not take a single submission, so it refuses to start.
  getService(strapi, 'form-tokens').init();
  // A host without articles or offices only loses those features; it is told so once, here.
  getService(strapi, 'host-content').check();
  // Before the first write of a questionnaire: reads kept by the generation must hear of it.
  getService(strapi, 'content-generation').watchWrites();
  await strapi.service(ADMIN_UIDS.permission).actionProvider.registerMany(ACTION_DEFINITIONS);
  await getService(strapi, 'consultant-role').ensureAfterStockRoles();
  await getService(strapi, 'questionnaires').ensureDefault();
  await getService(strapi, 'rate-limiter').init();
  // Before the first request: the inbox's dimension and flag filters read these columns.
  const filled = await getService(strapi, 'score-columns').backfill();
  if (filled > 0) strapi.log.info(`readiness-intake: filled the score columns of ${filled} earlier submissions`);
  // After the schema sync, so also on a fresh database (Strapi runs the app's migrations
  // before it creates the tables): the inbox search's trigram indexes on PostgreSQL.
  const search = await getService(strapi, 'search-indexes').ensure();
  if (search.status === 'created') strapi.log.info(`readiness-intake: created the search indexes ${search.indexes.join(', ')}`);
  else if (search.status === 'no-extension' || search.status === 'failed')
    strapi.log.warn(`readiness-intake: the inbox search has no index and scans the table: ${search.reason}`);
  // Likewise the tallies the all-time stats read on PostgreSQL, backfilled from the table.
  const tallies = await getService(strapi, 'submission-tallies').ensure();
  if (tallies.status === 'created') strapi.log.info(`readiness-intake: created the submission tallies (${tallies.rows} keys)`);
  else if (tallies.status === 'failed')
    strapi.log.warn(`readiness-intake: no submission tallies, the stats count the table: ${tallies.reason}`);
  // Before the jobs: a subscription moved from Strapi's store gets the events raised from now on.
  await getService(strapi, 'webhooks').migrateLegacy();
  getService(strapi, 'jobs').start();
};

export default bootstrap;
