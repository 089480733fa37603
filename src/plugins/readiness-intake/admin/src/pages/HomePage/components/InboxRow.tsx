import { Badge, Link, Typography } from '@strapi/design-system';
import { Table } from '@strapi/strapi/admin';
import { NavLink, useNavigate } from 'react-router-dom';

import type { SubmissionRow } from '../../../../../shared/contracts';
import { useLabels } from '../../../labels';

type Props = {
  row: SubmissionRow;
  /** Whether the row has a checkbox for bulk triage. */
  selectable: boolean;
};

/** One submission in the inbox; the whole row opens it, and its company is the keyboard's link. */
export const InboxRow = ({ row, selectable }: Props) => {
  const { t, band, status, dateTime } = useLabels();
  const navigate = useNavigate();
  return (
    <Table.Row onClick={() => navigate(`submissions/${row.id}`)} style={{ cursor: 'pointer' }}>
      {selectable && <Table.CheckboxCell id={row.id} />}
      <Table.Cell>
        <Typography>{dateTime(row.receivedAt)}</Typography>
      </Table.Cell>
      <Table.Cell>
        <Link tag={NavLink} to={`submissions/${row.id}`} onClick={(event) => event.stopPropagation()}>
          {row.company}
        </Link>
      </Table.Cell>
      <Table.Cell>
        <Typography>{row.contactName}</Typography>
        <Typography textColor="neutral600" variant="pi">
          {' '}
          {row.contactEmail}
        </Typography>
      </Table.Cell>
      <Table.Cell>
        <Typography>{row.overallScore}</Typography>
      </Table.Cell>
      <Table.Cell>
        <Badge>{band(row.band)}</Badge>
        {row.consultantBand && row.consultantBand !== row.band && (
          <Typography variant="pi" textColor="neutral600">
            {' '}
            → {band(row.consultantBand)}
          </Typography>
        )}
      </Table.Cell>
      <Table.Cell>
        <Typography>{status(row.status)}</Typography>
      </Table.Cell>
      <Table.Cell>
        <Typography>{row.assignee?.name ?? t('inbox.unassigned', 'Unassigned')}</Typography>
      </Table.Cell>
      <Table.Cell>
        <Typography>{row.flagCount}</Typography>
      </Table.Cell>
    </Table.Row>
  );
};
