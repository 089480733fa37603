import { Grid, Typography } from '@strapi/design-system';

import type { SubmissionDetail } from '../../../../../shared/contracts';
import { useLabels } from '../../../labels';
import { Fact, Section } from './Section';

/** Who sent the form, and when they consented. */
export const ContactSection = ({ submission }: { submission: SubmissionDetail }) => {
  const { t, dateTime, language } = useLabels();
  const facts = [
    { label: t('detail.contact.name', 'Name'), value: submission.contactName },
    { label: t('detail.contact.email', 'Email'), value: submission.contactEmail },
    { label: t('detail.contact.company', 'Company'), value: submission.company },
    { label: t('detail.contact.role', 'Role'), value: submission.role ?? '—' },
    { label: t('detail.contact.team-size', 'Team size'), value: submission.teamSize ?? '—' },
    { label: t('detail.contact.timezone', 'Time zone'), value: submission.timezone ?? '—' },
    { label: t('detail.contact.language', 'Answered in'), value: submission.locale ? language(submission.locale) : '—' },
  ];
  return (
    <Section title={t('detail.contact', 'Contact')}>
      <Grid.Root gap={4}>
        {facts.map((fact) => (
          <Grid.Item key={fact.label} col={6} s={12}>
            <Fact label={fact.label}>{fact.value}</Fact>
          </Grid.Item>
        ))}
        <Grid.Item col={12}>
          <Typography variant="pi" textColor="neutral600">
            {t('detail.contact.consent', 'Consent given {at}', { at: dateTime(submission.consentGivenAt) })}
          </Typography>
        </Grid.Item>
      </Grid.Root>
    </Section>
  );
};
