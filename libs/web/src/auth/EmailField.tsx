import type { Ref } from 'react';
import { TextField } from '../forms';
import { useT } from '../i18n';

/** The e-mail address of an existing account, as the sign-in and forgot-password forms ask for it. */
export function AccountEmailField({ value, onChange, error, ref }: { value: string; onChange: (value: string) => void; error?: string; ref?: Ref<HTMLInputElement> }) {
  const t = useT();
  return (
    <TextField
      ref={ref}
      name="email"
      type="email"
      label={t('signIn.email')}
      description={t('signIn.emailDescription')}
      autoComplete="username"
      spellCheck={false}
      required
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
