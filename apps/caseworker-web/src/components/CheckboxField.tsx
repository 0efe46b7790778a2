import { Checkbox, FormField, FormLabel } from '@utrecht/component-library-react';
import { useId } from 'react';

/** One checkbox with its label to the right, like "Alleen mijn werkzoekenden". */
export function CheckboxField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <FormField
      type="checkbox"
      input={<Checkbox id={id} checked={checked} onChange={(event) => onChange(event.target.checked)} />}
      label={
        <FormLabel htmlFor={id} type="checkbox">
          {label}
        </FormLabel>
      }
    />
  );
}
