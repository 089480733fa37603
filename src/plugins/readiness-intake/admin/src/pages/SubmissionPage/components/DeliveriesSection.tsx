import { Badge, Box, Flex, Typography } from '@strapi/design-system';

import type { Delivery } from '../../../../../shared/contracts';
import { useLabels } from '../../../labels';
import { Section } from './Section';

const DELIVERY_STATES = {
  pending: { label: 'Waiting', tone: 'warning' },
  sent: { label: 'Sent', tone: 'success' },
  failed: { label: 'Gave up', tone: 'danger' },
} as const;

const DELIVERY_KINDS: Record<Delivery['kind'], string> = {
  notification: 'Notification to a consultant',
  confirmation: 'Confirmation to the respondent',
  report: 'Readiness report to the respondent',
  assignment: 'Assignment email to the assignee',
};

const DeliveryItem = ({ delivery }: { delivery: Delivery }) => {
  const { t, dateTime } = useLabels();
  const state = DELIVERY_STATES[delivery.state];
  return (
    <Box tag="li" background="neutral100" padding={3} hasRadius>
      <Flex justifyContent="space-between" gap={2}>
        <Typography fontWeight="semiBold" style={{ overflowWrap: 'anywhere' }}>
          {delivery.recipient}
        </Typography>
        <Badge backgroundColor={`${state.tone}100`} textColor={`${state.tone}700`}>
          {t(`detail.deliveries.state.${delivery.state}`, state.label)}
        </Badge>
      </Flex>
      <Typography variant="pi" textColor="neutral600" tag="p">
        {t(`detail.deliveries.kind.${delivery.kind}`, DELIVERY_KINDS[delivery.kind])}
        {delivery.state === 'pending' && delivery.nextAttemptAt
          ? ` · ${t('detail.deliveries.next', 'next try {at}', { at: dateTime(delivery.nextAttemptAt) })}`
          : ''}
      </Typography>
      <Box tag="ul" paddingTop={1}>
        {delivery.log.map((attempt, index) => (
          <Typography tag="li" variant="pi" key={index} textColor={attempt.outcome === 'sent' ? 'neutral700' : 'danger600'}>
            {attempt.outcome === 'sent'
              ? t('detail.deliveries.sent-at', 'Sent {at}', { at: dateTime(attempt.at) })
              : t('detail.deliveries.failed-at', 'Failed {at}: {error}', {
                  at: dateTime(attempt.at),
                  error: attempt.error ?? '',
                })}
          </Typography>
        ))}
      </Box>
    </Box>
  );
};

type ReportState = { reportRequested: boolean; reportQueued: boolean; spam: boolean };

/** Why a report the respondent asked for is not among the emails: spam, or the address's daily limit. */
const ReportNotQueued = ({ report }: { report: ReportState }) => {
  const { t } = useLabels();
  if (!report.reportRequested || report.reportQueued) return null;
  return (
    <Typography textColor="neutral600" tag="p">
      {report.spam
        ? t('detail.deliveries.report-spam', 'The respondent asked for the readiness report; none was queued, as this is spam.')
        : t(
            'detail.deliveries.report-limited',
            'The respondent asked for the readiness report; none was queued, as this address had reached its daily limit.'
          )}
    </Typography>
  );
};

/** The emails the submission queued: to the consultants, and the respondent's confirmation and report. */
export const DeliveriesSection = ({ deliveries, report }: { deliveries: Delivery[]; report: ReportState }) => {
  const { t } = useLabels();
  return (
    <Section title={t('detail.deliveries', 'Emails')}>
      <ReportNotQueued report={report} />
      {deliveries.length === 0 && (
        <Typography textColor="neutral600">{t('detail.deliveries.none', 'No email was queued for this submission.')}</Typography>
      )}
      <Flex tag="ol" direction="column" alignItems="stretch" gap={3} aria-label={t('detail.deliveries', 'Emails')}>
        {deliveries.map((delivery) => (
          <DeliveryItem key={delivery.id} delivery={delivery} />
        ))}
      </Flex>
    </Section>
  );
};
