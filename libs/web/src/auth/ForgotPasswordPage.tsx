import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { apiRequest, useApiAction } from '../api';
import { useT } from '../i18n';
import { PageHeading } from '../layout/PageHeading';
import { ErrorState } from '../states';
import { AccountEmailField } from './EmailField';
import { validateSignIn } from './sign-in-validation';

/** "Wachtwoord vergeten": asks for a reset link by e-mail. The answer never tells whether the account exists. */
export function ForgotPasswordPage() {
  const t = useT();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState(false);
  const { busy, problem, run, clearProblem } = useApiAction();
  const emailInput = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clearProblem();
    const errorKey = validateSignIn({ email, password: '-' }).email;
    setError(errorKey ? t(errorKey) : undefined);
    if (errorKey) return emailInput.current?.focus();
    if (await run(() => apiRequest<void>('/password-resets', { method: 'POST', body: { email: email.trim() } }))) setSent(true);
  };

  return (
    <>
      <PageHeading>{t('password.forgotTitle')}</PageHeading>
      {sent ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('password.forgotSent')}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('password.forgotIntro')}</Paragraph>
          {problem && <ErrorState problem={problem} />}
          <form onSubmit={submit} noValidate className="meedoen-form">
            <AccountEmailField ref={emailInput} value={email} onChange={setEmail} error={error} />
            <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
              {busy ? t('form.busy') : t('password.forgotSubmit')}
            </Button>
          </form>
        </>
      )}
    </>
  );
}
