import { Button, Dialog } from '@strapi/design-system';
import { ConfirmDialog } from '@strapi/strapi/admin';

import { useLabels } from '../../../labels';
import { useActivateIntakeQuestionnaireMutation } from '../../../services/api';
import { useChangeNotice } from '../../../services/errors';

/** Makes a version the form at /contact, once confirmed. */
export const ActivateVersionButton = ({ version }: { version: number }) => {
  const { t } = useLabels();
  const [activateQuestionnaire] = useActivateIntakeQuestionnaireMutation();
  const notice = useChangeNotice();

  const activate = async () => {
    const result = await activateQuestionnaire({ version });
    notice(result, () => t('settings.versions.activated', 'Version {version} is now the form at /contact', { version }));
  };

  return (
    <Dialog.Root>
      <Dialog.Trigger>
        <Button variant="secondary" size="S">
          {t('settings.versions.activate', 'Activate')}
        </Button>
      </Dialog.Trigger>
      <ConfirmDialog
        variant="default"
        title={t('settings.versions.activate-title', 'Activate version {version}?', { version })}
        onConfirm={activate}
      >
        {t('settings.versions.activate-confirm', 'New visitors to /contact get this version at once.')}
      </ConfirmDialog>
    </Dialog.Root>
  );
};
