import { Button, Dialog, Flex, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import { ConfirmDialog } from '@strapi/strapi/admin';

import type { SavedView } from '../../../../../shared/contracts';
import { useLabels } from '../../../labels';
import { useDeleteIntakeViewMutation, useGetIntakeViewsQuery } from '../../../services/api';
import { useChangeNotice } from '../../../services/errors';
import { queryOfView, sameFilters, viewFiltersOf, type InboxQuery } from '../../../utils/inbox-query';
import { SaveViewDialog } from './SaveViewDialog';

type Props = {
  query: InboxQuery;
  /** Shows the inbox with these filters, and only these. */
  onPick: (query: InboxQuery) => void;
};

const DeleteViewButton = ({ view }: { view: SavedView }) => {
  const { t } = useLabels();
  const notice = useChangeNotice();
  const [deleteView] = useDeleteIntakeViewMutation();
  const remove = async () => {
    notice(await deleteView({ id: view.id }), () => t('inbox.views.deleted', 'Deleted the view “{name}”', { name: view.name }));
  };

  return (
    <Dialog.Root>
      <Dialog.Trigger>
        <Button variant="danger-light" startIcon={<Trash />} size="S">
          {t('inbox.views.delete', 'Delete view')}
        </Button>
      </Dialog.Trigger>
      <ConfirmDialog onConfirm={remove} title={t('inbox.views.delete.title', 'Delete the view “{name}”?', { name: view.name })}>
        {t('inbox.views.delete.confirm', 'The view is deleted; the submissions it showed are not touched.')}
      </ConfirmDialog>
    </Dialog.Root>
  );
};

/**
 * The caller's saved views: picking one shows its filters (in the URL, like any filter),
 * "Save view" names the filters on screen, and the view on screen can be deleted. The view
 * on screen is the one whose filters the URL holds, so back, reload and links agree with it.
 */
export const SavedViews = ({ query, onPick }: Props) => {
  const { t } = useLabels();
  const views = useGetIntakeViewsQuery();
  const list = views.data?.data ?? [];
  const current = viewFiltersOf(query);
  const onScreen = list.find((view) => sameFilters(viewFiltersOf(queryOfView(view.filters)), current));

  const placeholder = views.isLoading
    ? t('inbox.views.loading', 'Loading saved views…')
    : views.isError
      ? t('inbox.views.error', 'Saved views could not be loaded')
      : list.length === 0
        ? t('inbox.views.empty', 'No saved views yet')
        : t('inbox.views.pick', 'Pick a saved view');

  return (
    <Flex gap={2} wrap="wrap">
      <SingleSelect
        aria-label={t('inbox.views', 'Saved views')}
        placeholder={placeholder}
        value={onScreen ? String(onScreen.id) : null}
        disabled={list.length === 0}
        onChange={(id: string | number) => {
          const view = list.find((candidate) => String(candidate.id) === String(id));
          if (view) onPick(queryOfView(view.filters));
        }}
        size="S"
      >
        {list.map((view) => (
          <SingleSelectOption key={view.id} value={String(view.id)}>
            {view.name}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <SaveViewDialog filters={current} suggestedName={onScreen?.name} />
      {onScreen && <DeleteViewButton view={onScreen} />}
    </Flex>
  );
};
