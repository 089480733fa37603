import * as React from 'react';

import { Box, Flex, Typography } from '@strapi/design-system';

type Props = {
  title: string;
  help: string;
  /** Beside the title, at the end of the line. */
  action?: React.ReactNode;
  children: React.ReactNode;
};

/** One card of the settings page, a region named by its title. */
export const SettingsSection = ({ title, help, action, children }: Props) => (
  <Box background="neutral0" hasRadius shadow="filterShadow" padding={6} tag="section" aria-label={title}>
    <Flex justifyContent="space-between" paddingBottom={4}>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography tag="h2" variant="delta">
          {title}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {help}
        </Typography>
      </Flex>
      {action}
    </Flex>
    {children}
  </Box>
);
