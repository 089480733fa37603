import * as React from 'react';

import { Button, Field, Flex, Grid, Link, TextInput, Typography } from '@strapi/design-system';
import { useNotification, useRBAC } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';

import { WEBHOOK_EVENTS as PLUGIN_WEBHOOK_EVENTS } from '../../../../../shared/constants';
import { useLabels } from '../../../labels';
import { useCreateIntakeWebhookMutation } from '../../../services/api';
import { useFailureNotice, validationErrorsOf } from '../../../services/errors';
import { SettingsSection } from './SettingsSection';

const WEBHOOK_EVENTS = [
  PLUGIN_WEBHOOK_EVENTS.READINESS_SUBMISSION_CREATED,
  PLUGIN_WEBHOOK_EVENTS.READINESS_SUBMISSION_STATUS_CHANGED,
];

const SubscribeForm = ({ onCreated }: { onCreated: (webhook: { id: string; url: string }) => void }) => {
  const { t } = useLabels();
  const { toggleNotification } = useNotification();
  const failed = useFailureNotice();
  const [createWebhook] = useCreateIntakeWebhookMutation();
  const [name, setName] = React.useState('CRM');
  const [url, setUrl] = React.useState('');
  const [errors, setErrors] = React.useState<Record<string, string>>({});

  const create = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await createWebhook({ name, url, headers: {}, events: WEBHOOK_EVENTS });
    if ('error' in result) {
      const issues = validationErrorsOf(result.error);
      if (issues.length > 0) setErrors(Object.fromEntries(issues.map(({ path, message }) => [path, message])));
      else failed(result.error);
      return;
    }
    toggleNotification({ type: 'success', message: t('settings.webhooks.created', 'Webhook created') });
    onCreated(result.data.data);
  };

  return (
    <form onSubmit={create} aria-label={t('settings.webhooks.form', 'Subscribe a URL')}>
      <Grid.Root gap={4}>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Field.Root name="webhookName" error={errors.name} required>
            <Field.Label>{t('settings.webhooks.name', 'Name')}</Field.Label>
            <TextInput value={name} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setName(event.target.value)} />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
          <Field.Root name="webhookUrl" error={errors.url} required>
            <Field.Label>{t('settings.webhooks.url', 'URL')}</Field.Label>
            <TextInput
              type="url"
              placeholder="https://crm.example.com/hooks/asyncline"
              value={url}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => setUrl(event.target.value)}
            />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
      </Grid.Root>
      <Flex justifyContent="flex-end" paddingTop={4}>
        <Button type="submit" variant="secondary" disabled={!url.trim()}>
          {t('settings.webhooks.submit', 'Subscribe')}
        </Button>
      </Flex>
    </form>
  );
};

/**
 * Strapi's Webhooks page lists only its own events, so the plugin's are subscribed here:
 * this creates an ordinary Strapi webhook (Settings → Webhooks keeps its URL, headers,
 * test button and on/off switch) that listens to the plugin's two events.
 */
export const WebhookSubscription = () => {
  const { t } = useLabels();
  const { allowedActions } = useRBAC([{ action: 'admin::webhooks.create', subject: null }]);
  const [created, setCreated] = React.useState<{ id: string; url: string } | null>(null);

  return (
    <SettingsSection
      title={t('settings.webhooks', 'Webhooks')}
      help={t(
        'settings.webhooks.help',
        'Send new submissions and status changes to a CRM: Strapi posts {created} and {changed} to the URL, as JSON.',
        { created: WEBHOOK_EVENTS[0], changed: WEBHOOK_EVENTS[1] }
      )}
    >
      {!allowedActions.canCreate ? (
        <Typography textColor="neutral600">
          {t('settings.webhooks.no-permission', 'Creating webhooks needs the Webhooks permission of Settings.')}
        </Typography>
      ) : created ? (
        <Typography>
          {t('settings.webhooks.done', 'Subscribed {url}. Change it, test it or turn it off under', { url: created.url })}{' '}
          <Link tag={NavLink} to={`/settings/webhooks/${created.id}`}>
            {t('settings.webhooks.link', 'Settings → Webhooks')}
          </Link>
        </Typography>
      ) : (
        <SubscribeForm onCreated={setCreated} />
      )}
    </SettingsSection>
  );
};
