import { FormField, Textbox } from '@utrecht/component-library-react';
import type { InputHTMLAttributes, Ref } from 'react';
import { useFieldIds } from './field-ids';
import { FieldDescription, FieldError, FieldLabel, type FieldBaseProps } from './FieldParts';

type NativeInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange' | 'name' | 'required'>;

export interface TextFieldProps extends FieldBaseProps, NativeInputProps {
  type?: 'text' | 'email' | 'password' | 'number' | 'tel' | 'url';
  value: string;
  onChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({ type = 'text', name, label, description, error, required, value, onChange, ref, ...inputProps }: TextFieldProps) {
  const ids = useFieldIds({ hasDescription: Boolean(description), hasError: Boolean(error) });
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FieldLabel htmlFor={ids.inputId} required={required}>{label}</FieldLabel>}
      description={<FieldDescription id={ids.descriptionId}>{description}</FieldDescription>}
      errorMessage={<FieldError id={ids.errorId}>{error}</FieldError>}
      input={
        <Textbox
          {...inputProps}
          {...inputTypeProps(type)}
          ref={ref}
          id={ids.inputId}
          name={name}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          required={required}
          invalid={Boolean(error)}
          aria-describedby={ids.describedBy}
        />
      }
    />
  );
}

/** Number fields are text fields with a numeric keyboard: type="number" changes values on scroll and hides typos. */
function inputTypeProps(type: NonNullable<TextFieldProps['type']>): Pick<InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode'> {
  return type === 'number' ? { type: 'text', inputMode: 'numeric' } : { type };
}
