import * as React from 'react';

import { Button, Field, Modal, TextInput } from '@strapi/design-system';
import { Plus } from '@strapi/icons';

import type { SavedViewFilters } from '../../../../../shared/contracts';
import { useLabels } from '../../../labels';
import { useSaveIntakeViewMutation } from '../../../services/api';
import { useChangeNotice, validationErrorsOf } from '../../../services/errors';

type Props = {
  /** The filters on screen, as the view will hold them. */
  filters: SavedViewFilters;
  /** The name of the view on screen, if any: saving under it again replaces its filters. */
  suggestedName?: string;
};

/** "Save view": asks for a name and saves the inbox's current filters under it. */
export const SaveViewDialog = ({ filters, suggestedName }: Props) => {
  const { t } = useLabels();
  const notice = useChangeNotice();
  const [saveView, { isLoading: saving }] = useSaveIntakeViewMutation();
  const [open, setOpen] = React.useState(false);
  const [name, setName] = React.useState('');
  const [error, setError] = React.useState<string>();

  const openChange = (next: boolean) => {
    setOpen(next);
    if (next) {
      setName(suggestedName ?? '');
      setError(undefined);
    }
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await saveView({ name: name.trim(), filters });
    // A refusal of the name is shown at the field; anything else as a notification.
    if ('error' in result) {
      const issue = validationErrorsOf(result.error).find((problem) => problem.path === 'name');
      if (issue) {
        setError(issue.message);
        return;
      }
    }
    if (notice(result, ({ data }) => t('inbox.views.saved', 'Saved the view “{name}”', { name: data.name }))) setOpen(false);
  };

  return (
    <Modal.Root open={open} onOpenChange={openChange}>
      <Modal.Trigger>
        <Button variant="secondary" startIcon={<Plus />} size="S">
          {t('inbox.views.save', 'Save view')}
        </Button>
      </Modal.Trigger>
      <Modal.Content>
        <form onSubmit={submit}>
          <Modal.Header>
            <Modal.Title>{t('inbox.views.save.title', 'Save the current filters as a view')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Field.Root
              name="viewName"
              required
              error={error}
              hint={t(
                'inbox.views.save.hint',
                'Only you see your views. Saving under a name you already use replaces that view.'
              )}
            >
              <Field.Label>{t('inbox.views.save.name', 'Name')}</Field.Label>
              <TextInput
                value={name}
                maxLength={100}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => setName(event.target.value)}
              />
              <Field.Error />
              <Field.Hint />
            </Field.Root>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('settings.cancel', 'Cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={saving} disabled={!name.trim()}>
              {t('inbox.views.save.submit', 'Save')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
