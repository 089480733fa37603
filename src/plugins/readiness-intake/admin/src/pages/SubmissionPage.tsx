import * as React from 'react';

import {
  Badge,
  Box,
  Button,
  Dialog,
  Divider,
  Field,
  Flex,
  Grid,
  SingleSelect,
  SingleSelectOption,
  Textarea,
  Typography,
} from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import { BackButton, ConfirmDialog, Layouts, Page, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useNavigate, useParams } from 'react-router-dom';

import type { AuditEntry, GetActiveQuestionnaire, GetSubmission } from '../../../shared/contracts';
import type { Band, Status } from '../../../shared/intake';
import { useAdminGet, useFailureNotice } from '../api';
import { assigneeOptions, useAssignees } from '../components/assignee-options';
import { DimensionScoresChart } from '../components/Charts';
import { BANDS, STATUSES, useLabels } from '../labels';
import { ALL_PERMISSIONS } from '../permissions';
import { PLUGIN_ID } from '../pluginId';

type Labels = ReturnType<typeof useLabels>;

const DELIVERY_STATES = {
  pending: { label: 'Waiting', tone: 'warning' },
  sent: { label: 'Sent', tone: 'success' },
  failed: { label: 'Gave up', tone: 'danger' },
} as const;

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box tag="section" aria-label={title} background="neutral0" hasRadius shadow="filterShadow" padding={6}>
    <Typography tag="h2" variant="delta" paddingBottom={4} display="block">
      {title}
    </Typography>
    <Flex direction="column" alignItems="stretch" gap={3}>
      {children}
    </Flex>
  </Box>
);

const Fact = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="flex-start" gap={1}>
    <Typography variant="sigma" textColor="neutral600">
      {label}
    </Typography>
    <Typography>{children}</Typography>
  </Flex>
);

/** One line of the audit history, in words; values are rendered as text, never markup. */
const describeAudit = (entry: AuditEntry, { t, band, status }: Labels): string => {
  const from = entry.from ?? {};
  const to = entry.to ?? {};
  const actor = entry.actorName;
  switch (entry.action) {
    case 'status':
      return t('audit.status', '{actor} changed the status from {from} to {to}', {
        actor,
        from: status(from.status as Status),
        to: status(to.status as Status),
      });
    case 'assignee':
      return entry.to
        ? t('audit.assignee', '{actor} assigned it to {to}', { actor, to: String(to.name) })
        : t('audit.unassigned', '{actor} unassigned {from}', { actor, from: String(from.name ?? '') });
    case 'rating':
      return t('audit.rating', '{actor} rated it “{band}” (automatic: “{automatic}”): {reason}', {
        actor,
        band: band(to.band as Band),
        automatic: band(to.automaticBand as Band),
        reason: String(to.reason),
      });
    case 'note':
      return t('audit.note', '{actor} added a note', { actor });
    case 'rescore':
      return t('audit.rescore', '{actor} re-scored it under version {version}: {fromScore} “{fromBand}” → {toScore} “{toBand}”', {
        actor,
        version: Number(to.version),
        fromScore: Number(from.score),
        fromBand: band(from.band as Band),
        toScore: Number(to.score),
        toBand: band(to.band as Band),
      });
    default:
      return t('audit.other', '{actor}: {action}', { actor, action: entry.action });
  }
};

