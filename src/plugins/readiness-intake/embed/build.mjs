// Bundles the embeddable form (embed/src) into one minified script in dist/embed, served by
// GET /api/readiness-intake/embed.js. esbuild is what the sdk-plugin's vite runs on.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

await build({
  entryPoints: [path.join(here, 'src/index.ts')],
  outfile: path.join(here, '../dist/embed/readiness-intake-form.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020', 'chrome90', 'firefox90', 'safari15'],
  legalComments: 'none',
  logLevel: 'warning',
});
