import { Badge, Flex, Typography } from '@strapi/design-system';

import type { SubmissionDetail } from '../../../../../shared/contracts';
import { DimensionScoresChart } from '../../../components/Charts';
import { useLabels } from '../../../labels';
import { Section } from './Section';

/** The overall score with its band, and the score of each dimension as a chart. */
export const ScoresSection = ({ submission }: { submission: SubmissionDetail }) => {
  const { t, band, dimension } = useLabels();
  return (
    <Section title={t('detail.readiness', 'Readiness')}>
      <Flex gap={3} wrap="wrap">
        <Typography variant="alpha" tag="p">
          {submission.overallScore}
        </Typography>
        <Badge>{band(submission.band)}</Badge>
        {submission.gated && (
          <Typography variant="pi" textColor="neutral600">
            {t('detail.gated', 'The score reached “Ready now”, but documentation or specification held the band back.')}
          </Typography>
        )}
      </Flex>
      <DimensionScoresChart
        title={t('detail.chart', 'Score by dimension (0–100)')}
        scores={submission.dimensionScores.map((score) => ({
          key: score.key,
          label: dimension(score.key),
          score: score.score,
        }))}
      />
    </Section>
  );
};
