import { useIntl } from 'react-intl';

import { READINESS_DIMENSIONS } from '../../shared/dimensions';
import type { Band, Status } from './api';
import { getTranslation } from './utils/getTranslation';

export const STATUSES: Status[] = ['new', 'in_review', 'contacted', 'engaged', 'not_a_fit', 'spam'];
export const BANDS: Band[] = ['ready', 'close', 'foundation'];

const BAND_LABELS: Record<Band, string> = {
  ready: 'Ready now',
  close: 'Closer than you think',
  foundation: 'Build the foundation first',
};
const STATUS_LABELS: Record<Status, string> = {
  new: 'New',
  in_review: 'In review',
  contacted: 'Contacted',
  engaged: 'Engaged',
  not_a_fit: 'Not a fit',
  spam: 'Spam',
};

/** The plugin's translated strings: `t` for one message, and the names of bands, statuses and dimensions. */
export const useLabels = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  return {
    t,
    band: (value: Band) => t(`band.${value}`, BAND_LABELS[value]),
    status: (value: Status) => t(`status.${value}`, STATUS_LABELS[value]),
    dimension: (key: string) =>
      t(`dimension.${key}`, READINESS_DIMENSIONS.find((dimension) => dimension.key === key)?.title ?? key),
  };
};
