import { FormField, Textarea } from '@utrecht/component-library-react';
import type { Ref, TextareaHTMLAttributes } from 'react';
import { useFieldIds } from './field-ids';
import { FieldDescription, FieldError, FieldLabel, type FieldBaseProps } from './FieldParts';

type NativeTextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'name' | 'required'>;

export interface TextareaFieldProps extends FieldBaseProps, NativeTextareaProps {
  value: string;
  onChange: (value: string) => void;
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextareaField({ name, label, description, error, required, value, onChange, ref, ...textareaProps }: TextareaFieldProps) {
  const ids = useFieldIds({ hasDescription: Boolean(description), hasError: Boolean(error) });
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FieldLabel htmlFor={ids.inputId} required={required}>{label}</FieldLabel>}
      description={<FieldDescription id={ids.descriptionId}>{description}</FieldDescription>}
      errorMessage={<FieldError id={ids.errorId}>{error}</FieldError>}
      input={
        <Textarea
          {...textareaProps}
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
