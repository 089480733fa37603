import type { Core, UID } from '@strapi/strapi';

/**
 * Inserts one row with a single INSERT and returns its id. The query engine's `create`
 * reads the whole row back after inserting it; a caller that already holds every value it
 * needs (the intake's hot path) does not pay for that read.
 */
export const insertRow = async (strapi: Core.Strapi, uid: UID.Schema, data: Record<string, unknown>): Promise<number> => {
  const {
    ids: [id],
  } = await strapi.db.query(uid).createMany({ data: [data] });
  return Number(id);
};
