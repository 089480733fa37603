import * as React from 'react';

import { Box, Button, Field, Flex, Modal, Textarea, Typography } from '@strapi/design-system';
import { Upload } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';

import { useLabels } from '../../../labels';
import { useCreateIntakeQuestionnaireMutation } from '../../../services/api';
import { useFailureNotice, validationErrorsOf } from '../../../services/errors';

type Problem = { path: string; message: string };

const ProblemList = ({ problems }: { problems: Problem[] }) => {
  const { t } = useLabels();
  return (
    <Box background="danger100" borderColor="danger200" borderStyle="solid" borderWidth="1px" padding={4} hasRadius role="alert">
      <Typography fontWeight="bold" tag="p" textColor="danger700">
        {t('settings.import.problems', '{count, plural, one {# problem} other {# problems}}: nothing was imported', {
          count: problems.length,
        })}
      </Typography>
      <Box tag="ul" paddingTop={2}>
        {problems.map((problem, index) => (
          <Typography tag="li" key={index} textColor="danger700">
            <code>{problem.path || t('settings.import.document', '(document)')}</code>: {problem.message}
          </Typography>
        ))}
      </Box>
    </Box>
  );
};

/** Paste or upload a questionnaire version as JSON; a refusal lists each problem by its path. */
export const ImportQuestionnaireDialog = () => {
  const { t } = useLabels();
  const { toggleNotification } = useNotification();
  const failed = useFailureNotice();
  const [createQuestionnaire, { isLoading: saving }] = useCreateIntakeQuestionnaireMutation();
  const [open, setOpen] = React.useState(false);
  const [text, setText] = React.useState('');
  const [problems, setProblems] = React.useState<Problem[]>([]);

  const readFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setText(await file.text());
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (error) {
      const message = t('settings.import.not-json', 'This is not JSON: {error}', { error: String((error as Error).message) });
      setProblems([{ path: '', message }]);
      return;
    }
    const result = await createQuestionnaire({ document });
    if ('error' in result) {
      // A refusal is listed in the dialog, by path inside the document; anything else is a notification.
      const issues = validationErrorsOf(result.error);
      if (issues.length > 0) setProblems(issues.map((issue) => ({ ...issue, path: issue.path.replace(/^document\.?/, '') })));
      else failed(result.error);
      return;
    }
    toggleNotification({
      type: 'success',
      message: t('settings.import.done', 'Version {version} imported. Activate it when you are ready.', {
        version: result.data.data.version,
      }),
    });
    setOpen(false);
    setText('');
    setProblems([]);
  };

  return (
    <Modal.Root open={open} onOpenChange={setOpen}>
      <Modal.Trigger>
        <Button startIcon={<Upload />} variant="secondary">
          {t('settings.import', 'Import a version')}
        </Button>
      </Modal.Trigger>
      <Modal.Content>
        <form onSubmit={submit}>
          <Modal.Header>
            <Modal.Title>{t('settings.import.title', 'Import a questionnaire version')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Field.Root name="questionnaireFile">
                <Field.Label>{t('settings.import.file', 'JSON file')}</Field.Label>
                <input type="file" accept="application/json,.json" onChange={readFile} />
              </Field.Root>
              <Field.Root
                name="questionnaireJson"
                hint={t(
                  'settings.import.hint',
                  'The whole document: version, dimensions with their questions, contact fields and scoring rules.'
                )}
              >
                <Field.Label>{t('settings.import.json', 'Questionnaire JSON')}</Field.Label>
                <Textarea
                  value={text}
                  onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)}
                  style={{ fontFamily: 'monospace', minHeight: '24rem' }}
                />
                <Field.Hint />
              </Field.Root>
              {problems.length > 0 && <ProblemList problems={problems} />}
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('settings.cancel', 'Cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={saving} disabled={!text.trim()}>
              {t('settings.import.submit', 'Import')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
