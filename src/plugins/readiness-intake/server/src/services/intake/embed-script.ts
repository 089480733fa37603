import fs from 'fs';
import path from 'path';

import type { Core } from '@strapi/strapi';

import { EMBED_SCRIPT_FILE, etagOf } from '../../intake/embed-script';

export type EmbedScript = { bytes: Buffer; etag: string };

/**
 * dist/embed beside the server bundle this runs from (dist/server/index.js), so an installed
 * package serves the script it shipped with, never a source tree.
 */
const defaultDirectory = () => path.resolve(__dirname, '../embed');

/** The embeddable form's script, read once from the plugin's build and kept with its ETag. */
const embedScript = (_: { strapi: Core.Strapi }) => {
  let script: EmbedScript | null = null;
  return {
    /** The script, or null when the plugin was built without it (the route then answers 404). */
    get(directory = defaultDirectory()): EmbedScript | null {
      if (script) return script;
      const file = path.join(directory, EMBED_SCRIPT_FILE);
      if (!fs.existsSync(file)) return null;
      const bytes = fs.readFileSync(file);
      script = { bytes, etag: etagOf(bytes) };
      return script;
    },
  };
};

export type EmbedScriptService = ReturnType<typeof embedScript>;
export default embedScript;
