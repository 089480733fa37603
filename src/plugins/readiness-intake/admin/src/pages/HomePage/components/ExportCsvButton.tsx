import * as React from 'react';

import { Button } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useAPIErrorHandler, useNotification, type FetchError } from '@strapi/strapi/admin';

import { useLabels } from '../../../labels';
import { downloadInboxCsv } from '../../../services/export';
import { inboxParams, type InboxQuery } from '../../../utils/inbox-query';

/** Downloads what the inbox shows, every page of it, as CSV. */
export const ExportCsvButton = ({ query }: { query: InboxQuery }) => {
  const { t } = useLabels();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const [exporting, setExporting] = React.useState(false);

  const exportCsv = async () => {
    setExporting(true);
    try {
      const { page: _page, pageSize: _pageSize, ...filters } = inboxParams(query);
      await downloadInboxCsv(filters);
    } catch (error) {
      toggleNotification({ type: 'danger', message: formatAPIError(error as FetchError) });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Button startIcon={<Download />} onClick={exportCsv} loading={exporting}>
      {t('inbox.export', 'Export CSV')}
    </Button>
  );
};
