import { SingleSelectOption } from '@strapi/design-system';

import type { Assignee, GetAssignees } from '../../../shared/contracts';
import { useAdminGet } from '../api';

/** The admins a submission can be assigned to; empty until they have loaded. */
export const useAssignees = (): Assignee[] => {
  const assignees = useAdminGet<GetAssignees.Response>('/assignees');
  return assignees.status === 'success' ? assignees.data.data : [];
};

/** One select option per assignee, valued by id. */
export const assigneeOptions = (users: Array<{ id: number; name: string }>) =>
  users.map((user) => (
    <SingleSelectOption key={user.id} value={String(user.id)}>
      {user.name}
    </SingleSelectOption>
  ));
