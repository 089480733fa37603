import type { SubmissionFilters } from './submissions';

/**
 * The inbox filters a saved view holds, as a query string spells them (every value a
 * string): any of the list's filters and `sort`, never `page` or `pageSize`.
 */
export type SavedViewFilters = { [Key in keyof SubmissionFilters]?: string };

/** An admin's named set of inbox filters. Only its owner sees it. */
export type SavedView = {
  id: number;
  name: string;
  filters: SavedViewFilters;
  createdAt: string;
  updatedAt: string;
};

/** GET /readiness-intake/views - The caller's saved views, by name. */
export declare namespace GetViews {
  export interface Request {
    query: Record<string, never>;
  }

  export interface Response {
    data: SavedView[];
  }
}

/**
 * POST /readiness-intake/views - Saves filters under a name. A name the caller already
 * uses is the same view: its filters are replaced. Sent with status 201.
 */
export declare namespace SaveView {
  export interface Request {
    body: { name: string; filters: SavedViewFilters };
  }

  export interface Response {
    data: SavedView;
  }
}

/** DELETE /readiness-intake/views/:id - Deletes one of the caller's views; another admin's is a 404. */
export declare namespace DeleteView {
  export interface Request {
    params: { id: SavedView['id'] };
  }

  export interface Response {
    data: SavedView;
  }
}