/** One submission, whole: what the client said, how it scored, and what consultants did about it. */
export const SubmissionPage = () => {
  const { id } = useParams<{ id: string }>();
  const labels = useLabels();
  const { t, band, status, dimension } = labels;
  const { formatDate } = useIntl();
  const navigate = useNavigate();
  const { allowedActions } = useRBAC(ALL_PERMISSIONS);
  const { put, post, del } = useFetchClient();
  const { toggleNotification } = useNotification();
  const failed = useFailureNotice();
  const submission = useAdminGet<GetSubmission.Response>(`/submissions/${id}`);
  const assignees = useAssignees();
  const active = useAdminGet<GetActiveQuestionnaire.Response>('/questionnaires/active');

  const [rating, setRating] = React.useState<{ band?: Band; reason: string }>({ reason: '' });
  const [ratingError, setRatingError] = React.useState<string>();
  const [note, setNote] = React.useState('');
  const [busy, setBusy] = React.useState(false);

  const date = (value: string) => formatDate(value, { dateStyle: 'medium', timeStyle: 'short' });

  /** Runs a change, tells the consultant, and reloads the page's data; false when it failed. */
  const change = async (run: () => Promise<unknown>, message: string) => {
    setBusy(true);
    try {
      await run();
      toggleNotification({ type: 'success', message });
      submission.reload();
      return true;
    } catch (error) {
      failed(error);
      return false;
    } finally {
      setBusy(false);
    }
  };

  if (submission.status === 'loading') return <Page.Loading />;
  if (submission.status === 'error') return <Page.Error />;
  const data = submission.data.data;
  const base = `/${PLUGIN_ID}/submissions/${data.id}`;

  const triage = (body: { status?: string; assignee?: number | null }) =>
    change(() => put(`${base}/triage`, body), t('detail.saved', 'Saved'));

  const saveRating = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!rating.band) return setRatingError(t('detail.rating.band-required', 'Pick a band'));
    if (!rating.reason.trim()) return setRatingError(t('detail.rating.reason-required', 'A reason is required'));
    setRatingError(undefined);
    const done = await change(() => post(`${base}/rating`, rating), t('detail.rating.saved', 'Band overridden'));
    if (done) setRating({ reason: '' });
  };

  const addNote = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!note.trim()) return;
    if (await change(() => post(`${base}/notes`, { body: note }), t('detail.notes.saved', 'Note added'))) setNote('');
  };

  const erase = async () => {
    try {
      await del(base);
      toggleNotification({ type: 'success', message: t('detail.erase.done', 'The submission was erased') });
      navigate('../..', { relative: 'path' });
    } catch (error) {
      failed(error);
    }
  };

  const activeVersion = active.status === 'success' ? active.data.data.version : undefined;

  return (
    <Page.Main>
      <Page.Title>{data.company}</Page.Title>
      <Layouts.Header
        navigationAction={<BackButton fallback="../.." />}
        title={data.company}
        subtitle={t('detail.subtitle', '{reference} · received {received} · questionnaire version {version}', {
          reference: data.reference,
          received: date(data.receivedAt),
          version: data.questionnaireVersion,
        })}
        primaryAction={
          allowedActions.canErase && (
            <Dialog.Root>
              <Dialog.Trigger>
                <Button variant="danger-light" startIcon={<Trash />}>
                  {t('detail.erase', 'Erase')}
                </Button>
              </Dialog.Trigger>
              <ConfirmDialog onConfirm={erase} title={t('detail.erase.title', 'Erase this submission?')}>
                {t(
                  'detail.erase.confirm',
                  'The submission, its answers and its notes are deleted for good. The audit trail keeps only that it was erased, by whom and when.'
                )}
              </ConfirmDialog>
            </Dialog.Root>
          )
        }
      />
      <Layouts.Content>
        <Grid.Root gap={4}>
          <Grid.Item col={8} s={12} direction="column" alignItems="stretch" gap={4}>
            <Section title={t('detail.contact', 'Contact')}>
              <Grid.Root gap={4}>
                <Grid.Item col={6} s={12}>
                  <Fact label={t('detail.contact.name', 'Name')}>{data.contactName}</Fact>
                </Grid.Item>
                <Grid.Item col={6} s={12}>
                  <Fact label={t('detail.contact.email', 'Email')}>{data.contactEmail}</Fact>
                </Grid.Item>
                <Grid.Item col={6} s={12}>
                  <Fact label={t('detail.contact.company', 'Company')}>{data.company}</Fact>
                </Grid.Item>
                <Grid.Item col={6} s={12}>
                  <Fact label={t('detail.contact.role', 'Role')}>{data.role ?? '—'}</Fact>
                </Grid.Item>
                <Grid.Item col={6} s={12}>
                  <Fact label={t('detail.contact.team-size', 'Team size')}>{data.teamSize ?? '—'}</Fact>
                </Grid.Item>
                <Grid.Item col={6} s={12}>
                  <Fact label={t('detail.contact.timezone', 'Time zone')}>{data.timezone ?? '—'}</Fact>
                </Grid.Item>
                <Grid.Item col={12}>
                  <Typography variant="pi" textColor="neutral600">
                    {t('detail.contact.consent', 'Consent given {at}', { at: date(data.consentGivenAt) })}
                  </Typography>
                </Grid.Item>
              </Grid.Root>
            </Section>

            <Section title={t('detail.readiness', 'Readiness')}>
              <Flex gap={3} wrap="wrap">
                <Typography variant="alpha" tag="p">
                  {data.overallScore}
                </Typography>
                <Badge>{band(data.band)}</Badge>
                {data.gated && (
                  <Typography variant="pi" textColor="neutral600">
                    {t('detail.gated', 'The score reached “Ready now”, but documentation or specification held the band back.')}
                  </Typography>
                )}
              </Flex>
              <DimensionScoresChart
                title={t('detail.chart', 'Score by dimension (0–100)')}
                scores={data.dimensionScores.map((score) => ({
                  key: score.key,
                  label: dimension(score.key),
                  score: score.score,
                }))}
              />
            </Section>

            <Section title={t('detail.flags', 'Flags ({count})', { count: data.flags.length })}>
              {data.flags.length === 0 && <Typography textColor="neutral600">{t('detail.flags.none', 'No flags.')}</Typography>}
              {data.flags.map((flag, index) => (
                <Box
                  key={index}
                  background={flag.kind === 'contradiction' ? 'danger100' : 'warning100'}
                  borderColor={flag.kind === 'contradiction' ? 'danger200' : 'warning200'}
                  borderStyle="solid"
                  borderWidth="1px"
                  padding={4}
                  hasRadius
                >
                  <Typography fontWeight="bold" tag="p">
                    {flag.kind === 'contradiction'
                      ? t('detail.flags.contradiction', 'Contradiction')
                      : t('detail.flags.dont-know', 'Not sure')}
                  </Typography>
                  <Typography tag="p">{flag.message}</Typography>
                </Box>
              ))}
            </Section>

            <Section title={t('detail.answers', 'Answers')}>
              {!data.answersByDimension && (
                <Typography textColor="neutral600">
                  {t(
                    'detail.answers.missing',
                    'Questionnaire version {version} is no longer available to explain these answers.',
                    {
                      version: data.questionnaireVersion,
                    }
                  )}
                </Typography>
              )}
              {data.answersByDimension?.map((group) => {
                const score = data.dimensionScores.find((entry) => entry.key === group.key);
                return (
                  <Box key={group.key} tag="section" aria-label={dimension(group.key)} paddingBottom={2}>
                    <Flex justifyContent="space-between" paddingBottom={2}>
                      <Typography tag="h3" variant="epsilon" fontWeight="bold">
                        {dimension(group.key)}
                      </Typography>
                      {score && (
                        <Typography textColor="neutral600">
                          {t('detail.answers.dimension-points', '{points} of {max} points · {score}/100', {
                            points: score.points,
                            max: score.maxPoints,
                            score: score.score,
                          })}
                        </Typography>
                      )}
                    </Flex>
                    <Flex tag="ol" direction="column" alignItems="stretch" gap={2}>
                      {group.answers.map((answer) => (
                        <Box tag="li" key={answer.question} background="neutral100" padding={3} hasRadius>
                          <Flex justifyContent="space-between" gap={4} alignItems="flex-start">
                            <Typography fontWeight="semiBold">{answer.prompt}</Typography>
                            {answer.points !== null && (
                              <Typography textColor="neutral600" style={{ whiteSpace: 'nowrap' }}>
                                {t('detail.answers.points', '{points} / {max}', {
                                  points: answer.points,
                                  max: answer.maxPoints ?? 4,
                                })}
                              </Typography>
                            )}
                          </Flex>
                          {answer.kind === 'text' ? (
                            <Typography tag="p" style={{ whiteSpace: 'pre-wrap' }} textColor="neutral700">
                              {answer.text ?? t('detail.answers.unanswered', 'Not answered')}
                            </Typography>
                          ) : answer.picked.length === 0 ? (
                            <Typography textColor="neutral500">{t('detail.answers.unanswered', 'Not answered')}</Typography>
                          ) : (
                            <Flex tag="ul" direction="column" alignItems="flex-start" gap={1} paddingTop={1}>
                              {answer.picked.map((option) => (
                                <Typography
                                  tag="li"
                                  key={option.value}
                                  textColor={option.dontKnow ? 'warning700' : 'primary700'}
                                  fontWeight={option.dontKnow ? 'bold' : undefined}
                                >
                                  {option.dontKnow ? `⚠ ${option.label}` : option.label}{' '}
                                  {t('detail.answers.option-points', '({points} points)', { points: option.points })}
                                </Typography>
                              ))}
                            </Flex>
                          )}
                        </Box>
                      ))}
                    </Flex>
                  </Box>
                );
              })}
            </Section>

            <Section title={t('detail.backlog', 'Backlog')}>
              <Typography tag="p" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="backlog">
                {data.backlog || t('detail.backlog.empty', 'No backlog given.')}
              </Typography>
            </Section>
          </Grid.Item>

          <Grid.Item col={4} s={12} direction="column" alignItems="stretch" gap={4}>
            <Section title={t('detail.triage', 'Triage')}>
              <Field.Root name="status">
                <Field.Label>{t('detail.status', 'Status')}</Field.Label>
                <SingleSelect
                  value={data.status}
                  disabled={!allowedActions.canTriage || busy}
                  onChange={(value: string | number) => triage({ status: String(value) })}
                >
                  {STATUSES.map((value) => (
                    <SingleSelectOption key={value} value={value}>
                      {status(value)}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
              <Field.Root name="assignee">
                <Field.Label>{t('detail.assignee', 'Assignee')}</Field.Label>
                <SingleSelect
                  value={data.assignee ? String(data.assignee.id) : 'none'}
                  disabled={!allowedActions.canTriage || busy}
                  onChange={(value: string | number) => triage({ assignee: value === 'none' ? null : Number(value) })}
                >
                  <SingleSelectOption value="none">{t('inbox.unassigned', 'Unassigned')}</SingleSelectOption>
                  {/* The current assignee stays listed even if they have since lost access. */}
                  {data.assignee && !assignees.some((user) => user.id === data.assignee!.id) && (
                    <SingleSelectOption value={String(data.assignee.id)}>{data.assignee.name}</SingleSelectOption>
                  )}
                  {assigneeOptions(assignees)}
                </SingleSelect>
              </Field.Root>
            </Section>

            <Section title={t('detail.band', 'Band')}>
              <Fact label={t('detail.band.automatic', 'Automatic band')}>{band(data.automaticBand.band)}</Fact>
              {data.consultantRating ? (
                <Box background="primary100" padding={3} hasRadius>
                  <Fact label={t('detail.band.consultant', 'Consultant band')}>{band(data.consultantRating.band)}</Fact>
                  <Typography tag="p" style={{ whiteSpace: 'pre-wrap' }}>
                    {data.consultantRating.reason}
                  </Typography>
                  <Typography variant="pi" textColor="neutral600">
                    {t('detail.band.by', '{name}, {at}', { name: data.consultantRating.by, at: date(data.consultantRating.at) })}
                  </Typography>
                </Box>
              ) : (
                <Typography textColor="neutral600">{t('detail.band.not-rated', 'No consultant has rated it yet.')}</Typography>
              )}
              {allowedActions.canRate && (
                <form onSubmit={saveRating} aria-label={t('detail.rating.form', 'Override the band')}>
                  <Flex direction="column" alignItems="stretch" gap={3}>
                    <Divider />
                    <Field.Root name="ratingBand" error={!rating.band ? ratingError : undefined}>
                      <Field.Label>{t('detail.rating.band', 'Consultant band')}</Field.Label>
                      <SingleSelect
                        value={rating.band}
                        placeholder={t('detail.rating.band-placeholder', 'Pick a band')}
                        onChange={(value: string | number) => setRating({ ...rating, band: value as Band })}
                      >
                        {BANDS.map((value) => (
                          <SingleSelectOption key={value} value={value}>
                            {band(value)}
                          </SingleSelectOption>
                        ))}
                      </SingleSelect>
                      <Field.Error />
                    </Field.Root>
                    <Field.Root name="ratingReason" required error={rating.band ? ratingError : undefined}>
                      <Field.Label>{t('detail.rating.reason', 'Reason')}</Field.Label>
                      <Textarea
                        value={rating.reason}
                        onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) =>
                          setRating({ ...rating, reason: event.target.value })
                        }
                      />
                      <Field.Error />
                    </Field.Root>
                    <Button type="submit" loading={busy} variant="secondary">
                      {t('detail.rating.submit', 'Override band')}
                    </Button>
                    {activeVersion !== undefined && activeVersion !== data.questionnaireVersion && (
                      <Button
                        variant="tertiary"
                        disabled={busy}
                        onClick={() =>
                          change(
                            () => post(`${base}/rescore`, { version: activeVersion }),
                            t('detail.rescore.done', 'Re-scored under version {version}', { version: activeVersion })
                          )
                        }
                      >
                        {t('detail.rescore', 'Re-score under the active version ({version})', { version: activeVersion })}
                      </Button>
                    )}
                  </Flex>
                </form>
              )}
            </Section>

            <Section title={t('detail.overlap', 'Working hours overlap')}>
              {(data.timezoneOverlap ?? []).length === 0 && (
                <Typography textColor="neutral600">{t('detail.overlap.none', 'No offices to compare with.')}</Typography>
              )}
              {(data.timezoneOverlap ?? []).map((office) => (
                <Flex key={office.office} justifyContent="space-between" gap={2}>
                  <Flex direction="column" alignItems="flex-start">
                    <Typography fontWeight="semiBold">{office.office}</Typography>
                    <Typography variant="pi" textColor="neutral600">
                      {office.officeHours} {office.timezone}
                    </Typography>
                  </Flex>
                  <Typography>{t('detail.overlap.hours', '{hours} h', { hours: office.overlapHours })}</Typography>
                </Flex>
              ))}
              <Typography variant="pi" textColor="neutral600">
                {t('detail.overlap.help', 'Against a 09:00–17:00 day in {timezone}.', { timezone: data.timezone ?? '—' })}
              </Typography>
            </Section>

            <Section title={t('detail.notes', 'Notes')}>
              {data.notes.length === 0 && (
                <Typography textColor="neutral600">{t('detail.notes.none', 'No notes yet.')}</Typography>
              )}
              <Flex tag="ol" direction="column" alignItems="stretch" gap={3}>
                {data.notes.map((entry) => (
                  <Box tag="li" key={entry.id} background="neutral100" padding={3} hasRadius>
                    <Typography tag="p" style={{ whiteSpace: 'pre-wrap' }}>
                      {entry.body}
                    </Typography>
                    <Typography variant="pi" textColor="neutral600">
                      {entry.authorName}, {date(entry.createdAt)}
                    </Typography>
                  </Box>
                ))}
              </Flex>
              {allowedActions.canTriage && (
                <form onSubmit={addNote} aria-label={t('detail.notes.form', 'Add a note')}>
                  <Flex direction="column" alignItems="stretch" gap={2}>
                    <Field.Root name="note">
                      <Field.Label>{t('detail.notes.new', 'New note')}</Field.Label>
                      <Textarea
                        value={note}
                        onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setNote(event.target.value)}
                      />
                    </Field.Root>
                    <Button type="submit" variant="secondary" loading={busy} disabled={!note.trim()}>
                      {t('detail.notes.submit', 'Add note')}
                    </Button>
                  </Flex>
                </form>
              )}
            </Section>

            <Section title={t('detail.deliveries', 'Emails')}>
              {data.deliveries.length === 0 && (
                <Typography textColor="neutral600">
                  {t('detail.deliveries.none', 'No email was queued for this submission.')}
                </Typography>
              )}
              <Flex tag="ol" direction="column" alignItems="stretch" gap={3} aria-label={t('detail.deliveries', 'Emails')}>
                {data.deliveries.map((delivery) => (
                  <Box tag="li" key={delivery.id} background="neutral100" padding={3} hasRadius>
                    <Flex justifyContent="space-between" gap={2}>
                      <Typography fontWeight="semiBold" style={{ overflowWrap: 'anywhere' }}>
                        {delivery.recipient}
                      </Typography>
                      <Badge
                        backgroundColor={`${DELIVERY_STATES[delivery.state].tone}100`}
                        textColor={`${DELIVERY_STATES[delivery.state].tone}700`}
                      >
                        {t(`detail.deliveries.state.${delivery.state}`, DELIVERY_STATES[delivery.state].label)}
                      </Badge>
                    </Flex>
                    <Typography variant="pi" textColor="neutral600" tag="p">
                      {delivery.kind === 'confirmation'
                        ? t('detail.deliveries.confirmation', 'Confirmation to the respondent')
                        : t('detail.deliveries.notification', 'Notification to a consultant')}
                      {delivery.state === 'pending' && delivery.nextAttemptAt
                        ? ` · ${t('detail.deliveries.next', 'next try {at}', { at: date(delivery.nextAttemptAt) })}`
                        : ''}
                    </Typography>
                    <Box tag="ul" paddingTop={1}>
                      {delivery.log.map((attempt, index) => (
                        <Typography
                          tag="li"
                          variant="pi"
                          key={index}
                          textColor={attempt.outcome === 'sent' ? 'neutral700' : 'danger600'}
                        >
                          {attempt.outcome === 'sent'
                            ? t('detail.deliveries.sent-at', 'Sent {at}', { at: date(attempt.at) })
                            : t('detail.deliveries.failed-at', 'Failed {at}: {error}', {
                                at: date(attempt.at),
                                error: attempt.error ?? '',
                              })}
                        </Typography>
                      ))}
                    </Box>
                  </Box>
                ))}
              </Flex>
            </Section>

            <Section title={t('detail.history', 'History')}>
              {data.auditTrail.length === 0 && (
                <Typography textColor="neutral600">
                  {t('detail.history.none', 'Nothing has changed since it arrived.')}
                </Typography>
              )}
              <Flex tag="ol" direction="column" alignItems="stretch" gap={2} aria-label={t('detail.history', 'History')}>
                {data.auditTrail.map((entry) => (
                  <Box tag="li" key={entry.id}>
                    <Typography tag="p">{describeAudit(entry, labels)}</Typography>
                    <Typography variant="pi" textColor="neutral600">
                      {date(entry.at)}
                    </Typography>
                  </Box>
                ))}
              </Flex>
            </Section>
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
    </Page.Main>
  );
};
