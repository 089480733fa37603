import { Badge, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import type { QuestionnaireVersion } from '../../../../../shared/contracts';
import { useLabels } from '../../../labels';
import { useGetIntakeQuestionnairesQuery } from '../../../services/api';
import { ActivateVersionButton } from './ActivateVersionButton';
import { ImportQuestionnaireDialog } from './ImportQuestionnaireDialog';
import { SettingsSection } from './SettingsSection';
import { ViewQuestionnaireDialog } from './ViewQuestionnaireDialog';

const VersionRow = ({ row }: { row: QuestionnaireVersion }) => {
  const { t } = useLabels();
  const { formatDate } = useIntl();
  return (
    <Tr>
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
          <ViewQuestionnaireDialog version={row.version} />
          {!row.active && <ActivateVersionButton version={row.version} />}
        </Flex>
      </Td>
    </Tr>
  );
};

/** Every stored version of the questionnaire: which one is the form, and importing another. */
export const QuestionnaireVersions = () => {
  const { t } = useLabels();
  // Shown from the cache at once, and read again behind it: another admin may have imported one.
  const versions = useGetIntakeQuestionnairesQuery(undefined, { refetchOnMountOrArgChange: true });
  const columns = [
    t('settings.versions.version', 'Version'),
    t('settings.versions.title', 'Title'),
    t('settings.versions.state', 'State'),
    t('settings.versions.actions', 'Actions'),
  ];

  return (
    <SettingsSection
      title={t('settings.versions', 'Questionnaire versions')}
      help={t(
        'settings.versions.help',
        'Activating a version changes the form; stored submissions keep the scores they were given.'
      )}
      action={<ImportQuestionnaireDialog />}
    >
      {versions.isLoading && <Page.Loading />}
      {versions.isError && <Page.Error />}
      {versions.data && !versions.isError && (
        <Table colCount={columns.length} rowCount={versions.data.data.length + 1}>
          <Thead>
            <Tr>
              {columns.map((column) => (
                <Th key={column}>
                  <Typography variant="sigma">{column}</Typography>
                </Th>
              ))}
            </Tr>
          </Thead>
          <Tbody>
            {versions.data.data.map((row) => (
              <VersionRow key={row.version} row={row} />
            ))}
          </Tbody>
        </Table>
      )}
    </SettingsSection>
  );
};
