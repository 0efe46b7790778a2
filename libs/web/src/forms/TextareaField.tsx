import { Textarea } from '@utrecht/component-library-react';
import type { Ref, TextareaHTMLAttributes } from 'react';
import { LabelledField, type FieldBaseProps } from './FieldParts';

type NativeTextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'name' | 'required'>;

export interface TextareaFieldProps extends FieldBaseProps, NativeTextareaProps {
  value: string;
  onChange: (value: string) => void;
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextareaField({ name, label, description, error, required, value, onChange, ref, ...textareaProps }: TextareaFieldProps) {
  return (
    <LabelledField name={name} label={label} description={description} error={error} required={required}>
      {(control) => <Textarea {...textareaProps} {...control} ref={ref} value={value} onChange={(event) => onChange(event.target.value)} />}
    </LabelledField>
  );
}
