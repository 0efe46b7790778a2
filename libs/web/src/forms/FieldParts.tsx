import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { useFieldIds } from './field-ids';

/** What every form field takes: a visible label, an optional hint and the error to show. */
export interface FieldBaseProps {
  name: string;
  label: string;
  description?: ReactNode;
  error?: string;
  /** Required fields get no mark; optional ones say "(niet verplicht)", as NL Design System advises. */
  required?: boolean;
}

export function FieldLabel({ htmlFor, required, children }: { htmlFor: string; required?: boolean; children: ReactNode }) {
  return (
    <FormLabel htmlFor={htmlFor}>
      {children}
      {!required && <OptionalMark />}
    </FormLabel>
  );
}

export function OptionalMark() {
  const t = useT();
  return <span className="meedoen-optional-mark"> {t('form.optional')}</span>;
}

export function FieldDescription({ id, children }: { id: string; children?: ReactNode }) {
  return children ? <FormFieldDescription id={id}>{children}</FormFieldDescription> : null;
}

export function FieldError({ id, children }: { id: string; children?: string }) {
  return children ? (
    <FormFieldErrorMessage id={id} className="meedoen-field-error">
      {children}
    </FormFieldErrorMessage>
  ) : null;
}

/** What the control inside a LabelledField must carry to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  name: string;
  required?: boolean;
  invalid: boolean;
  'aria-describedby': string | undefined;
}

/** The label, hint and error around one control, wired together for screen readers. */
export function LabelledField({ name, label, description, error, required, children }: FieldBaseProps & { children: (control: FieldControlProps) => ReactNode }) {
  const ids = useFieldIds({ hasDescription: Boolean(description), hasError: Boolean(error) });
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FieldLabel htmlFor={ids.inputId} required={required}>{label}</FieldLabel>}
      description={<FieldDescription id={ids.descriptionId}>{description}</FieldDescription>}
      errorMessage={<FieldError id={ids.errorId}>{error}</FieldError>}
      input={children({ id: ids.inputId, name, required, invalid: Boolean(error), 'aria-describedby': ids.describedBy })}
    />
  );
}
