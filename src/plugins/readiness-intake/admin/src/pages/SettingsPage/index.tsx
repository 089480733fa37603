import { Flex } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';

import { useLabels } from '../../labels';
import { PERMISSIONS } from '../../permissions';
import { useGetIntakeSettingsQuery } from '../../services/api';
import { QuestionnaireVersions } from './components/QuestionnaireVersions';
import { SettingsForm } from './components/SettingsForm';
import { WebhookSubscription } from './components/WebhookSubscription';

const SettingsPage = () => {
  const { t } = useLabels();
  // The form starts from the values it is given and keeps its own after: it waits for the
  // current settings rather than starting from cached ones another admin may have changed.
  const settings = useGetIntakeSettingsQuery(undefined, { refetchOnMountOrArgChange: true });
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
          {settings.isFetching && <Page.Loading />}
          {settings.isError && !settings.isFetching && <Page.Error />}
          {settings.isSuccess && !settings.isFetching && <SettingsForm initial={settings.data.data} />}
          <QuestionnaireVersions />
          <WebhookSubscription />
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

/** Settings → Readiness intake: notification, result and retention settings, questionnaire versions and webhooks. */
const ProtectedSettingsPage = () => (
  <Page.Protect permissions={PERMISSIONS.settings}>
    <SettingsPage />
  </Page.Protect>
);

export default ProtectedSettingsPage;
