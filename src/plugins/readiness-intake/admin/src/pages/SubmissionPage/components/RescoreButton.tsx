import { Button } from '@strapi/design-system';

import type { SubmissionDetail } from '../../../../../shared/contracts';
import { useLabels } from '../../../labels';
import { useGetActiveIntakeQuestionnaireQuery, useRescoreIntakeSubmissionMutation } from '../../../services/api';
import { useChangeNotice } from '../../../services/errors';

/** Scores the answers again under the active questionnaire; offered only when that is another version. */
export const RescoreButton = ({ submission }: { submission: SubmissionDetail }) => {
  const { t } = useLabels();
  const active = useGetActiveIntakeQuestionnaireQuery();
  const [rescoreSubmission, { isLoading: rescoring }] = useRescoreIntakeSubmissionMutation();
  const notice = useChangeNotice();

  const version = active.data?.data.version;
  if (version === undefined || version === submission.questionnaireVersion) return null;

  const rescore = async () =>
    notice(await rescoreSubmission({ params: { id: submission.id }, body: { version } }), () =>
      t('detail.rescore.done', 'Re-scored under version {version}', { version })
    );

  return (
    <Button variant="tertiary" disabled={rescoring} onClick={rescore}>
      {t('detail.rescore', 'Re-score under the active version ({version})', { version })}
    </Button>
  );
};
