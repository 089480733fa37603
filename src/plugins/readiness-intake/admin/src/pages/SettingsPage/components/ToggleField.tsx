import * as React from 'react';

import { Field, Toggle } from '@strapi/design-system';

import { useLabels } from '../../../labels';

type Props = {
  name: string;
  label: string;
  hint: string;
  error?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
};

/** An on/off setting with its label, hint and error. */
export const ToggleField = ({ name, label, hint, error, checked, onChange }: Props) => {
  const { t } = useLabels();
  return (
    <Field.Root name={name} error={error} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <Toggle
        checked={checked}
        onLabel={t('settings.on', 'On')}
        offLabel={t('settings.off', 'Off')}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.checked)}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};
