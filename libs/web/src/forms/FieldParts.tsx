import { FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useT } from '../i18n';

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
