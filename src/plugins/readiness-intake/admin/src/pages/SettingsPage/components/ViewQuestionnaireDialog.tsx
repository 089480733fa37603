import * as React from 'react';

import { Box, Button, Flex, Modal, Typography } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';

import { useLabels } from '../../../labels';
import { useGetIntakeQuestionnaireQuery } from '../../../services/api';

const QuestionnaireDocument = ({ version }: { version: number }) => {
  const { t } = useLabels();
  const document = useGetIntakeQuestionnaireQuery({ version });
  if (document.isLoading) return <Page.Loading />;
  if (document.isError || !document.data) return <Page.Error />;
  const { data } = document.data;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography>
        {t('settings.versions.summary', '“{title}”: {questions} questions in {dimensions} dimensions', {
          title: data.title,
          questions: data.dimensions.reduce((sum, dimension) => sum + dimension.questions.length, 0),
          dimensions: data.dimensions.length,
        })}
      </Typography>
      <Box
        tag="pre"
        background="neutral100"
        padding={4}
        hasRadius
        style={{ maxHeight: '60vh', overflow: 'auto', fontSize: '1.2rem' }}
      >
        {JSON.stringify(data, null, 2)}
      </Box>
    </Flex>
  );
};

/** A stored version's document, read-only. */
export const ViewQuestionnaireDialog = ({ version }: { version: number }) => {
  const { t } = useLabels();
  const [open, setOpen] = React.useState(false);
  return (
    <Modal.Root open={open} onOpenChange={setOpen}>
      <Modal.Trigger>
        <Button variant="tertiary" size="S">
          {t('settings.versions.view', 'View')}
        </Button>
      </Modal.Trigger>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('settings.versions.view-title', 'Questionnaire version {version}', { version })}</Modal.Title>
        </Modal.Header>
        <Modal.Body>{open && <QuestionnaireDocument version={version} />}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
};
