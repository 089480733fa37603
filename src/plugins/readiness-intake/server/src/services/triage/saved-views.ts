import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { MODEL_UIDS } from '../../../../shared/constants';
import type { SavedView, SavedViewFilters } from '../../../../shared/contracts/views';
import { validationErrorOf } from '../../utils/issues';

/** How many views one admin may keep: enough for every way of slicing the inbox, not a store. */
export const MAX_VIEWS_PER_ADMIN = 50;

const FIELDS = ['id', 'name', 'filters', 'createdAt', 'updatedAt'] as const;

type StoredView = Omit<SavedView, 'createdAt' | 'updatedAt'> & { createdAt: string | Date; updatedAt: string | Date };

const shaped = (view: StoredView): SavedView => ({
  id: view.id,
  name: view.name,
  filters: view.filters,
  createdAt: new Date(view.createdAt).toISOString(),
  updatedAt: new Date(view.updatedAt).toISOString(),
});

/**
 * Each admin's saved inbox views. The owner is the admin user's id, an integer and not a
 * relation: a view is only ever read by its owner's id, and a deleted admin's views are
 * left unreachable (ids are not reused) rather than tying the admin's user table to ours.
 */
const savedViews = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(MODEL_UIDS.savedView);
  const named = (ownerId: number, name: string): Promise<StoredView | null> =>
    query().findOne({ select: FIELDS, where: { ownerId, name } });
  const replace = async (ownerId: number, id: number, filters: SavedViewFilters): Promise<SavedView> =>
    shaped(await query().update({ select: FIELDS, where: { id, ownerId }, data: { filters } }));

  return {
    async list(ownerId: number): Promise<SavedView[]> {
      const views: StoredView[] = await query().findMany({
        select: FIELDS,
        where: { ownerId },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      });
      return views.map(shaped);
    },

    /** Stores the filters under the name, or replaces the filters of the owner's view of that name. */
    async save(ownerId: number, name: string, filters: SavedViewFilters): Promise<SavedView> {
      const existing = await named(ownerId, name);
      if (existing) return replace(ownerId, existing.id, filters);
      if ((await query().count({ where: { ownerId } })) >= MAX_VIEWS_PER_ADMIN) {
        throw validationErrorOf([
          { path: ['name'], message: `is a new view, and you already have ${MAX_VIEWS_PER_ADMIN}: delete one, or reuse a name` },
        ]);
      }
      try {
        return shaped(await query().create({ select: FIELDS, data: { ownerId, name, filters } }));
      } catch (error) {
        // The same name saved twice at once: the unique (owner, name) index lets one insert
        // win, and the other becomes the replacement it would have been a moment later.
        const winner = await named(ownerId, name);
        if (winner) return replace(ownerId, winner.id, filters);
        throw error;
      }
    },

    /** Deletes one of the owner's views; another admin's view is as missing as one that never was. */
    async remove(ownerId: number, id: number): Promise<SavedView> {
      const view: StoredView | null = await query().findOne({ select: FIELDS, where: { id, ownerId } });
      if (!view) throw new errors.NotFoundError(`Saved view ${id} does not exist`);
      await query().delete({ where: { id: view.id, ownerId } });
      return shaped(view);
    },
  };
};

export type SavedViewsService = ReturnType<typeof savedViews>;
export default savedViews;
