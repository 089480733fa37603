import { Flex, Typography } from '@strapi/design-system';

import type { SubmissionDetail } from '../../../../../shared/contracts';
import { useLabels } from '../../../labels';
import { Section } from './Section';

/** How many working hours the team shares with each office. */
export const OverlapSection = ({ submission }: { submission: SubmissionDetail }) => {
  const { t } = useLabels();
  const offices = submission.timezoneOverlap ?? [];
  return (
    <Section title={t('detail.overlap', 'Working hours overlap')}>
      {offices.length === 0 && (
        <Typography textColor="neutral600">{t('detail.overlap.none', 'No offices to compare with.')}</Typography>
      )}
      {offices.map((office) => (
        <Flex key={office.office} justifyContent="space-between" gap={2}>
          <Flex direction="column" alignItems="flex-start">
            <Typography fontWeight="semiBold">{office.office}</Typography>
            <Typography variant="pi" textColor="neutral600">
              {office.officeHours} {office.timezone}
            </Typography>
          </Flex>
          <Typography>{t('detail.overlap.hours', '{hours} h', { hours: office.overlapHours })}</Typography>
        </Flex>
      ))}
      <Typography variant="pi" textColor="neutral600">
        {t('detail.overlap.help', 'Against a 09:00–17:00 day in {timezone}.', { timezone: submission.timezone ?? '—' })}
      </Typography>
    </Section>
  );
};
