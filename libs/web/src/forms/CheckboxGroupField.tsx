import { Checkbox } from '@utrecht/component-library-react';
import { ChoiceGroup } from './ChoiceGroup';
import type { FieldBaseProps } from './FieldParts';
import type { FieldOption } from './SelectField';

export interface CheckboxGroupFieldProps extends FieldBaseProps {
  options: readonly FieldOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
}

export function CheckboxGroupField({ options, value, onChange, ...groupProps }: CheckboxGroupFieldProps) {
  const toggle = (optionValue: string, checked: boolean) =>
    onChange(checked ? [...value, optionValue] : value.filter((chosen) => chosen !== optionValue));
  return (
    <ChoiceGroup
      {...groupProps}
      type="checkbox"
      options={options}
      renderInput={(option, inputId, describedBy) => (
        <Checkbox
          id={inputId}
          name={groupProps.name}
          value={option.value}
          checked={value.includes(option.value)}
          onChange={(event) => toggle(option.value, event.target.checked)}
          invalid={Boolean(groupProps.error)}
          aria-describedby={describedBy}
        />
      )}
    />
  );
}
