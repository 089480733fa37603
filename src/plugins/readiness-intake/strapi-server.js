'use strict';

/*
 * The app's TypeScript build compiles this plugin's server half together with the rest of
 * the app (one `tsc` run, see the root tsconfig.json), so the entry point is the compiled
 * module under the app's dist/ rather than a separate plugin build.
 */
module.exports = require('../../../dist/src/plugins/readiness-intake/server/src').default;
