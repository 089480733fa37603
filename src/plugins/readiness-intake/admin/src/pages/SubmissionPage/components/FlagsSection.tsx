import { Box, Typography } from '@strapi/design-system';

import type { Flag } from '../../../../../shared/contracts';
import { useLabels } from '../../../labels';
import { Section } from './Section';

/** The answers that contradict each other, and the questions answered "not sure". */
export const FlagsSection = ({ flags }: { flags: Flag[] }) => {
  const { t } = useLabels();
  return (
    <Section title={t('detail.flags', 'Flags ({count})', { count: flags.length })}>
      {flags.length === 0 && <Typography textColor="neutral600">{t('detail.flags.none', 'No flags.')}</Typography>}
      {flags.map((flag, index) => (
        <Box
          key={index}
          background={flag.kind === 'contradiction' ? 'danger100' : 'warning100'}
          borderColor={flag.kind === 'contradiction' ? 'danger200' : 'warning200'}
          borderStyle="solid"
          borderWidth="1px"
          padding={4}
          hasRadius
        >
          <Typography fontWeight="bold" tag="p">
            {flag.kind === 'contradiction'
              ? t('detail.flags.contradiction', 'Contradiction')
              : t('detail.flags.dont-know', 'Not sure')}
          </Typography>
          <Typography tag="p">{flag.message}</Typography>
        </Box>
      ))}
    </Section>
  );
};
