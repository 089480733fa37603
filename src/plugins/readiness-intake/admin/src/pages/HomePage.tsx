import {
  Badge,
  EmptyStateLayout,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page, Pagination, SearchInput, useQueryParams } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { useSubmissions, type Band, type InboxQuery, type Status } from '../api';
import { getTranslation } from '../utils/getTranslation';

const STATUSES: Status[] = ['new', 'in_review', 'contacted', 'engaged', 'not_a_fit', 'spam'];
const BANDS: Band[] = ['ready', 'close', 'foundation'];
const BAND_LABELS: Record<Band, string> = {
  ready: 'Ready now',
  close: 'Closer than you think',
  foundation: 'Build the foundation first',
};
const STATUS_LABELS: Record<Status, string> = {
  new: 'New',
  in_review: 'In review',
  contacted: 'Contacted',
  engaged: 'Engaged',
  not_a_fit: 'Not a fit',
  spam: 'Spam',
};

/** The consultants' inbox: submissions with their scores, filtered by what the URL holds. */
export const HomePage = () => {
  const { formatMessage, formatDate } = useIntl();
  const [{ query }, setQuery] = useQueryParams<InboxQuery>();
  const submissions = useSubmissions(query);
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const band = (value: Band) => t(`band.${value}`, BAND_LABELS[value]);
  const status = (value: Status) => t(`status.${value}`, STATUS_LABELS[value]);

  const SORTS = [
    { value: 'receivedAt:desc', label: t('inbox.sort.newest', 'Newest first') },
    { value: 'receivedAt:asc', label: t('inbox.sort.oldest', 'Oldest first') },
    { value: 'overallScore:desc', label: t('inbox.sort.score-desc', 'Highest score') },
    { value: 'overallScore:asc', label: t('inbox.sort.score-asc', 'Lowest score') },
    { value: 'flagCount:desc', label: t('inbox.sort.flags', 'Most flags') },
  ];

  const filter = (name: 'status' | 'band' | 'assignee') => (value: string | number) =>
    setQuery({ ...query, [name]: value === 'all' ? undefined : String(value), page: '1' }, value === 'all' ? 'remove' : 'push');

  return (
    <Page.Main>
      <Page.Title>{t('inbox.title', 'Intake submissions')}</Page.Title>
      <Layouts.Header
        title={t('inbox.title', 'Intake submissions')}
        subtitle={t('inbox.subtitle', 'Who applied, how ready their team is for async work, and what to do next.')}
      />
      <Layouts.Action
        startActions={
          <Flex gap={2}>
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
              aria-label={t('inbox.filter.assignee', 'Assignee')}
              value={query.assignee ?? 'all'}
              onChange={filter('assignee')}
              size="S"
            >
              <SingleSelectOption value="all">{t('inbox.filter.anyone', 'Anyone')}</SingleSelectOption>
              <SingleSelectOption value="me">{t('inbox.filter.mine', 'Mine')}</SingleSelectOption>
              <SingleSelectOption value="none">{t('inbox.unassigned', 'Unassigned')}</SingleSelectOption>
            </SingleSelect>
            <SingleSelect
              aria-label={t('inbox.sort', 'Sort')}
              value={query.sort ?? 'receivedAt:desc'}
              onChange={(value: string | number) => setQuery({ ...query, sort: String(value), page: '1' })}
              size="S"
            >
              {SORTS.map((sort) => (
                <SingleSelectOption key={sort.value} value={sort.value}>
                  {sort.label}
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
          </Flex>
        }
      />
      <Layouts.Content>
        {submissions.status === 'loading' && <Page.Loading />}
        {submissions.status === 'error' && <Page.Error />}
        {submissions.status === 'success' && submissions.data.results.length === 0 && (
          <EmptyStateLayout
            content={t('inbox.empty', 'No submissions match. New ones appear as soon as someone sends the form at /contact.')}
          />
        )}
        {submissions.status === 'success' && submissions.data.results.length > 0 && (
          <Pagination.Root {...submissions.data.pagination}>
            <Table colCount={8} rowCount={submissions.data.results.length + 1}>
              <Thead>
                <Tr>
                  <Th>
                    <Typography variant="sigma">{t('inbox.column.received', 'Received')}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{t('inbox.column.company', 'Company')}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{t('inbox.column.contact', 'Contact')}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{t('inbox.column.score', 'Score')}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{t('inbox.column.band', 'Band')}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{t('inbox.column.status', 'Status')}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{t('inbox.column.assignee', 'Assignee')}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{t('inbox.column.flags', 'Flags')}</Typography>
                  </Th>
                </Tr>
              </Thead>
              <Tbody>
                {submissions.data.results.map((row) => (
                  <Tr key={row.id}>
                    <Td>
                      <Typography>{formatDate(row.receivedAt, { dateStyle: 'medium', timeStyle: 'short' })}</Typography>
                    </Td>
                    <Td>
                      <Typography fontWeight="bold">{row.company}</Typography>
                    </Td>
                    <Td>
                      <Typography>{row.contactName}</Typography>
                      <Typography textColor="neutral600" variant="pi">
                        {' '}
                        {row.contactEmail}
                      </Typography>
                    </Td>
                    <Td>
                      <Typography>{row.overallScore}</Typography>
                    </Td>
                    <Td>
                      <Badge>{band(row.band)}</Badge>
                      {row.consultantBand && row.consultantBand !== row.band && (
                        <Typography variant="pi" textColor="neutral600">
                          {' '}
                          → {band(row.consultantBand)}
                        </Typography>
                      )}
                    </Td>
                    <Td>
                      <Typography>{status(row.status)}</Typography>
                    </Td>
                    <Td>
                      <Typography>{row.assignee?.name ?? t('inbox.unassigned', 'Unassigned')}</Typography>
                    </Td>
                    <Td>
                      <Typography>{row.flagCount}</Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
            <Flex justifyContent="space-between" paddingTop={4}>
              <Pagination.PageSize />
              <Pagination.Links />
            </Flex>
          </Pagination.Root>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
