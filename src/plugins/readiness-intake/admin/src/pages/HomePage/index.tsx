import * as React from 'react';

import { Flex, LinkButton } from '@strapi/design-system';
import { Layouts, Page, Pagination, Table, useQueryParams, useRBAC } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';

import type { SubmissionRow } from '../../../../shared/contracts';
import { useLabels } from '../../labels';
import { ALL_PERMISSIONS } from '../../permissions';
import { useGetIntakeSubmissionsQuery } from '../../services/api';
import { inboxParams, type InboxQuery } from '../../utils/inbox-query';
import { BulkTriageBar } from './components/BulkTriageBar';
import { ExportCsvButton } from './components/ExportCsvButton';
import { InboxFilters } from './components/InboxFilters';
import { InboxRow } from './components/InboxRow';
import { SavedViews } from './components/SavedViews';

/** The consultants' inbox: submissions with their scores, filtered by what the URL holds. */
export const HomePage = () => {
  const { t } = useLabels();
  const [{ query }, setQuery] = useQueryParams<InboxQuery>();
  // New submissions arrive from the public form: opening the inbox shows what is cached
  // at once and reads the page again behind it.
  const submissions = useGetIntakeSubmissionsQuery(inboxParams(query), { refetchOnMountOrArgChange: true });
  const { allowedActions } = useRBAC(ALL_PERMISSIONS);
  const [selected, setSelected] = React.useState<SubmissionRow[]>([]);
  // A selection belongs to the rows on screen: another page or filter starts a new one.
  const queryKey = JSON.stringify(query);
  React.useEffect(() => setSelected([]), [queryKey]);

  // setQuery merges into the current query; an undefined value leaves the URL. ('remove'
  // would drop every key it is given, so it is not the way to clear one filter.)
  const filters = (changes: Partial<InboxQuery>) =>
    setQuery({
      ...Object.fromEntries(Object.entries(changes).map(([name, value]) => [name, value || undefined])),
      page: '1',
    });
  const filter = (name: keyof InboxQuery, value: string | undefined) => filters({ [name]: value });
  // A saved view is its filters and nothing else: every filter in the URL it does not name goes.
  const pickView = (view: InboxQuery) => {
    const cleared = Object.fromEntries(Object.keys(query).map((name) => [name, undefined]));
    setQuery({ ...cleared, ...view, pageSize: query.pageSize, page: '1' });
  };

  const headers = [
    { name: 'receivedAt', label: t('inbox.column.received', 'Received'), sortable: true },
    { name: 'company', label: t('inbox.column.company', 'Company'), sortable: true },
    { name: 'contact', label: t('inbox.column.contact', 'Contact') },
    { name: 'overallScore', label: t('inbox.column.score', 'Score'), sortable: true },
    { name: 'band', label: t('inbox.column.band', 'Band'), sortable: true },
    { name: 'status', label: t('inbox.column.status', 'Status'), sortable: true },
    { name: 'assignee', label: t('inbox.column.assignee', 'Assignee') },
    { name: 'flagCount', label: t('inbox.column.flags', 'Flags'), sortable: true },
  ];
  // The last page read stays on screen while the next filter's is on its way.
  const rows = submissions.data?.results ?? [];

  return (
    <Page.Main>
      <Page.Title>{t('inbox.title', 'Intake submissions')}</Page.Title>
      <Layouts.Header
        title={t('inbox.title', 'Intake submissions')}
        subtitle={t('inbox.subtitle', 'Who applied, how ready their team is for async work, and what to do next.')}
        primaryAction={
          <Flex gap={2}>
            <LinkButton tag={NavLink} to="dashboard" variant="secondary">
              {t('dashboard.title', 'Dashboard')}
            </LinkButton>
            {allowedActions.canExport && <ExportCsvButton query={query} />}
          </Flex>
        }
      />
      <Layouts.Action
        startActions={
          <Flex direction="column" alignItems="stretch" gap={2}>
            <SavedViews query={query} onPick={pickView} />
            <InboxFilters query={query} onFilter={filter} onFilters={filters} />
          </Flex>
        }
      />
      <Layouts.Content>
        {submissions.isError ? (
          <Page.Error />
        ) : (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Table.Root
              rows={rows}
              headers={headers}
              isLoading={submissions.isLoading}
              selectedRows={selected}
              onSelectedRowsChange={setSelected}
            >
              {allowedActions.canTriage && <BulkTriageBar selected={selected} onTriaged={() => setSelected([])} />}
              <Table.Content>
                <Table.Head>
                  {allowedActions.canTriage && <Table.HeaderCheckboxCell />}
                  {headers.map((header) => (
                    <Table.HeaderCell key={header.name} {...header} />
                  ))}
                </Table.Head>
                <Table.Loading />
                <Table.Empty
                  content={t(
                    'inbox.empty',
                    'No submissions match. New ones appear as soon as someone sends the form at /contact.'
                  )}
                />
                <Table.Body>
                  {rows.map((row) => (
                    <InboxRow key={row.id} row={row} selectable={!!allowedActions.canTriage} />
                  ))}
                </Table.Body>
              </Table.Content>
            </Table.Root>
            {submissions.data && rows.length > 0 && (
              <Pagination.Root {...submissions.data.pagination}>
                <Pagination.PageSize />
                <Pagination.Links />
              </Pagination.Root>
            )}
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
