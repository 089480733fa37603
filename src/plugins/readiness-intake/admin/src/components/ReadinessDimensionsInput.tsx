import * as React from 'react';

import { Field, MultiSelect, MultiSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { DIMENSION_KEYS, READINESS_DIMENSIONS } from '../../../shared/dimensions';
import { getTranslation } from '../utils/getTranslation';

type Props = {
  name: string;
  label: string;
  hint?: React.ReactNode;
  required?: boolean;
  disabled?: boolean;
  error?: string;
  value?: unknown;
  onChange: (name: string, value: unknown) => void;
};

const asKeys = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string') : [];

/** Picks readiness dimensions from the fixed list and stores them as an array of keys. */
const ReadinessDimensionsInput = React.forwardRef<HTMLDivElement, Props>(
  ({ name, label, hint, required, disabled, error, value, onChange }, ref) => {
    const { formatMessage } = useIntl();

    const handleChange = (picked: string[]) => {
      // Stored in the canonical order, so picking the same set twice never looks like a change.
      const ordered = DIMENSION_KEYS.filter((key) => picked.includes(key));
      onChange(name, ordered.length > 0 ? ordered : null);
    };

    return (
      <Field.Root name={name} hint={hint} error={error} required={required} ref={ref}>
        <Field.Label>{label}</Field.Label>
        <MultiSelect
          value={asKeys(value)}
          onChange={handleChange}
          disabled={disabled}
          withTags
          placeholder={formatMessage({
            id: getTranslation('dimensions-field.placeholder'),
            defaultMessage: 'Pick the dimensions this helps with',
          })}
        >
          {READINESS_DIMENSIONS.map((dimension) => (
            <MultiSelectOption key={dimension.key} value={dimension.key}>
              {formatMessage({ id: getTranslation(`dimension.${dimension.key}`), defaultMessage: dimension.title })}
            </MultiSelectOption>
          ))}
        </MultiSelect>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  }
);

export default ReadinessDimensionsInput;
