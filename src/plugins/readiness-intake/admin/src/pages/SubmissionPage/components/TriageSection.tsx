import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';

import type { SubmissionDetail, TriageChange } from '../../../../../shared/contracts';
import { assigneeOptions, labelledOptions, useAssignees } from '../../../components/select-options';
import { STATUSES, useLabels } from '../../../labels';
import { useTriageIntakeSubmissionMutation } from '../../../services/api';
import { useChangeNotice } from '../../../services/errors';
import { Section } from './Section';

type Props = { submission: SubmissionDetail; canTriage: boolean };

/** The status and the assignee, each saved as soon as it is picked. */
export const TriageSection = ({ submission, canTriage }: Props) => {
  const { t, status } = useLabels();
  const assignees = useAssignees();
  const [triageSubmission, { isLoading: saving }] = useTriageIntakeSubmissionMutation();
  const notice = useChangeNotice();

  const triage = async (body: TriageChange) =>
    notice(await triageSubmission({ params: { id: submission.id }, body }), () => t('detail.saved', 'Saved'));

  const { assignee } = submission;
  return (
    <Section title={t('detail.triage', 'Triage')}>
      <Field.Root name="status">
        <Field.Label>{t('detail.status', 'Status')}</Field.Label>
        <SingleSelect
          value={submission.status}
          disabled={!canTriage || saving}
          onChange={(value: string | number) => triage({ status: STATUSES.find((known) => known === value) })}
        >
          {labelledOptions(STATUSES, status)}
        </SingleSelect>
      </Field.Root>
      <Field.Root name="assignee">
        <Field.Label>{t('detail.assignee', 'Assignee')}</Field.Label>
        <SingleSelect
          value={assignee ? String(assignee.id) : 'none'}
          disabled={!canTriage || saving}
          onChange={(value: string | number) => triage({ assignee: value === 'none' ? null : Number(value) })}
        >
          <SingleSelectOption value="none">{t('inbox.unassigned', 'Unassigned')}</SingleSelectOption>
          {/* The current assignee stays listed even if they have since lost access. */}
          {assignee && !assignees.some((user) => user.id === assignee.id) && (
            <SingleSelectOption value={String(assignee.id)}>{assignee.name}</SingleSelectOption>
          )}
          {assigneeOptions(assignees)}
        </SingleSelect>
      </Field.Root>
    </Section>
  );
};
