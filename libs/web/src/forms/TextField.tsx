import { Textbox } from '@utrecht/component-library-react';
import type { InputHTMLAttributes, Ref } from 'react';
import { LabelledField, type FieldBaseProps } from './FieldParts';

type NativeInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange' | 'name' | 'required'>;

export interface TextFieldProps extends FieldBaseProps, NativeInputProps {
  type?: 'text' | 'email' | 'password' | 'number' | 'tel' | 'url' | 'date' | 'datetime-local';
  value: string;
  onChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({ type = 'text', name, label, description, error, required, value, onChange, ref, ...inputProps }: TextFieldProps) {
  return (
    <LabelledField name={name} label={label} description={description} error={error} required={required}>
      {(control) => (
        <Textbox {...inputProps} {...inputTypeProps(type)} {...control} ref={ref} value={value} onChange={(event) => onChange(event.target.value)} />
      )}
    </LabelledField>
  );
}

/** Number fields are text fields with a numeric keyboard: type="number" changes values on scroll and hides typos. */
function inputTypeProps(type: NonNullable<TextFieldProps['type']>): Pick<InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode'> {
  return type === 'number' ? { type: 'text', inputMode: 'numeric' } : { type };
}
