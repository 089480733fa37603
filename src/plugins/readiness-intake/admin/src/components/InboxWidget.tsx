import { Box, Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';

import { useLabels } from '../labels';
import { PLUGIN_ID } from '../pluginId';
import { useGetIntakeSubmissionCountsQuery } from '../services/api';

/** The inbox views the widget counts, in its order, each the URL query of that view. */
const VIEWS = [
  { key: 'new', search: 'status=new' },
  { key: 'mine', search: 'assignee=me' },
  { key: 'overdue', search: 'overdue=true' },
] as const;

/** The home page widget: new, assigned to me and overdue submissions, each a link to that inbox view. */
const InboxWidget = () => {
  const { t } = useLabels();
  const { data, isLoading, isError } = useGetIntakeSubmissionCountsQuery();

  if (isLoading) return <Widget.Loading />;
  if (isError || !data) return <Widget.Error />;

  const counts = data.data;
  const labels = {
    new: t('widget.new', 'New'),
    mine: t('widget.mine', 'Assigned to me'),
    overdue: t('widget.overdue', 'Overdue (new after {hours} h)', { hours: counts.triageSlaHours }),
  };

  return (
    <Flex tag="ul" direction="column" alignItems="stretch" gap={2} data-testid="readiness-intake-widget">
      {VIEWS.map(({ key, search }) => (
        <Box tag="li" key={key} hasRadius background="neutral100" padding={3}>
          <Link
            to={`/plugins/${PLUGIN_ID}?${search}`}
            data-view={key}
            aria-label={t('widget.link', '{count} {view}: open in the inbox', { count: counts[key], view: labels[key] })}
            style={{ textDecoration: 'none', display: 'block' }}
          >
            <Flex justifyContent="space-between" gap={2}>
              <Typography textColor={key === 'overdue' && counts.overdue > 0 ? 'danger600' : 'neutral800'}>
                {labels[key]}
              </Typography>
              <Typography variant="beta" tag="span" data-count={key}>
                {counts[key]}
              </Typography>
            </Flex>
          </Link>
        </Box>
      ))}
    </Flex>
  );
};

export { InboxWidget };
