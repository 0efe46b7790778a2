import { Textbox } from '@utrecht/component-library-react';
import type { InputHTMLAttributes, Ref } from 'react';
import { LabelledField, type FieldBaseProps } from './FieldParts';

type NativeInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange' | 'name' | 'required'>;

export interface DateFieldProps extends FieldBaseProps, NativeInputProps {
  /** A calendar day (YYYY-MM-DD, the browser's date picker) or a time of day (HH:MM). */
  type?: 'date' | 'time';
  value: string;
  onChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
}

/** A day or time picker with its label, hint and error: the value is always YYYY-MM-DD or HH:MM, whatever the language. */
export function DateField({ type = 'date', name, label, description, error, required, value, onChange, ref, ...inputProps }: DateFieldProps) {
  return (
    <LabelledField name={name} label={label} description={description} error={error} required={required}>
      {(control) => <Textbox {...inputProps} type={type} {...control} ref={ref} value={value} onChange={(event) => onChange(event.target.value)} />}
    </LabelledField>
  );
}
