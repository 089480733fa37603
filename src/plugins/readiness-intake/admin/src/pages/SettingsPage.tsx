import * as React from 'react';

import {
  Badge,
  Box,
  Button,
  Dialog,
  Field,
  Flex,
  Grid,
  Modal,
  NumberInput,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Toggle,
  Tr,
  Typography,
  Textarea,
  TextInput,
  Link,
} from '@strapi/design-system';
import { Check, Upload } from '@strapi/icons';
import { ConfirmDialog, Layouts, Page, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';

import { WEBHOOK_EVENTS as PLUGIN_WEBHOOK_EVENTS } from '../../../shared/constants';
import type { CreateQuestionnaire, GetQuestionnaire, GetQuestionnaires, GetSettings, Settings } from '../../../shared/contracts';
import { useAdminGet, validationErrorsOf, useFailureNotice } from '../api';
import { useLabels } from '../labels';
import { PERMISSIONS } from '../permissions';
import { PLUGIN_ID } from '../pluginId';

type FieldErrors = Record<string, string>;

/** An on/off setting with its label, hint and error. */
const ToggleField = ({
  name,
  label,
  hint,
  error,
  checked,
  onChange,
}: {
  name: string;
  label: string;
  hint: string;
  error?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) => {
  const { t } = useLabels();
  return (
    <Field.Root name={name} error={error} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <Toggle
        checked={checked}
        onLabel={t('settings.on', 'On')}
        offLabel={t('settings.off', 'Off')}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.checked)}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};

const SettingsForm = ({ initial }: { initial: Settings }) => {
  const { t } = useLabels();
  const { put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const failed = useFailureNotice();
  const [recipients, setRecipients] = React.useState(initial.notifyRecipients.join('\n'));
  const [showResult, setShowResult] = React.useState(initial.showResult);
  const [retentionDays, setRetentionDays] = React.useState<number | undefined>(initial.retentionDays);
  const [sendConfirmation, setSendConfirmation] = React.useState(initial.sendConfirmation);
  const [webhookFreeText, setWebhookFreeText] = React.useState(initial.webhookFreeText);
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [saving, setSaving] = React.useState(false);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const notifyRecipients = recipients
      .split(/[\n,]/)
      .map((line) => line.trim())
      .filter(Boolean);
    setSaving(true);
    try {
      await put(`/${PLUGIN_ID}/settings`, {
        notifyRecipients,
        showResult,
        retentionDays: retentionDays ?? null,
        sendConfirmation,
        webhookFreeText,
      });
      setErrors({});
      toggleNotification({ type: 'success', message: t('settings.saved', 'Settings saved') });
    } catch (error) {
      const issues = validationErrorsOf(error);
      // "notifyRecipients.2" names the third address: say which one, under the field.
      setErrors(
        Object.fromEntries(
          issues.map(({ path, message }) => {
            const [field, index] = path.split('.');
            return [field, index === undefined ? message : `${notifyRecipients[Number(index)]}: ${message}`];
          })
        )
      );
      if (issues.length === 0) {
        failed(error);
      }
    } finally {
      setSaving(false);
    }
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

/** Paste or upload a questionnaire version as JSON; a refusal lists each problem by its path. */
const ImportQuestionnaire = ({ onImported }: { onImported: () => void }) => {
  const { t } = useLabels();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const failed = useFailureNotice();
  const [open, setOpen] = React.useState(false);
  const [text, setText] = React.useState('');
  const [problems, setProblems] = React.useState<Array<{ path: string; message: string }>>([]);
  const [saving, setSaving] = React.useState(false);

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
      setProblems([
        {
          path: '',
          message: t('settings.import.not-json', 'This is not JSON: {error}', { error: String((error as Error).message) }),
        },
      ]);
      return;
    }
    setSaving(true);
    try {
      const { data } = await post<CreateQuestionnaire.Response>(`/${PLUGIN_ID}/questionnaires`, { document });
      toggleNotification({
        type: 'success',
        message: t('settings.import.done', 'Version {version} imported. Activate it when you are ready.', {
          version: data.data.version,
        }),
      });
      setOpen(false);
      setText('');
      setProblems([]);
      onImported();
    } catch (error) {
      const issues = validationErrorsOf(error);
      if (issues.length > 0) setProblems(issues.map((issue) => ({ ...issue, path: issue.path.replace(/^document\.?/, '') })));
      else failed(error);
    } finally {
      setSaving(false);
    }
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
              {problems.length > 0 && (
                <Box
                  background="danger100"
                  borderColor="danger200"
                  borderStyle="solid"
                  borderWidth="1px"
                  padding={4}
                  hasRadius
                  role="alert"
                >
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
              )}
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

/** A stored version's document, read-only. */
const ViewQuestionnaire = ({ version }: { version: number }) => {
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

const QuestionnaireDocument = ({ version }: { version: number }) => {
  const { t } = useLabels();
  const document = useAdminGet<GetQuestionnaire.Response>(`/questionnaires/${version}`);
  if (document.status === 'loading') return <Page.Loading />;
  if (document.status === 'error') return <Page.Error />;
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

const QuestionnaireVersions = () => {
  const { t } = useLabels();
  const { formatDate } = useIntl();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const failed = useFailureNotice();
  const versions = useAdminGet<GetQuestionnaires.Response>('/questionnaires');

  const activate = async (version: number) => {
    try {
      await post(`/${PLUGIN_ID}/questionnaires/${version}/activate`, {});
      toggleNotification({
        type: 'success',
        message: t('settings.versions.activated', 'Version {version} is now the form at /contact', { version }),
      });
      versions.reload();
    } catch (error) {
      failed(error);
    }
  };

  return (
    <Box
      background="neutral0"
      hasRadius
      shadow="filterShadow"
      padding={6}
      tag="section"
      aria-label={t('settings.versions', 'Questionnaire versions')}
    >
      <Flex justifyContent="space-between" paddingBottom={4}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography tag="h2" variant="delta">
            {t('settings.versions', 'Questionnaire versions')}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {t(
              'settings.versions.help',
              'Activating a version changes the form; stored submissions keep the scores they were given.'
            )}
          </Typography>
        </Flex>
        <ImportQuestionnaire onImported={versions.reload} />
      </Flex>
      {versions.status === 'loading' && <Page.Loading />}
      {versions.status === 'error' && <Page.Error />}
      {versions.status === 'success' && (
        <Table colCount={4} rowCount={versions.data.data.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">{t('settings.versions.version', 'Version')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('settings.versions.title', 'Title')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('settings.versions.state', 'State')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('settings.versions.actions', 'Actions')}</Typography>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {versions.data.data.map((row) => (
              <Tr key={row.version}>
                <Td>
                  <Typography>{row.version}</Typography>
                </Td>
                <Td>
                  <Typography>{row.title}</Typography>
                </Td>
                <Td>
                  {row.active ? (
                    <Badge active>
                      {row.activatedAt
                        ? t('settings.versions.active-since', 'Active since {at}', {
                            at: formatDate(row.activatedAt, { dateStyle: 'medium' }),
                          })
                        : t('settings.versions.active', 'Active')}
                    </Badge>
                  ) : (
                    <Typography textColor="neutral600">{t('settings.versions.inactive', 'Inactive')}</Typography>
                  )}
                </Td>
                <Td>
                  <Flex gap={2}>
                    <ViewQuestionnaire version={row.version} />
                    {!row.active && (
                      <Dialog.Root>
                        <Dialog.Trigger>
                          <Button variant="secondary" size="S">
                            {t('settings.versions.activate', 'Activate')}
                          </Button>
                        </Dialog.Trigger>
                        <ConfirmDialog
                          variant="default"
                          title={t('settings.versions.activate-title', 'Activate version {version}?', { version: row.version })}
                          onConfirm={() => activate(row.version)}
                        >
                          {t('settings.versions.activate-confirm', 'New visitors to /contact get this version at once.')}
                        </ConfirmDialog>
                      </Dialog.Root>
                    )}
                  </Flex>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </Box>
  );
};

const WEBHOOK_EVENTS = [
  PLUGIN_WEBHOOK_EVENTS.READINESS_SUBMISSION_CREATED,
  PLUGIN_WEBHOOK_EVENTS.READINESS_SUBMISSION_STATUS_CHANGED,
];

/**
 * Strapi's Webhooks page lists only its own events, so the plugin's are subscribed here:
 * this creates an ordinary Strapi webhook (Settings → Webhooks keeps its URL, headers,
 * test button and on/off switch) that listens to the plugin's two events.
 */
const WebhookSubscription = () => {
  const { t } = useLabels();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const failed = useFailureNotice();
  const { allowedActions } = useRBAC([{ action: 'admin::webhooks.create', subject: null }]);
  const [name, setName] = React.useState('CRM');
  const [url, setUrl] = React.useState('');
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [created, setCreated] = React.useState<{ id: number; url: string } | null>(null);

  const create = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      const { data } = await post<{ data: { id: number; url: string } }>('/admin/webhooks', {
        name,
        url,
        headers: {},
        events: WEBHOOK_EVENTS,
      });
      setErrors({});
      setCreated(data.data);
      toggleNotification({ type: 'success', message: t('settings.webhooks.created', 'Webhook created') });
    } catch (error) {
      const issues = validationErrorsOf(error);
      if (issues.length > 0) setErrors(Object.fromEntries(issues.map(({ path, message }) => [path, message])));
      else failed(error);
    }
  };

  return (
    <Box
      background="neutral0"
      hasRadius
      shadow="filterShadow"
      padding={6}
      tag="section"
      aria-label={t('settings.webhooks', 'Webhooks')}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography tag="h2" variant="delta">
            {t('settings.webhooks', 'Webhooks')}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {t(
              'settings.webhooks.help',
              'Send new submissions and status changes to a CRM: Strapi posts {created} and {changed} to the URL, as JSON.',
              { created: WEBHOOK_EVENTS[0], changed: WEBHOOK_EVENTS[1] }
            )}
          </Typography>
        </Flex>
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
          <form onSubmit={create} aria-label={t('settings.webhooks.form', 'Subscribe a URL')}>
            <Grid.Root gap={4}>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                <Field.Root name="webhookName" error={errors.name} required>
                  <Field.Label>{t('settings.webhooks.name', 'Name')}</Field.Label>
                  <TextInput
                    value={name}
                    onChange={(event: React.ChangeEvent<HTMLInputElement>) => setName(event.target.value)}
                  />
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
        )}
      </Flex>
    </Box>
  );
};

/** Settings → Readiness intake: notification, result and retention settings, and questionnaire versions. */
const SettingsPage = () => {
  const { t } = useLabels();
  const settings = useAdminGet<GetSettings.Response>('/settings');
  return (
    <Page.Main>
      <Page.Title>{t('settings.title', 'Readiness intake settings')}</Page.Title>
      <Layouts.Header
        title={t('settings.title', 'Readiness intake settings')}
        subtitle={t(
          'settings.subtitle',
          'Who is notified, what respondents see, how long submissions are kept, and the questionnaire itself.'
        )}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {settings.status === 'loading' && <Page.Loading />}
          {settings.status === 'error' && <Page.Error />}
          {settings.status === 'success' && <SettingsForm initial={settings.data.data} />}
          <QuestionnaireVersions />
          <WebhookSubscription />
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

const ProtectedSettingsPage = () => (
  <Page.Protect permissions={PERMISSIONS.settings}>
    <SettingsPage />
  </Page.Protect>
);

export default ProtectedSettingsPage;
