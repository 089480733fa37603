import { SingleSelectOption } from '@strapi/design-system';

import { useAdminGet, type Assignee } from '../api';

/** The admins a submission can be assigned to; empty until they have loaded. */
export const useAssignees = (): Assignee[] => {
  const assignees = useAdminGet<{ data: Assignee[] }>('/assignees');
  return assignees.status === 'success' ? assignees.data.data : [];
};

/** One select option per assignee, valued by id. */
export const assigneeOptions = (users: Array<{ id: number; name: string }>) =>
  users.map((user) => (
    <SingleSelectOption key={user.id} value={String(user.id)}>
      {user.name}
    </SingleSelectOption>
  ));
