import * as React from 'react';

import { Box, Flex, Typography } from '@strapi/design-system';

/** One titled card of the submission page, a region named by its title. */
export const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box tag="section" aria-label={title} background="neutral0" hasRadius shadow="filterShadow" padding={6}>
    <Typography tag="h2" variant="delta" paddingBottom={4} display="block">
      {title}
    </Typography>
    <Flex direction="column" alignItems="stretch" gap={3}>
      {children}
    </Flex>
  </Box>
);

/** A labelled value. */
export const Fact = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="flex-start" gap={1}>
    <Typography variant="sigma" textColor="neutral600">
      {label}
    </Typography>
    <Typography>{children}</Typography>
  </Flex>
);
