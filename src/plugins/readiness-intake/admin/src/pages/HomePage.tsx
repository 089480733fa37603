import { EmptyStateLayout } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

export const HomePage = () => {
  const { formatMessage } = useIntl();

  return (
    <Page.Main>
      <Page.Title>{formatMessage({ id: getTranslation('inbox.title'), defaultMessage: 'Intake submissions' })}</Page.Title>
      <Layouts.Header
        title={formatMessage({ id: getTranslation('inbox.title'), defaultMessage: 'Intake submissions' })}
        subtitle={formatMessage({
          id: getTranslation('inbox.subtitle'),
          defaultMessage: 'Who applied, how ready their team is for async work, and what to do next.',
        })}
      />
      <Layouts.Content>
        <EmptyStateLayout
          content={formatMessage({
            id: getTranslation('inbox.empty'),
            defaultMessage: 'No submissions yet.',
          })}
        />
      </Layouts.Content>
    </Page.Main>
  );
};
