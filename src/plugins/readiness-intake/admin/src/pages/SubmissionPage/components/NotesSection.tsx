import * as React from 'react';

import { Box, Button, Field, Flex, Textarea, Typography } from '@strapi/design-system';

import type { SubmissionDetail } from '../../../../../shared/contracts';
import { useLabels } from '../../../labels';
import { useAddIntakeNoteMutation } from '../../../services/api';
import { useChangeNotice } from '../../../services/errors';
import { Section } from './Section';

type Props = { submission: SubmissionDetail; canTriage: boolean };

/** The consultants' notes, oldest first, and a form for another. */
export const NotesSection = ({ submission, canTriage }: Props) => {
  const { t, dateTime } = useLabels();
  const [addNote, { isLoading: saving }] = useAddIntakeNoteMutation();
  const notice = useChangeNotice();
  const [note, setNote] = React.useState('');

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!note.trim()) return;
    const result = await addNote({ params: { id: submission.id }, body: { body: note } });
    if (notice(result, () => t('detail.notes.saved', 'Note added'))) setNote('');
  };

  return (
    <Section title={t('detail.notes', 'Notes')}>
      {submission.notes.length === 0 && <Typography textColor="neutral600">{t('detail.notes.none', 'No notes yet.')}</Typography>}
      <Flex tag="ol" direction="column" alignItems="stretch" gap={3}>
        {submission.notes.map((entry) => (
          <Box tag="li" key={entry.id} background="neutral100" padding={3} hasRadius>
            <Typography tag="p" style={{ whiteSpace: 'pre-wrap' }}>
              {entry.body}
            </Typography>
            <Typography variant="pi" textColor="neutral600">
              {entry.authorName}, {dateTime(entry.createdAt)}
            </Typography>
          </Box>
        ))}
      </Flex>
      {canTriage && (
        <form onSubmit={submit} aria-label={t('detail.notes.form', 'Add a note')}>
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Field.Root name="note">
              <Field.Label>{t('detail.notes.new', 'New note')}</Field.Label>
              <Textarea value={note} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setNote(event.target.value)} />
            </Field.Root>
            <Button type="submit" variant="secondary" loading={saving} disabled={!note.trim()}>
              {t('detail.notes.submit', 'Add note')}
            </Button>
          </Flex>
        </form>
      )}
    </Section>
  );
};
