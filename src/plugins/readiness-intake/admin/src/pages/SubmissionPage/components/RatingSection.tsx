import * as React from 'react';

import { Box, Button, Divider, Field, Flex, SingleSelect, Textarea, Typography } from '@strapi/design-system';

import type { SubmissionDetail } from '../../../../../shared/contracts';
import type { Band } from '../../../../../shared/intake';
import { labelledOptions } from '../../../components/select-options';
import { BANDS, useLabels } from '../../../labels';
import { useRateIntakeSubmissionMutation } from '../../../services/api';
import { useChangeNotice } from '../../../services/errors';
import { RescoreButton } from './RescoreButton';
import { Fact, Section } from './Section';

type Props = { submission: SubmissionDetail; canRate: boolean };

const OverrideForm = ({ submission }: { submission: SubmissionDetail }) => {
  const { t, band } = useLabels();
  const [rateSubmission, { isLoading: saving }] = useRateIntakeSubmissionMutation();
  const notice = useChangeNotice();
  const [rating, setRating] = React.useState<{ band?: Band; reason: string }>({ reason: '' });
  const [error, setError] = React.useState<string>();

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!rating.band) return setError(t('detail.rating.band-required', 'Pick a band'));
    if (!rating.reason.trim()) return setError(t('detail.rating.reason-required', 'A reason is required'));
    setError(undefined);
    const body = { band: rating.band, reason: rating.reason };
    const result = await rateSubmission({ params: { id: submission.id }, body });
    if (notice(result, () => t('detail.rating.saved', 'Band overridden'))) setRating({ reason: '' });
  };

  return (
    <form onSubmit={save} aria-label={t('detail.rating.form', 'Override the band')}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Divider />
        {/* One message at a time, under the field it is about. */}
        <Field.Root name="ratingBand" error={!rating.band ? error : undefined}>
          <Field.Label>{t('detail.rating.band', 'Consultant band')}</Field.Label>
          <SingleSelect
            value={rating.band}
            placeholder={t('detail.rating.band-placeholder', 'Pick a band')}
            onChange={(value: string | number) => setRating({ ...rating, band: BANDS.find((known) => known === value) })}
          >
            {labelledOptions(BANDS, band)}
          </SingleSelect>
          <Field.Error />
        </Field.Root>
        <Field.Root name="ratingReason" required error={rating.band ? error : undefined}>
          <Field.Label>{t('detail.rating.reason', 'Reason')}</Field.Label>
          <Textarea
            value={rating.reason}
            onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setRating({ ...rating, reason: event.target.value })}
          />
          <Field.Error />
        </Field.Root>
        <Button type="submit" loading={saving} variant="secondary">
          {t('detail.rating.submit', 'Override band')}
        </Button>
        <RescoreButton submission={submission} />
      </Flex>
    </form>
  );
};

/** The automatic band, the consultant's if one rated it, and the form to override it. */
export const RatingSection = ({ submission, canRate }: Props) => {
  const { t, band, dateTime } = useLabels();
  const rating = submission.consultantRating;
  return (
    <Section title={t('detail.band', 'Band')}>
      <Fact label={t('detail.band.automatic', 'Automatic band')}>{band(submission.automaticBand.band)}</Fact>
      {rating ? (
        <Box background="primary100" padding={3} hasRadius>
          <Fact label={t('detail.band.consultant', 'Consultant band')}>{band(rating.band)}</Fact>
          <Typography tag="p" style={{ whiteSpace: 'pre-wrap' }}>
            {rating.reason}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {t('detail.band.by', '{name}, {at}', { name: rating.by, at: dateTime(rating.at) })}
          </Typography>
        </Box>
      ) : (
        <Typography textColor="neutral600">{t('detail.band.not-rated', 'No consultant has rated it yet.')}</Typography>
      )}
      {canRate && <OverrideForm submission={submission} />}
    </Section>
  );
};
