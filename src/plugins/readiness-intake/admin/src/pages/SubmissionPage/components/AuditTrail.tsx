import { Box, Flex, Typography } from '@strapi/design-system';

import type { AuditEntry } from '../../../../../shared/contracts';
import type { Band, Status } from '../../../../../shared/intake';
import { useLabels } from '../../../labels';
import { Section } from './Section';

type Labels = ReturnType<typeof useLabels>;

// One line of the audit history, in words: values go into the message as text, never markup.
const describeAudit = (entry: AuditEntry, { t, band, status }: Labels): string => {
  const from = entry.from ?? {};
  const to = entry.to ?? {};
  const actor = entry.actorName;
  switch (entry.action) {
    case 'status':
      return t('audit.status', '{actor} changed the status from {from} to {to}', {
        actor,
        from: status(from.status as Status),
        to: status(to.status as Status),
      });
    case 'assignee':
      return entry.to
        ? t('audit.assignee', '{actor} assigned it to {to}', { actor, to: String(to.name) })
        : t('audit.unassigned', '{actor} unassigned {from}', { actor, from: String(from.name ?? '') });
    case 'rating':
      return t('audit.rating', '{actor} rated it “{band}” (automatic: “{automatic}”): {reason}', {
        actor,
        band: band(to.band as Band),
        automatic: band(to.automaticBand as Band),
        reason: String(to.reason),
      });
    case 'note':
      return t('audit.note', '{actor} added a note', { actor });
    case 'rescore':
      return t('audit.rescore', '{actor} re-scored it under version {version}: {fromScore} “{fromBand}” → {toScore} “{toBand}”', {
        actor,
        version: Number(to.version),
        fromScore: Number(from.score),
        fromBand: band(from.band as Band),
        toScore: Number(to.score),
        toBand: band(to.band as Band),
      });
    default:
      return t('audit.other', '{actor}: {action}', { actor, action: entry.action });
  }
};

/** What consultants did to the submission, oldest first. */
export const AuditTrail = ({ entries }: { entries: AuditEntry[] }) => {
  const labels = useLabels();
  const { t, dateTime } = labels;
  return (
    <Section title={t('detail.history', 'History')}>
      {entries.length === 0 && (
        <Typography textColor="neutral600">{t('detail.history.none', 'Nothing has changed since it arrived.')}</Typography>
      )}
      <Flex tag="ol" direction="column" alignItems="stretch" gap={2} aria-label={t('detail.history', 'History')}>
        {entries.map((entry) => (
          <Box tag="li" key={entry.id}>
            <Typography tag="p">{describeAudit(entry, labels)}</Typography>
            <Typography variant="pi" textColor="neutral600">
              {dateTime(entry.at)}
            </Typography>
          </Box>
        ))}
      </Flex>
    </Section>
  );
};
