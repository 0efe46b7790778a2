import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { apiRequest, toApiProblem, type ApiProblem } from '../api';
import { TextField } from '../forms';
import { useT } from '../i18n';
import { PageHeading } from '../layout/PageHeading';
import { RouterButtonLink, RouterLink } from '../layout/RouterLink';
import { ErrorState } from '../states';

const PASSWORD_MIN_LENGTH = 12;

/** The page the reset e-mail links to: the token comes in the address, the new password from the user. */
export function NewPasswordPage() {
  const t = useT();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<ApiProblem>();
  const [linkInvalid, setLinkInvalid] = useState(token === '');
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    const localError = password === '' ? t('password.newMissing') : password.length < PASSWORD_MIN_LENGTH ? t('password.newTooShort') : undefined;
    setError(localError);
    if (localError) return passwordInput.current?.focus();
    setBusy(true);
    try {
      await apiRequest<void>('/password-resets/completions', { method: 'POST', body: { token, newPassword: password } });
      setSaved(true);
    } catch (caught) {
      const answer = toApiProblem(caught);
      if (answer.reasonFor('token')) setLinkInvalid(true);
      else if (answer.reasonFor('newPassword')) {
        setError(answer.reasonFor('newPassword'));
        passwordInput.current?.focus();
      } else setProblem(answer);
    } finally {
      setBusy(false);
    }
  };

  if (saved) {
    return (
      <>
        <PageHeading>{t('password.newTitle')}</PageHeading>
        <Alert type="ok" role="status">
          <Paragraph>{t('password.newSaved')}</Paragraph>
        </Alert>
        <RouterButtonLink to="/inloggen">{t('layout.signIn')}</RouterButtonLink>
      </>
    );
  }
  return (
    <>
      <PageHeading>{t('password.newTitle')}</PageHeading>
      {linkInvalid ? (
        <>
          <Alert type="error" role="alert">
            <Paragraph>{t('password.linkInvalid')}</Paragraph>
          </Alert>
          <Paragraph>
            <RouterLink to="/wachtwoord-vergeten">{t('password.askNewLink')}</RouterLink>
          </Paragraph>
        </>
      ) : (
        <>
          <Paragraph>{t('password.newIntro')}</Paragraph>
          {problem && <ErrorState problem={problem} />}
          <form onSubmit={submit} noValidate className="meedoen-form">
            <TextField
              ref={passwordInput}
              name="newPassword"
              type="password"
              label={t('password.new')}
              description={t('password.newDescription')}
              autoComplete="new-password"
              required
              value={password}
              onChange={setPassword}
              error={error}
            />
            <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
              {busy ? t('form.busy') : t('password.newSubmit')}
            </Button>
          </form>
        </>
      )}
    </>
  );
}
