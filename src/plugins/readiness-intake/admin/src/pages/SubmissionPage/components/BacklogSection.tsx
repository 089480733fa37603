import { Typography } from '@strapi/design-system';

import { useLabels } from '../../../labels';
import { Section } from './Section';

/** The client's backlog in their own words, as text: never rendered as markup. */
export const BacklogSection = ({ backlog }: { backlog: string | null }) => {
  const { t } = useLabels();
  return (
    <Section title={t('detail.backlog', 'Backlog')}>
      <Typography tag="p" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="backlog">
        {backlog || t('detail.backlog.empty', 'No backlog given.')}
      </Typography>
    </Section>
  );
};
