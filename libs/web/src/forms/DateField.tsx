import { Textbox } from '@utrecht/component-library-react';
import { LabelledField, type FieldBaseProps } from './FieldParts';

export interface DateFieldProps extends FieldBaseProps {
  /** YYYY-MM-DD, or '' when empty. */
  value: string;
  onChange: (value: string) => void;
  min?: string;
  max?: string;
}

/** A day, with the browser's own date picker (keyboard and screen reader friendly). */
export function DateField({ name, label, description, error, required, value, onChange, min, max }: DateFieldProps) {
  return (
    <LabelledField name={name} label={label} description={description} error={error} required={required}>
      {(control) => <Textbox {...control} type="date" min={min} max={max} value={value} onChange={(event) => onChange(event.target.value)} />}
    </LabelledField>
  );
}
