import { Grid, Typography } from '@strapi/design-system';

import type { SubmissionDetail } from '../../../../../shared/contracts';
import { useLabels } from '../../../labels';
import { Fact, Section } from './Section';

/** Where the respondent came from: the page and article the form sat on, the call to action, the referrer and UTM tags. */
export const SourceSection = ({ submission }: { submission: SubmissionDetail }) => {
  const { t } = useLabels();
  const source = submission.source;
  const facts = source
    ? [
        { label: t('detail.source.page', 'Page'), value: source.page },
        { label: t('detail.source.article', 'Article'), value: source.articleSlug },
        { label: t('detail.source.cta', 'Call to action'), value: source.cta },
        { label: t('detail.source.referrer', 'Referrer'), value: source.referrer },
        { label: t('detail.source.utm-source', 'UTM source'), value: source.utm?.source },
        { label: t('detail.source.utm-medium', 'UTM medium'), value: source.utm?.medium },
        { label: t('detail.source.utm-campaign', 'UTM campaign'), value: source.utm?.campaign },
        { label: t('detail.source.utm-term', 'UTM term'), value: source.utm?.term },
        { label: t('detail.source.utm-content', 'UTM content'), value: source.utm?.content },
      ].filter((fact): fact is { label: string; value: string } => fact.value !== undefined)
    : [];
  return (
    <Section title={t('detail.source', 'Source')}>
      {facts.length === 0 ? (
        <Typography textColor="neutral600" tag="p">
          {t('detail.source.none', 'The form sent no attribution with this submission.')}
        </Typography>
      ) : (
        <Grid.Root gap={4}>
          {facts.map((fact) => (
            <Grid.Item key={fact.label} col={6} s={12}>
              <Fact label={fact.label}>
                <span style={{ overflowWrap: 'anywhere' }}>{fact.value}</span>
              </Fact>
            </Grid.Item>
          ))}
        </Grid.Root>
      )}
    </Section>
  );
};
