import * as React from 'react';

import { TextInput } from '@strapi/design-system';

type Props = {
  label: string;
  value: string | undefined;
  /** Sets the filter, or clears it with undefined. */
  onFilter: (value: string | undefined) => void;
  /** `number` for a score; text otherwise. */
  type?: 'text' | 'number';
  disabled?: boolean;
};

/**
 * A filter typed as text and matched exactly, such as an article slug: it applies on Enter
 * or when the field is left, not at every keystroke, so the inbox is not read again for
 * each partial word, and it follows the URL when that changes (back, a link).
 */
export const ExactFilterInput = ({ label, value, onFilter, type = 'text', disabled }: Props) => {
  const [draft, setDraft] = React.useState(value ?? '');
  React.useEffect(() => setDraft(value ?? ''), [value]);
  const apply = () => {
    const next = draft.trim() || undefined;
    if (next !== value) onFilter(next);
  };

  return (
    <TextInput
      aria-label={label}
      placeholder={label}
      type={type}
      disabled={disabled}
      size="S"
      value={draft}
      onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDraft(event.target.value)}
      onBlur={apply}
      onKeyDown={(event: React.KeyboardEvent<HTMLInputElement>) => {
        if (event.key === 'Enter') apply();
      }}
    />
  );
};
