import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { Navigate } from 'react-router';
import { toApiProblem, type ApiProblem } from '../api';
import { TextField } from '../forms';
import { useT } from '../i18n';
import { PageHeading } from '../layout/PageHeading';
import { focusMainHeading } from '../layout/route-focus';
import { RouterLink } from '../layout/RouterLink';
import { ErrorState } from '../states';
import { useAuth } from './AuthProvider';
import { AccountEmailField } from './EmailField';
import { validateSignIn, type SignInFieldErrors } from './sign-in-validation';

const UNAUTHORIZED = 401;

/** Field errors: our own checks name a message, the API's reasons come as text. */
type FieldErrorTexts = Partial<Record<'email' | 'password', string>>;

export interface SignInPageProps {
  /** Where to go once signed in. Without it the page stays, for when it stands in for a protected page. */
  redirectTo?: string;
}

export function SignInPage({ redirectTo }: SignInPageProps) {
  const t = useT();
  const { user, signIn } = useAuth();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<SignInFieldErrors>({});
  const [apiFieldErrors, setApiFieldErrors] = useState<FieldErrorTexts>({});
  const [wrongCredentials, setWrongCredentials] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const [busy, setBusy] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  if (user && redirectTo) return <Navigate to={redirectTo} replace />;

  const resetFeedback = () => {
    setApiFieldErrors({});
    setWrongCredentials(false);
    setProblem(undefined);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    resetFeedback();
    const errors = validateSignIn({ email, password });
    setFieldErrors(errors);
    if (errors.email) return emailInput.current?.focus();
    if (errors.password) return passwordInput.current?.focus();

    setBusy(true);
    try {
      await signIn(email.trim(), password);
      if (!redirectTo) focusMainHeading();
    } catch (error) {
      const answer = toApiProblem(error);
      if (answer.status === UNAUTHORIZED) setWrongCredentials(true);
      else if (answer.reasonFor('email') || answer.reasonFor('password')) {
        setApiFieldErrors({ email: answer.reasonFor('email'), password: answer.reasonFor('password') });
      } else setProblem(answer);
    } finally {
      setBusy(false);
    }
  };

  const errorFor = (field: 'email' | 'password') => {
    const key = fieldErrors[field];
    return key ? t(key) : apiFieldErrors[field];
  };

  return (
    <>
      <PageHeading>{t('signIn.title')}</PageHeading>
      <Paragraph>{t('signIn.intro')}</Paragraph>
      {wrongCredentials && (
        <Alert type="error" role="alert">
          <Paragraph>{t('signIn.wrongCredentials')}</Paragraph>
        </Alert>
      )}
      {problem && <ErrorState problem={problem} />}
      <form onSubmit={submit} noValidate className="meedoen-form">
        <AccountEmailField ref={emailInput} value={email} onChange={setEmail} error={errorFor('email')} />
        <TextField
          ref={passwordInput}
          name="password"
          type="password"
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
          error={errorFor('password')}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </Button>
      </form>
      <Paragraph>
        <RouterLink to="/wachtwoord-vergeten">{t('password.forgotLink')}</RouterLink>
      </Paragraph>
    </>
  );
}
