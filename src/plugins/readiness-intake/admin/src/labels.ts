import { useIntl } from 'react-intl';

import { READINESS_DIMENSIONS } from '../../shared/dimensions';
import { BAND_LABELS, BANDS, STATUSES, type Band, type Status } from '../../shared/intake';
import { getTranslation } from './utils/getTranslation';

export { BANDS, STATUSES };
const STATUS_LABELS: Record<Status, string> = {
  new: 'New',
  in_review: 'In review',
  contacted: 'Contacted',
  engaged: 'Engaged',
  not_a_fit: 'Not a fit',
  spam: 'Spam',
};

/**
 * The plugin's translated strings: `t` for one message, the names of bands, statuses and
 * dimensions, `dateTime` for an instant as the panel shows it, and `language` for a locale.
 */
export const useLabels = () => {
  const { formatMessage, formatDate, locale } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  return {
    t,
    band: (value: Band) => t(`band.${value}`, BAND_LABELS[value]),
    status: (value: Status) => t(`status.${value}`, STATUS_LABELS[value]),
    dimension: (key: string) =>
      t(`dimension.${key}`, READINESS_DIMENSIONS.find((dimension) => dimension.key === key)?.title ?? key),
    dateTime: (value: string) => formatDate(value, { dateStyle: 'medium', timeStyle: 'short' }),
    /** A locale code by its name in the admin's language ("Danish", "dansk"), or the code where the browser has no name for it. */
    language: (code: string) => {
      try {
        return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
};
