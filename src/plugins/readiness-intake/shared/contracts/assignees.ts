/** An admin user a submission can be assigned to: active, and allowed to read submissions. */
export type Assignee = { id: number; name: string; email: string };

/** GET /readiness-intake/assignees - Everyone a submission can be assigned to, by name. */
export declare namespace GetAssignees {
  export interface Request {
    query: Record<string, never>;
  }

  export interface Response {
    data: Assignee[];
  }
}
