import { SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { Table } from '@strapi/strapi/admin';

import type { SubmissionRow, TriageChange } from '../../../../../shared/contracts';
import { assigneeOptions, labelledOptions, useAssignees } from '../../../components/select-options';
import { STATUSES, useLabels } from '../../../labels';
import { useTriageIntakeSubmissionsMutation } from '../../../services/api';
import { useChangeNotice } from '../../../services/errors';

type Props = {
  selected: SubmissionRow[];
  /** Called once the change is made: the selection has done its work. */
  onTriaged: () => void;
};

/** The table's action bar: one status or assignee for every selected submission at once. */
export const BulkTriageBar = ({ selected, onTriaged }: Props) => {
  const { t, status } = useLabels();
  const assignees = useAssignees();
  const [triageSubmissions] = useTriageIntakeSubmissionsMutation();
  const notice = useChangeNotice();

  const triage = async (change: TriageChange) => {
    const result = await triageSubmissions({ body: { ids: selected.map((row) => row.id), ...change } });
    if (notice(result, ({ data }) => t('inbox.bulk.done', '{changed} of {selected} submissions changed', data))) {
      onTriaged();
    }
  };

  return (
    <Table.ActionBar>
      <SingleSelect
        aria-label={t('inbox.bulk.status', 'Set status')}
        placeholder={t('inbox.bulk.status', 'Set status')}
        onChange={(value: string | number) => triage({ status: STATUSES.find((known) => known === value) })}
        size="S"
      >
        {labelledOptions(STATUSES, status)}
      </SingleSelect>
      <SingleSelect
        aria-label={t('inbox.bulk.assignee', 'Assign to')}
        placeholder={t('inbox.bulk.assignee', 'Assign to')}
        onChange={(value: string | number) => triage({ assignee: value === 'none' ? null : Number(value) })}
        size="S"
      >
        <SingleSelectOption value="none">{t('inbox.unassigned', 'Unassigned')}</SingleSelectOption>
        {assigneeOptions(assignees)}
      </SingleSelect>
    </Table.ActionBar>
  );
};
