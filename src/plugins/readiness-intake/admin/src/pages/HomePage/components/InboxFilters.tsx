import { Checkbox, DatePicker, Flex, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { SearchInput } from '@strapi/strapi/admin';

import { assigneeOptions, labelledOptions, useAssignees } from '../../../components/select-options';
import { DIMENSION_KEYS } from '../../../../../shared/dimensions';
import { BANDS, STATUSES, useLabels } from '../../../labels';
import { dateOf, dayOf, type InboxQuery } from '../../../utils/inbox-query';
import { ExactFilterInput } from './ExactFilterInput';

type Props = {
  query: InboxQuery;
  /** Sets one filter, or clears it with undefined. */
  onFilter: (name: keyof InboxQuery, value: string | undefined) => void;
  /** Sets several at once, for filters that only go together (a dimension and its score). */
  onFilters: (changes: Partial<InboxQuery>) => void;
};

/** The score a dimension filter starts at when picked: below the middle. */
const DEFAULT_BELOW = '50';

/**
 * Search, band, status, assignee, a dimension below a score, a flag kind, attribution, the
 * received date range and overdue; each held in the URL.
 */
export const InboxFilters = ({ query, onFilter, onFilters }: Props) => {
  const { t, band, status, dimension } = useLabels();
  const assignees = useAssignees();
  // The selects' "everything" entry clears the filter rather than filtering for "all".
  const select = (name: keyof InboxQuery) => (value: string | number) =>
    onFilter(name, value === 'all' ? undefined : String(value));
  const day = (name: 'from' | 'to') => (date: Date | undefined) => onFilter(name, date ? dayOf(date) : undefined);

  return (
    <Flex gap={2} wrap="wrap">
      <SearchInput label={t('inbox.search', 'Search name, email or company')} />
      <SingleSelect aria-label={t('inbox.filter.band', 'Band')} value={query.band ?? 'all'} onChange={select('band')} size="S">
        <SingleSelectOption value="all">{t('inbox.filter.all-bands', 'All bands')}</SingleSelectOption>
        {labelledOptions(BANDS, band)}
      </SingleSelect>
      <SingleSelect
        aria-label={t('inbox.filter.status', 'Status')}
        value={query.status ?? 'all'}
        onChange={select('status')}
        size="S"
      >
        <SingleSelectOption value="all">{t('inbox.filter.all-statuses', 'All statuses')}</SingleSelectOption>
        {labelledOptions(STATUSES, status)}
      </SingleSelect>
      <SingleSelect
        aria-label={t('inbox.filter.assignee', 'Assignee')}
        value={query.assignee ?? 'all'}
        onChange={select('assignee')}
        size="S"
      >
        <SingleSelectOption value="all">{t('inbox.filter.anyone', 'Anyone')}</SingleSelectOption>
        <SingleSelectOption value="me">{t('inbox.filter.mine', 'Mine')}</SingleSelectOption>
        <SingleSelectOption value="none">{t('inbox.unassigned', 'Unassigned')}</SingleSelectOption>
        {assigneeOptions(assignees)}
      </SingleSelect>
      <SingleSelect
        aria-label={t('inbox.filter.dimension', 'Dimension')}
        value={query.dimension ?? 'all'}
        // A dimension goes with a score, so picking one starts it at a default, and "all" clears both.
        onChange={(value: string | number) =>
          value === 'all'
            ? onFilters({ dimension: undefined, below: undefined })
            : onFilters({ dimension: String(value), below: query.below || DEFAULT_BELOW })
        }
        size="S"
      >
        <SingleSelectOption value="all">{t('inbox.filter.all-dimensions', 'Any dimension')}</SingleSelectOption>
        {labelledOptions(DIMENSION_KEYS, dimension)}
      </SingleSelect>
      <ExactFilterInput
        label={t('inbox.filter.below', 'Score below')}
        type="number"
        value={query.below}
        disabled={!query.dimension}
        // Without a score the dimension filters nothing: clearing one clears the other.
        onFilter={(value) => onFilters(value === undefined ? { dimension: undefined, below: undefined } : { below: value })}
      />
      <SingleSelect aria-label={t('inbox.filter.flag', 'Flag')} value={query.flag ?? 'all'} onChange={select('flag')} size="S">
        <SingleSelectOption value="all">{t('inbox.filter.any-flag', 'Flagged or not')}</SingleSelectOption>
        <SingleSelectOption value="dont_know">{t('inbox.filter.flag.dont_know', 'A “don’t know” answer')}</SingleSelectOption>
        <SingleSelectOption value="contradiction">{t('inbox.filter.flag.contradiction', 'A contradiction')}</SingleSelectOption>
      </SingleSelect>
      <ExactFilterInput
        label={t('inbox.filter.article', 'Article slug')}
        value={query.articleSlug}
        onFilter={(value) => onFilter('articleSlug', value)}
      />
      <ExactFilterInput
        label={t('inbox.filter.campaign', 'UTM campaign')}
        value={query.utmCampaign}
        onFilter={(value) => onFilter('utmCampaign', value)}
      />
      <DatePicker
        aria-label={t('inbox.filter.from', 'Received from')}
        placeholder={t('inbox.filter.from', 'Received from')}
        value={dateOf(query.from)}
        onChange={day('from')}
        onClear={() => onFilter('from', undefined)}
        clearLabel={t('inbox.filter.clear-date', 'Clear')}
        maxDate={dateOf(query.to)}
        size="S"
      />
      <DatePicker
        aria-label={t('inbox.filter.to', 'Received until')}
        placeholder={t('inbox.filter.to', 'Received until')}
        value={dateOf(query.to)}
        onChange={day('to')}
        onClear={() => onFilter('to', undefined)}
        clearLabel={t('inbox.filter.clear-date', 'Clear')}
        minDate={dateOf(query.from)}
        size="S"
      />
      <Checkbox
        name="overdue"
        checked={query.overdue === 'true'}
        onCheckedChange={(checked: boolean | 'indeterminate') => onFilter('overdue', checked === true ? 'true' : undefined)}
      >
        {t('inbox.filter.overdue', 'Overdue only')}
      </Checkbox>
    </Flex>
  );
};
