import * as React from 'react';

import { Box, Flex, Grid, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { BackButton, Layouts, Page, useQueryParams } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { ArticlesTable } from '../components/ArticlesTable';
import { CountsChart, DailyChart } from '../components/Charts';
import { BANDS, STATUSES, useLabels } from '../labels';
import { useGetIntakeStatsQuery } from '../services/api';

const PERIODS = ['7', '30', '90', '365', 'all'] as const;
type Period = (typeof PERIODS)[number];

const Card = ({ label, value, help }: { label: string; value: string; help?: string }) => (
  <Box background="neutral0" hasRadius shadow="filterShadow" padding={6} height="100%" aria-label={label} tag="section">
    <Typography variant="sigma" textColor="neutral600" tag="h2">
      {label}
    </Typography>
    <Typography variant="alpha" tag="p" paddingTop={2}>
      {value}
    </Typography>
    {help && (
      <Typography variant="pi" textColor="neutral600" tag="p">
        {help}
      </Typography>
    )}
  </Box>
);

/** The inbox in numbers: how many arrived, how ready they were, and how fast and how well consultants answered. */
export const DashboardPage = () => {
  const { t, band, status } = useLabels();
  const { formatNumber } = useIntl();
  const [{ query }, setQuery] = useQueryParams<{ days?: Period }>();
  const days: Period = PERIODS.includes(query.days as Period) ? (query.days as Period) : '30';
  // Fixed for as long as the period is: a re-render must not ask for a new one.
  const from = React.useMemo(
    () => (days === 'all' ? undefined : new Date(Date.now() - Number(days) * 86_400_000).toISOString()),
    [days]
  );
  // Submissions keep arriving: a visit reads the numbers again even for a period it has cached.
  const stats = useGetIntakeStatsQuery(from ? { from } : {}, { refetchOnMountOrArgChange: true });
  const numbers = stats.data?.data;

  const periodLabel = (period: Period) =>
    period === 'all'
      ? t('dashboard.period.all', 'All time')
      : t('dashboard.period.days', 'Last {days} days', { days: Number(period) });

  return (
    <Page.Main>
      <Page.Title>{t('dashboard.title', 'Dashboard')}</Page.Title>
      <Layouts.Header
        navigationAction={<BackButton fallback=".." />}
        title={t('dashboard.title', 'Dashboard')}
        subtitle={t('dashboard.subtitle', 'Submissions, bands and how consultants handled them.')}
        primaryAction={
          <SingleSelect
            aria-label={t('dashboard.period', 'Period')}
            value={days}
            onChange={(value: string | number) => setQuery({ days: String(value) as Period })}
            size="S"
          >
            {PERIODS.map((period) => (
              <SingleSelectOption key={period} value={period}>
                {periodLabel(period)}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        }
      />
      <Layouts.Content>
        {stats.isLoading && <Page.Loading />}
        {stats.isError && <Page.Error />}
        {numbers && !stats.isError && (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Grid.Root gap={4}>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                <Card label={t('dashboard.total', 'Submissions')} value={formatNumber(numbers.total)} />
              </Grid.Item>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                <Card
                  label={t('dashboard.agreement', 'Agreement with the automatic band')}
                  value={
                    numbers.agreement.rate === null
                      ? '—'
                      : formatNumber(numbers.agreement.rate, { style: 'percent', maximumFractionDigits: 0 })
                  }
                  help={t('dashboard.agreement.help', '{agreed} of {rated} rated submissions', {
                    agreed: numbers.agreement.agreed,
                    rated: numbers.agreement.rated,
                  })}
                />
              </Grid.Item>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                <Card
                  label={t('dashboard.median-triage', 'Median time to first triage')}
                  value={
                    numbers.medianHoursToFirstTriage === null
                      ? '—'
                      : t('dashboard.hours', '{hours} h', {
                          hours: formatNumber(numbers.medianHoursToFirstTriage, { maximumFractionDigits: 1 }),
                        })
                  }
                />
              </Grid.Item>
            </Grid.Root>
            <Grid.Root gap={4}>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <Box background="neutral0" hasRadius shadow="filterShadow" padding={6}>
                  <CountsChart
                    title={t('dashboard.by-band', 'By band')}
                    counts={BANDS.map((key) => ({ key, label: band(key), value: numbers.byBand[key] ?? 0, band: key }))}
                  />
                </Box>
              </Grid.Item>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <Box background="neutral0" hasRadius shadow="filterShadow" padding={6}>
                  <CountsChart
                    title={t('dashboard.by-status', 'By status')}
                    counts={STATUSES.map((key) => ({ key, label: status(key), value: numbers.byStatus[key] ?? 0 }))}
                  />
                </Box>
              </Grid.Item>
            </Grid.Root>
            <Box background="neutral0" hasRadius shadow="filterShadow" padding={6}>
              <DailyChart title={t('dashboard.by-day', 'Submissions per day (UTC)')} days={numbers.byDay} bandLabel={band} />
            </Box>
            <Box background="neutral0" hasRadius shadow="filterShadow" padding={6}>
              <ArticlesTable articles={numbers.byArticle} />
            </Box>
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
