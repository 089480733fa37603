import * as React from 'react';

import { Box, Button, Field, Flex, Grid, NumberInput, Textarea, Typography } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';

import type { Settings } from '../../../../../shared/contracts';
import { useLabels } from '../../../labels';
import { useUpdateIntakeSettingsMutation } from '../../../services/api';
import { useFailureNotice, validationErrorsOf } from '../../../services/errors';
import { ToggleField } from './ToggleField';

// One address a line, or several separated by commas; blank lines are no address.
const recipientsOf = (text: string) =>
  text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter(Boolean);

/** Who is notified, what respondents see and get, and how long submissions are kept. */
export const SettingsForm = ({ initial }: { initial: Settings }) => {
  const { t } = useLabels();
  const { toggleNotification } = useNotification();
  const failed = useFailureNotice();
  const [updateSettings, { isLoading: saving }] = useUpdateIntakeSettingsMutation();
  const [recipients, setRecipients] = React.useState(initial.notifyRecipients.join('\n'));
  const [showResult, setShowResult] = React.useState(initial.showResult);
  const [retentionDays, setRetentionDays] = React.useState<number | undefined>(initial.retentionDays);
  const [triageSlaHours, setTriageSlaHours] = React.useState<number | undefined>(initial.triageSlaHours);
  const [sendConfirmation, setSendConfirmation] = React.useState(initial.sendConfirmation);
  const [webhookFreeText, setWebhookFreeText] = React.useState(initial.webhookFreeText);
  const [errors, setErrors] = React.useState<Record<string, string>>({});

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    // An empty field is no number of days: said here, since leaving it out would keep the old value unseen.
    if (retentionDays === undefined) {
      setErrors({ retentionDays: t('settings.retention.required', 'Enter a number of days, 1 to 3650') });
      return;
    }
    if (triageSlaHours === undefined) {
      setErrors({ triageSlaHours: t('settings.triage-sla.required', 'Enter a number of hours, 1 to 8760') });
      return;
    }
    const notifyRecipients = recipientsOf(recipients);
    const result = await updateSettings({
      notifyRecipients,
      showResult,
      retentionDays,
      triageSlaHours,
      sendConfirmation,
      webhookFreeText,
    });
    if ('error' in result) {
      const issues = validationErrorsOf(result.error);
      // "notifyRecipients.2" names the third address: say which one, under the field.
      setErrors(
        Object.fromEntries(
          issues.map(({ path, message }) => {
            const [field, index] = path.split('.');
            return [field, index === undefined ? message : `${notifyRecipients[Number(index)]}: ${message}`];
          })
        )
      );
      if (issues.length === 0) failed(result.error);
      return;
    }
    setErrors({});
    toggleNotification({ type: 'success', message: t('settings.saved', 'Settings saved') });
  };

  return (
    <Box
      tag="form"
      onSubmit={save}
      background="neutral0"
      hasRadius
      shadow="filterShadow"
      padding={6}
      aria-label={t('settings.form', 'Settings')}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography tag="h2" variant="delta">
          {t('settings.form', 'Settings')}
        </Typography>
        <Grid.Root gap={4}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root
              name="notifyRecipients"
              error={errors.notifyRecipients}
              hint={t(
                'settings.recipients.hint',
                'One address a line. They are notified of every new submission, beside INTAKE_NOTIFY_TO.'
              )}
            >
              <Field.Label>{t('settings.recipients', 'Notification recipients')}</Field.Label>
              <Textarea
                value={recipients}
                onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setRecipients(event.target.value)}
              />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch" gap={4}>
            <ToggleField
              name="showResult"
              label={t('settings.show-result', 'Show respondents their result')}
              hint={t(
                'settings.show-result.hint',
                'Whether respondents see their band, scores and recommendations after sending the form.'
              )}
              error={errors.showResult}
              checked={showResult}
              onChange={setShowResult}
            />
            <ToggleField
              name="sendConfirmation"
              label={t('settings.confirmation', 'Send respondents a confirmation')}
              hint={t(
                'settings.confirmation.hint',
                'Respondents get an email saying their answers arrived, with their reference.'
              )}
              error={errors.sendConfirmation}
              checked={sendConfirmation}
              onChange={setSendConfirmation}
            />
            <ToggleField
              name="webhookFreeText"
              label={t('settings.webhook-free-text', 'Send contact details and backlog to webhooks')}
              hint={t(
                'settings.webhook-free-text.hint',
                'Webhook payloads always carry scores and band; with this on they also carry the contact and the backlog.'
              )}
              error={errors.webhookFreeText}
              checked={webhookFreeText}
              onChange={setWebhookFreeText}
            />
            <Field.Root
              name="retentionDays"
              required
              error={errors.retentionDays}
              hint={t('settings.retention.hint', 'Submissions older than this are purged, 1 to 3650 days.')}
            >
              <Field.Label>{t('settings.retention', 'Retention (days)')}</Field.Label>
              <NumberInput value={retentionDays} onValueChange={setRetentionDays} />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
            <Field.Root
              name="triageSlaHours"
              required
              error={errors.triageSlaHours}
              hint={t(
                'settings.triage-sla.hint',
                'A submission still new this long after it arrived is overdue: counted on the home page, filtered in the inbox, and listed once in a reminder email to the notification recipients.'
              )}
            >
              <Field.Label>{t('settings.triage-sla.label', 'Triage SLA (hours)')}</Field.Label>
              <NumberInput value={triageSlaHours} onValueChange={setTriageSlaHours} />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Grid.Item>
        </Grid.Root>
        <Flex justifyContent="flex-end">
          <Button type="submit" startIcon={<Check />} loading={saving}>
            {t('settings.save', 'Save')}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
};
