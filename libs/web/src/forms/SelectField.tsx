import { FormField, Select, SelectOption } from '@utrecht/component-library-react';
import type { Ref } from 'react';
import { useFieldIds } from './field-ids';
import { FieldDescription, FieldError, FieldLabel, type FieldBaseProps } from './FieldParts';

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
  const ids = useFieldIds({ hasDescription: Boolean(description), hasError: Boolean(error) });
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FieldLabel htmlFor={ids.inputId} required={required}>{label}</FieldLabel>}
      description={<FieldDescription id={ids.descriptionId}>{description}</FieldDescription>}
      errorMessage={<FieldError id={ids.errorId}>{error}</FieldError>}
      input={
        <Select
          ref={ref}
          id={ids.inputId}
          name={name}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          required={required}
          invalid={Boolean(error)}
          aria-describedby={ids.describedBy}
        >
          {placeholder !== undefined && <SelectOption value="">{placeholder}</SelectOption>}
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      }
    />
  );
}
