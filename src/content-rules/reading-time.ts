import type { Core } from '@strapi/strapi';

import { readingTimeMinutes } from '../lib/reading-time';
import { beforeDocumentWrite } from './document-writes';

/**
 * An article's reading time is derived from its body on every write that carries a body.
 * A reading time sent without a body is dropped: the field is the server's, not the client's.
 */
export const readingTimeRule = (strapi: Core.Strapi) =>
  beforeDocumentWrite(strapi, ['api::article.article'], (write) => {
    if (write.data.body !== undefined) {
      write.data.readingTimeMinutes = readingTimeMinutes(write.data.body);
    } else if (write.action === 'create') {
      write.data.readingTimeMinutes = 0;
    } else {
      delete write.data.readingTimeMinutes;
    }
  });
