import * as React from 'react';

import {
  Badge,
  Box,
  Button,
  Checkbox,
  Field,
  Flex,
  Table,
  Tbody,
  Td,
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
  VisuallyHidden,
} from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';

import { WEBHOOK_EVENTS, type WebhookEvent } from '../../../../../shared/constants';
import type { WebhookDelivery, WebhookSubscription as Subscription } from '../../../../../shared/contracts';
import { useLabels } from '../../../labels';
import {
  useCreateIntakeWebhookMutation,
  useDeleteIntakeWebhookMutation,
  useGetIntakeWebhookDeliveriesQuery,
  useGetIntakeWebhooksQuery,
  useRedeliverIntakeWebhookMutation,
  useTestIntakeWebhookMutation,
  useUpdateIntakeWebhookMutation,
} from '../../../services/api';
import { useChangeNotice, useFailureNotice, validationErrorsOf } from '../../../services/errors';
import { SettingsSection } from './SettingsSection';

const STATE_TONES = { pending: 'warning', sent: 'success', failed: 'danger' } as const;

const SubscribeForm = ({ onCreated }: { onCreated: (created: { url: string; secret: string }) => void }) => {
  const { t } = useLabels();
  const failed = useFailureNotice();
  const [createWebhook, { isLoading }] = useCreateIntakeWebhookMutation();
  const [url, setUrl] = React.useState('');
  const [events, setEvents] = React.useState<WebhookEvent[]>([...WEBHOOK_EVENTS]);
  const [errors, setErrors] = React.useState<Record<string, string>>({});

  const create = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await createWebhook({ url: url.trim(), events, enabled: true });
    if ('error' in result) {
      const issues = validationErrorsOf(result.error);
      if (issues.length > 0) setErrors(Object.fromEntries(issues.map(({ path, message }) => [path.split('.')[0], message])));
      else failed(result.error);
      return;
    }
    setErrors({});
    setUrl('');
    onCreated(result.data.data);
  };

  return (
    <form onSubmit={create} aria-label={t('settings.webhooks.form', 'Subscribe a URL')} noValidate>
      <Flex direction="column" alignItems="stretch" gap={4}>
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
        <Box tag="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
          <Typography tag="legend" variant="pi" fontWeight="bold">
            {t('settings.webhooks.events', 'Events')}
          </Typography>
          <Flex gap={4} wrap="wrap" paddingTop={2}>
            {WEBHOOK_EVENTS.map((name) => (
              <Checkbox
                key={name}
                name={`event-${name}`}
                checked={events.includes(name)}
                onCheckedChange={(checked: boolean | 'indeterminate') =>
                  setEvents((current) =>
                    checked === true ? [...current, name] : current.filter((existing) => existing !== name)
                  )
                }
              >
                {name}
              </Checkbox>
            ))}
          </Flex>
          {errors.events && (
            <Typography variant="pi" textColor="danger600" role="alert">
              {errors.events}
            </Typography>
          )}
        </Box>
        <Flex justifyContent="flex-end">
          <Button type="submit" variant="secondary" loading={isLoading} disabled={!url.trim() || events.length === 0}>
            {t('settings.webhooks.submit', 'Subscribe')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
};

/** The secret of a subscription just made: shown this once, never sent again. */
const SecretOnce = ({ created, onDismiss }: { created: { url: string; secret: string }; onDismiss: () => void }) => {
  const { t } = useLabels();
  return (
    <Box background="success100" padding={4} hasRadius role="status">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography fontWeight="semiBold">
          {t('settings.webhooks.secret.title', 'Subscribed {url}. Copy its signing secret now: it is not shown again.', {
            url: created.url,
          })}
        </Typography>
        <Field.Root
          name="webhookSecret"
          hint={t('settings.webhooks.secret.hint', 'Receivers check X-Readiness-Signature with it.')}
        >
          <Field.Label>{t('settings.webhooks.secret', 'Signing secret')}</Field.Label>
          <TextInput
            readOnly
            value={created.secret}
            onFocus={(event: React.FocusEvent<HTMLInputElement>) => event.target.select()}
          />
          <Field.Hint />
        </Field.Root>
        <Flex justifyContent="flex-end">
          <Button variant="tertiary" onClick={onDismiss}>
            {t('settings.webhooks.secret.dismiss', 'I have copied it')}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
};

const DeliveryRow = ({ subscriptionId, delivery }: { subscriptionId: number; delivery: WebhookDelivery }) => {
  const { t, dateTime } = useLabels();
  const notice = useChangeNotice();
  const [redeliver, { isLoading }] = useRedeliverIntakeWebhookMutation();
  const tone = STATE_TONES[delivery.state];
  const stateLabel = {
    pending: t('settings.webhooks.state.pending', 'Waiting'),
    sent: t('settings.webhooks.state.sent', 'Delivered'),
    failed: t('settings.webhooks.state.failed', 'Gave up'),
  }[delivery.state];
  const last = delivery.log[delivery.log.length - 1];
  return (
    <Tr>
      <Td>
        <Typography>{delivery.event}</Typography>
      </Td>
      <Td>
        <Typography variant="pi" textColor="neutral600">
          {delivery.submissionReference || '—'}
        </Typography>
      </Td>
      <Td>
        <Badge backgroundColor={`${tone}100`} textColor={`${tone}700`}>
          {stateLabel}
        </Badge>
      </Td>
      <Td>
        <Typography variant="pi">
          {t('settings.webhooks.attempts', '{count} tries', { count: delivery.attempts })}
          {last
            ? ` · ${dateTime(last.at)} · ${
                last.responseStatus !== null
                  ? t('settings.webhooks.status', 'HTTP {status}', { status: last.responseStatus })
                  : (last.error ?? '')
              }`
            : ''}
        </Typography>
      </Td>
      <Td>
        <Typography variant="pi" textColor="neutral600" style={{ fontFamily: 'monospace' }}>
          {delivery.deliveryId}
        </Typography>
      </Td>
      <Td>
        <Button
          variant="tertiary"
          size="S"
          loading={isLoading}
          onClick={async () =>
            notice(await redeliver({ id: subscriptionId, deliveryId: delivery.id }), ({ data }) =>
              data.state === 'sent'
                ? t('settings.webhooks.redelivered', 'Delivered again')
                : t('settings.webhooks.redeliver-failed', 'Posted again; it failed and will be retried')
            )
          }
        >
          {t('settings.webhooks.redeliver', 'Redeliver')}
        </Button>
      </Td>
    </Tr>
  );
};

/** A subscription's deliveries, newest first: what the receiver answered to each try. */
const DeliveryLog = ({ subscription }: { subscription: Subscription }) => {
  const { t } = useLabels();
  const deliveries = useGetIntakeWebhookDeliveriesQuery({ id: subscription.id }, { refetchOnMountOrArgChange: true });
  const title = t('settings.webhooks.log', 'Deliveries to {url}', { url: subscription.url });
  if (deliveries.isLoading) return <Page.Loading />;
  if (deliveries.isError) return <Page.Error />;
  const rows = deliveries.data?.data ?? [];
  return (
    <Box tag="section" aria-label={title} paddingTop={4}>
      <Typography tag="h3" variant="omega" fontWeight="bold">
        {title}
      </Typography>
      {rows.length === 0 ? (
        <Typography tag="p" textColor="neutral600" paddingTop={2}>
          {t('settings.webhooks.log.empty', 'Nothing was sent to this URL yet.')}
        </Typography>
      ) : (
        <Box paddingTop={2}>
          <Table colCount={6} rowCount={rows.length + 1}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">{t('settings.webhooks.log.event', 'Event')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('settings.webhooks.log.reference', 'Submission')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('settings.webhooks.log.state', 'State')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('settings.webhooks.log.last', 'Last try')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('settings.webhooks.log.delivery', 'X-Readiness-Delivery')}</Typography>
                </Th>
                <Th>
                  <VisuallyHidden>{t('settings.webhooks.log.actions', 'Actions')}</VisuallyHidden>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {rows.map((delivery) => (
                <DeliveryRow key={delivery.id} subscriptionId={subscription.id} delivery={delivery} />
              ))}
            </Tbody>
          </Table>
        </Box>
      )}
    </Box>
  );
};

const SubscriptionItem = ({
  subscription,
  open,
  onToggleLog,
}: {
  subscription: Subscription;
  open: boolean;
  onToggleLog: () => void;
}) => {
  const { t } = useLabels();
  const notice = useChangeNotice();
  const [update, updating] = useUpdateIntakeWebhookMutation();
  const [remove, removing] = useDeleteIntakeWebhookMutation();
  const [test, testing] = useTestIntakeWebhookMutation();
  return (
    <Box tag="li" background="neutral100" padding={4} hasRadius aria-label={subscription.url}>
      <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap">
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography fontWeight="semiBold" style={{ overflowWrap: 'anywhere' }}>
            {subscription.url}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {subscription.events.join(', ')}
          </Typography>
          {subscription.migratedFrom !== null && (
            <Typography variant="pi" textColor="neutral600">
              {t('settings.webhooks.migrated', 'Moved from Settings → Webhooks ({name})', { name: subscription.migratedFrom })}
            </Typography>
          )}
        </Flex>
        <Flex gap={2} wrap="wrap">
          <Badge
            backgroundColor={subscription.enabled ? 'success100' : 'neutral150'}
            textColor={subscription.enabled ? 'success700' : 'neutral700'}
          >
            {subscription.enabled ? t('settings.webhooks.enabled', 'Enabled') : t('settings.webhooks.disabled', 'Disabled')}
          </Badge>
          <Button
            variant="tertiary"
            size="S"
            loading={testing.isLoading}
            onClick={async () => {
              const answer = notice(await test({ id: subscription.id }), ({ data }) =>
                data.state === 'sent'
                  ? t('settings.webhooks.tested', 'Test event delivered')
                  : t('settings.webhooks.test-failed', 'Test event failed: {error}', { error: data.lastError ?? '' })
              );
              if (answer && !open) onToggleLog();
            }}
          >
            {t('settings.webhooks.test', 'Send test')}
          </Button>
          <Button variant="tertiary" size="S" onClick={onToggleLog} aria-expanded={open}>
            {open ? t('settings.webhooks.log.hide', 'Hide deliveries') : t('settings.webhooks.log.show', 'Deliveries')}
          </Button>
          <Button
            variant="tertiary"
            size="S"
            loading={updating.isLoading}
            onClick={async () =>
              notice(await update({ params: { id: subscription.id }, body: { enabled: !subscription.enabled } }), ({ data }) =>
                data.enabled
                  ? t('settings.webhooks.turned-on', 'Webhook enabled')
                  : t('settings.webhooks.turned-off', 'Webhook disabled')
              )
            }
          >
            {subscription.enabled ? t('settings.webhooks.disable', 'Disable') : t('settings.webhooks.enable', 'Enable')}
          </Button>
          <Button
            variant="danger-light"
            size="S"
            loading={removing.isLoading}
            onClick={async () =>
              notice(await remove({ id: subscription.id }), () => t('settings.webhooks.deleted', 'Webhook deleted'))
            }
          >
            {t('settings.webhooks.delete', 'Delete')}
          </Button>
        </Flex>
      </Flex>
      {open && <DeliveryLog subscription={subscription} />}
    </Box>
  );
};

/**
 * The plugin's own webhook subscriptions: each event is posted through the outbox, signed
 * with the subscription's secret, retried until the receiver answers 2xx, and logged here.
 */
export const WebhookSubscription = () => {
  const { t } = useLabels();
  const subscriptions = useGetIntakeWebhooksQuery();
  const [created, setCreated] = React.useState<{ url: string; secret: string } | null>(null);
  const [openLog, setOpenLog] = React.useState<number | null>(null);
  const rows = subscriptions.data?.data ?? [];

  return (
    <SettingsSection
      title={t('settings.webhooks', 'Webhooks')}
      help={t(
        'settings.webhooks.help',
        'Each event is posted as JSON to every URL subscribed to it, signed in X-Readiness-Signature with the URL’s secret, and retried until the receiver answers 2xx.'
      )}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        {subscriptions.isLoading && <Page.Loading />}
        {subscriptions.isError && <Page.Error />}
        {subscriptions.isSuccess && rows.length === 0 && (
          <Typography textColor="neutral600">{t('settings.webhooks.empty', 'No URL is subscribed yet.')}</Typography>
        )}
        {rows.length > 0 && (
          <Flex
            tag="ul"
            direction="column"
            alignItems="stretch"
            gap={3}
            aria-label={t('settings.webhooks.list', 'Subscribed URLs')}
          >
            {rows.map((subscription) => (
              <SubscriptionItem
                key={subscription.id}
                subscription={subscription}
                open={openLog === subscription.id}
                onToggleLog={() => setOpenLog((current) => (current === subscription.id ? null : subscription.id))}
              />
            ))}
          </Flex>
        )}
        {created && <SecretOnce created={created} onDismiss={() => setCreated(null)} />}
        <SubscribeForm onCreated={setCreated} />
      </Flex>
    </SettingsSection>
  );
};
