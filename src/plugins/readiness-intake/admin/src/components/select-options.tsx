import { SingleSelectOption } from '@strapi/design-system';

import type { Assignee } from '../../../shared/contracts';
import { useGetIntakeAssigneesQuery } from '../services/api';

/** The admins a submission can be assigned to; empty until they have loaded. */
export const useAssignees = (): Assignee[] => useGetIntakeAssigneesQuery().data?.data ?? [];

/** One select option per assignee, valued by id. */
export const assigneeOptions = (users: Array<{ id: number; name: string }>) =>
  users.map((user) => (
    <SingleSelectOption key={user.id} value={String(user.id)}>
      {user.name}
    </SingleSelectOption>
  ));

/** One select option per value (a band, a status), named in the panel's words. */
export const labelledOptions = <Value extends string>(values: readonly Value[], label: (value: Value) => string) =>
  values.map((value) => (
    <SingleSelectOption key={value} value={value}>
      {label(value)}
    </SingleSelectOption>
  ));
