import { Select, SelectOption } from '@utrecht/component-library-react';
import type { Ref } from 'react';
import { LabelledField, type FieldBaseProps } from './FieldParts';

export interface FieldOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends FieldBaseProps {
  options: readonly FieldOption[];
  value: string;
  onChange: (value: string) => void;
  /** Text of an empty first option, for when nothing is chosen yet. */
  placeholder?: string;
  ref?: Ref<HTMLSelectElement>;
}

export function SelectField({ name, label, description, error, required, options, value, onChange, placeholder, ref }: SelectFieldProps) {
  return (
    <LabelledField name={name} label={label} description={description} error={error} required={required}>
      {(control) => (
        <Select {...control} ref={ref} value={value} onChange={(event) => onChange(event.target.value)}>
          {placeholder !== undefined && <SelectOption value="">{placeholder}</SelectOption>}
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      )}
    </LabelledField>
  );
}
