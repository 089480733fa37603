import { Grid } from '@strapi/design-system';
import { BackButton, Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router-dom';

import { useLabels } from '../../labels';
import { ALL_PERMISSIONS } from '../../permissions';
import { useGetIntakeSubmissionQuery } from '../../services/api';
import { AnswersSection } from './components/AnswersSection';
import { AuditTrail } from './components/AuditTrail';
import { BacklogSection } from './components/BacklogSection';
import { ContactSection } from './components/ContactSection';
import { DeliveriesSection } from './components/DeliveriesSection';
import { EraseButton } from './components/EraseButton';
import { FlagsSection } from './components/FlagsSection';
import { NotesSection } from './components/NotesSection';
import { OverlapSection } from './components/OverlapSection';
import { RatingSection } from './components/RatingSection';
import { ScoresSection } from './components/ScoresSection';
import { SourceSection } from './components/SourceSection';
import { TriageSection } from './components/TriageSection';

/** One submission, whole: what the client said, how it scored, and what consultants did about it. */
export const SubmissionPage = () => {
  const { id } = useParams<{ id: string }>();
  const { t, dateTime } = useLabels();
  const { allowedActions } = useRBAC(ALL_PERMISSIONS);
  // Colleagues triage the same inbox: a visit shows the cached submission at once and reads it again behind it.
  // The questions and answers in the admin's language, where the version has text in it.
  const { locale } = useIntl();
  const submission = useGetIntakeSubmissionQuery({ id: Number(id), locale }, { refetchOnMountOrArgChange: true });

  if (submission.isLoading) return <Page.Loading />;
  if (submission.isError || !submission.data) return <Page.Error />;
  const data = submission.data.data;

  return (
    <Page.Main>
      <Page.Title>{data.company}</Page.Title>
      <Layouts.Header
        navigationAction={<BackButton fallback="../.." />}
        title={data.company}
        subtitle={t('detail.subtitle', '{reference} · received {received} · questionnaire version {version}', {
          reference: data.reference,
          received: dateTime(data.receivedAt),
          version: data.questionnaireVersion,
        })}
        primaryAction={allowedActions.canErase && <EraseButton id={data.id} />}
      />
      <Layouts.Content>
        <Grid.Root gap={4}>
          <Grid.Item col={8} s={12} direction="column" alignItems="stretch" gap={4}>
            <ContactSection submission={data} />
            <SourceSection submission={data} />
            <ScoresSection submission={data} />
            <FlagsSection flags={data.flags} />
            <AnswersSection submission={data} />
            <BacklogSection backlog={data.backlog} />
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch" gap={4}>
            <TriageSection submission={data} canTriage={!!allowedActions.canTriage} />
            <RatingSection submission={data} canRate={!!allowedActions.canRate} />
            <OverlapSection submission={data} />
            <NotesSection submission={data} canTriage={!!allowedActions.canTriage} />
            <DeliveriesSection deliveries={data.deliveries} report={data} />
            <AuditTrail entries={data.auditTrail} />
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
    </Page.Main>
  );
};
