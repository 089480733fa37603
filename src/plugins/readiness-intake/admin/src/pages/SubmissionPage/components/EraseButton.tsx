import { Button, Dialog } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import { ConfirmDialog } from '@strapi/strapi/admin';
import { useNavigate } from 'react-router-dom';

import { useLabels } from '../../../labels';
import { useEraseIntakeSubmissionMutation } from '../../../services/api';
import { useChangeNotice } from '../../../services/errors';

/** Erases the submission for good, once confirmed, and goes back to the inbox. */
export const EraseButton = ({ id }: { id: number }) => {
  const { t } = useLabels();
  const navigate = useNavigate();
  const [eraseSubmission] = useEraseIntakeSubmissionMutation();
  const notice = useChangeNotice();

  const erase = async () => {
    if (notice(await eraseSubmission({ id }), () => t('detail.erase.done', 'The submission was erased'))) {
      navigate('../..', { relative: 'path' });
    }
  };

  return (
    <Dialog.Root>
      <Dialog.Trigger>
        <Button variant="danger-light" startIcon={<Trash />}>
          {t('detail.erase', 'Erase')}
        </Button>
      </Dialog.Trigger>
      <ConfirmDialog onConfirm={erase} title={t('detail.erase.title', 'Erase this submission?')}>
        {t(
          'detail.erase.confirm',
          'The submission, its answers and its notes are deleted for good. The audit trail keeps only that it was erased, by whom and when.'
        )}
      </ConfirmDialog>
    </Dialog.Root>
  );
};
