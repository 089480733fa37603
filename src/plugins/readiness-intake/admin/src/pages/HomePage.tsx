import * as React from 'react';

import {
  Badge,
  Button,
  DatePicker,
  Flex,
  Link,
  LinkButton,
  SingleSelect,
  SingleSelectOption,
  Typography,
} from '@strapi/design-system';
import { Download } from '@strapi/icons';
import {
  Layouts,
  Page,
  Pagination,
  SearchInput,
  Table,
  useFetchClient,
  useNotification,
  useQueryParams,
  useRBAC,
} from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink, useNavigate } from 'react-router-dom';

import type { SubmissionRow, TriageSubmissions } from '../../../shared/contracts';
import { dateOf, dayOf, inboxParams, useFailureNotice, useSubmissions, type InboxQuery } from '../api';
import { assigneeOptions, useAssignees } from '../components/assignee-options';
import { BANDS, STATUSES, useLabels } from '../labels';
import { ALL_PERMISSIONS } from '../permissions';
import { PLUGIN_ID } from '../pluginId';

/** The consultants' inbox: submissions with their scores, filtered by what the URL holds. */
export const HomePage = () => {
  const { formatDate } = useIntl();
  const { t, band, status } = useLabels();
  const navigate = useNavigate();
  const [{ query }, setQuery] = useQueryParams<InboxQuery>();
  const submissions = useSubmissions(query);
  const { allowedActions } = useRBAC(ALL_PERMISSIONS);
  const { get, put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const failed = useFailureNotice();
  const assignees = useAssignees();
  const [selected, setSelected] = React.useState<SubmissionRow[]>([]);
  const [exporting, setExporting] = React.useState(false);
  // A selection belongs to the rows on screen: another page or filter starts a new one.
  const queryKey = JSON.stringify(query);
  React.useEffect(() => setSelected([]), [queryKey]);

  // setQuery merges into the current query; an undefined value leaves the URL. ('remove'
  // would drop every key it is given, so it is not the way to clear one filter.)
  const filter = (name: keyof InboxQuery) => (value: string | number | undefined) => {
    const cleared = value === undefined || value === 'all' || value === '';
    setQuery({ [name]: cleared ? undefined : String(value), page: '1' });
  };

  const bulkTriage = async (change: { status?: string; assignee?: number | null }) => {
    try {
      const { data } = await put<TriageSubmissions.Response>(`/${PLUGIN_ID}/submissions/triage`, {
        ids: selected.map((row) => row.id),
        ...change,
      });
      toggleNotification({
        type: 'success',
        message: t('inbox.bulk.done', '{changed} of {selected} submissions changed', data.data),
      });
      setSelected([]);
      submissions.reload();
    } catch (error) {
      failed(error);
    }
  };

  const exportCsv = async () => {
    setExporting(true);
    try {
      const { page: _page, pageSize: _pageSize, ...params } = inboxParams(query);
      const { data } = await get<Blob>(`/${PLUGIN_ID}/submissions/export`, { params, responseType: 'blob' });
      const url = URL.createObjectURL(data);
      const link = document.createElement('a');
      link.href = url;
      link.download = `readiness-submissions-${dayOf(new Date())}.csv`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      failed(error);
    } finally {
      setExporting(false);
    }
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
  const rows = submissions.status === 'success' ? submissions.data.results : [];

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
            {allowedActions.canExport && (
              <Button startIcon={<Download />} onClick={exportCsv} loading={exporting}>
                {t('inbox.export', 'Export CSV')}
              </Button>
            )}
          </Flex>
        }
      />
      <Layouts.Action
        startActions={
          <Flex gap={2} wrap="wrap">
            <SearchInput label={t('inbox.search', 'Search name, email or company')} />
            <SingleSelect
              aria-label={t('inbox.filter.band', 'Band')}
              value={query.band ?? 'all'}
              onChange={filter('band')}
              size="S"
            >
              <SingleSelectOption value="all">{t('inbox.filter.all-bands', 'All bands')}</SingleSelectOption>
              {BANDS.map((value) => (
                <SingleSelectOption key={value} value={value}>
                  {band(value)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
            <SingleSelect
              aria-label={t('inbox.filter.status', 'Status')}
              value={query.status ?? 'all'}
              onChange={filter('status')}
              size="S"
            >
              <SingleSelectOption value="all">{t('inbox.filter.all-statuses', 'All statuses')}</SingleSelectOption>
              {STATUSES.map((value) => (
                <SingleSelectOption key={value} value={value}>
                  {status(value)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
            <SingleSelect
              aria-label={t('inbox.filter.assignee', 'Assignee')}
              value={query.assignee ?? 'all'}
              onChange={filter('assignee')}
              size="S"
            >
              <SingleSelectOption value="all">{t('inbox.filter.anyone', 'Anyone')}</SingleSelectOption>
              <SingleSelectOption value="me">{t('inbox.filter.mine', 'Mine')}</SingleSelectOption>
              <SingleSelectOption value="none">{t('inbox.unassigned', 'Unassigned')}</SingleSelectOption>
              {assigneeOptions(assignees)}
            </SingleSelect>
            <DatePicker
              aria-label={t('inbox.filter.from', 'Received from')}
              placeholder={t('inbox.filter.from', 'Received from')}
              value={dateOf(query.from)}
              onChange={(date) => filter('from')(date ? dayOf(date) : undefined)}
              onClear={() => filter('from')(undefined)}
              clearLabel={t('inbox.filter.clear-date', 'Clear')}
              maxDate={dateOf(query.to)}
              size="S"
            />
            <DatePicker
              aria-label={t('inbox.filter.to', 'Received until')}
              placeholder={t('inbox.filter.to', 'Received until')}
              value={dateOf(query.to)}
              onChange={(date) => filter('to')(date ? dayOf(date) : undefined)}
              onClear={() => filter('to')(undefined)}
              clearLabel={t('inbox.filter.clear-date', 'Clear')}
              minDate={dateOf(query.from)}
              size="S"
            />
          </Flex>
        }
      />
      <Layouts.Content>
        {submissions.status === 'error' ? (
          <Page.Error />
        ) : (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Table.Root
              rows={rows}
              headers={headers}
              isLoading={submissions.status === 'loading'}
              selectedRows={selected}
              onSelectedRowsChange={setSelected}
            >
              {allowedActions.canTriage && (
                <Table.ActionBar>
                  <SingleSelect
                    aria-label={t('inbox.bulk.status', 'Set status')}
                    placeholder={t('inbox.bulk.status', 'Set status')}
                    onChange={(value: string | number) => bulkTriage({ status: String(value) })}
                    size="S"
                  >
                    {STATUSES.map((value) => (
                      <SingleSelectOption key={value} value={value}>
                        {status(value)}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <SingleSelect
                    aria-label={t('inbox.bulk.assignee', 'Assign to')}
                    placeholder={t('inbox.bulk.assignee', 'Assign to')}
                    onChange={(value: string | number) => bulkTriage({ assignee: value === 'none' ? null : Number(value) })}
                    size="S"
                  >
                    <SingleSelectOption value="none">{t('inbox.unassigned', 'Unassigned')}</SingleSelectOption>
                    {assigneeOptions(assignees)}
                  </SingleSelect>
                </Table.ActionBar>
              )}
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
                    <Table.Row key={row.id} onClick={() => navigate(`submissions/${row.id}`)} style={{ cursor: 'pointer' }}>
                      {allowedActions.canTriage && <Table.CheckboxCell id={row.id} />}
                      <Table.Cell>
                        <Typography>{formatDate(row.receivedAt, { dateStyle: 'medium', timeStyle: 'short' })}</Typography>
                      </Table.Cell>
                      <Table.Cell>
                        <Link tag={NavLink} to={`submissions/${row.id}`} onClick={(event) => event.stopPropagation()}>
                          {row.company}
                        </Link>
                      </Table.Cell>
                      <Table.Cell>
                        <Typography>{row.contactName}</Typography>
                        <Typography textColor="neutral600" variant="pi">
                          {' '}
                          {row.contactEmail}
                        </Typography>
                      </Table.Cell>
                      <Table.Cell>
                        <Typography>{row.overallScore}</Typography>
                      </Table.Cell>
                      <Table.Cell>
                        <Badge>{band(row.band)}</Badge>
                        {row.consultantBand && row.consultantBand !== row.band && (
                          <Typography variant="pi" textColor="neutral600">
                            {' '}
                            → {band(row.consultantBand)}
                          </Typography>
                        )}
                      </Table.Cell>
                      <Table.Cell>
                        <Typography>{status(row.status)}</Typography>
                      </Table.Cell>
                      <Table.Cell>
                        <Typography>{row.assignee?.name ?? t('inbox.unassigned', 'Unassigned')}</Typography>
                      </Table.Cell>
                      <Table.Cell>
                        <Typography>{row.flagCount}</Typography>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table.Content>
            </Table.Root>
            {submissions.status === 'success' && rows.length > 0 && (
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
