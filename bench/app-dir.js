'use strict';
const fs = require('fs');
const path = require('path');

/**
 * The app a bench child boots: BENCH_APP_DIR, or this repo. A TypeScript app (it has a
 * tsconfig.json) runs from its compiled `dist/`; a plain-JS app, like the stock one the
 * bench writes, runs from its own directory.
 */
const appDirs = () => {
  const appDir = path.resolve(process.env.BENCH_APP_DIR || path.join(__dirname, '..'));
  const distDir = fs.existsSync(path.join(appDir, 'tsconfig.json')) ? path.join(appDir, 'dist') : appDir;
  return { appDir, distDir };
};

module.exports = { appDirs };
