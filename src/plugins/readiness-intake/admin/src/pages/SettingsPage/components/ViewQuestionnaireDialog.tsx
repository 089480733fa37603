import * as React from 'react';

import { Box, Button, Flex, Modal, Tabs, Typography } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';

import { FALLBACK_LOCALE } from '../../../../../shared/locales';
import { useLabels } from '../../../labels';
import { useGetIntakeQuestionnaireQuery } from '../../../services/api';

const QuestionnaireDocument = ({ version }: { version: number }) => {
  const { t, language } = useLabels();
  const document = useGetIntakeQuestionnaireQuery({ version });
  const [picked, setPicked] = React.useState<string | null>(null);
  if (document.isLoading) return <Page.Loading />;
  if (document.isError || !document.data) return <Page.Error />;
  const { translations, ...own } = document.data.data;
  // Every locale the version has text in, its own first; each shows exactly what is stored for it.
  const locales = [own.defaultLocale ?? FALLBACK_LOCALE, ...Object.keys(translations ?? {})];
  const locale = picked && locales.includes(picked) ? picked : locales[0];
  const text = locale === locales[0] ? own : translations![locale];
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {locales.length > 1 && (
        <Tabs.Root value={locale} onValueChange={setPicked} variant="simple">
          <Tabs.List aria-label={t('settings.versions.languages', 'Languages')}>
            {locales.map((code) => (
              <Tabs.Trigger key={code} value={code}>
                {`${language(code)} (${code})`}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs.Root>
      )}
      <Typography>
        {t('settings.versions.summary', '“{title}”: {questions} questions in {dimensions} dimensions', {
          title: text.title,
          questions: own.dimensions.reduce((sum, dimension) => sum + dimension.questions.length, 0),
          dimensions: own.dimensions.length,
        })}
      </Typography>
      <Box
        tag="pre"
        background="neutral100"
        padding={4}
        hasRadius
        lang={locale}
        style={{ maxHeight: '60vh', overflow: 'auto', fontSize: '1.2rem' }}
      >
        {JSON.stringify(text, null, 2)}
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
