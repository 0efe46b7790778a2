import { RadioButton } from '@utrecht/component-library-react';
import { ChoiceGroup } from './ChoiceGroup';
import type { FieldBaseProps } from './FieldParts';
import type { FieldOption } from './SelectField';

export interface RadioGroupFieldProps extends FieldBaseProps {
  options: readonly FieldOption[];
  value: string;
  onChange: (value: string) => void;
}

export function RadioGroupField({ options, value, onChange, ...groupProps }: RadioGroupFieldProps) {
  return (
    <ChoiceGroup
      {...groupProps}
      type="radio"
      options={options}
      renderInput={(option, inputId) => (
        <RadioButton
          id={inputId}
          name={groupProps.name}
          value={option.value}
          checked={value === option.value}
          onChange={() => onChange(option.value)}
          invalid={Boolean(groupProps.error)}
        />
      )}
    />
  );
}
