import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { apiRequest, ErrorState, PageHeading, RouterButtonLink, TextField } from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useFormSubmit } from '../components/useFormSubmit';
import { useEmployerT } from '../messages';
import type { FieldErrors } from './organisation-form';

type Field = 'password' | 'repeat' | 'token';
const FORM = '.employer-accept';
const PASSWORD_MIN_LENGTH = 12;

/** A colleague invited by e-mail chooses a password here (the link carries the token), then signs in. */
export function AcceptInvitationPage() {
  const t = useEmployerT();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const form = useFormSubmit<Field>(['password', 'repeat', 'token'], FORM);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const own: FieldErrors<Field> = {
      password: password.length >= PASSWORD_MIN_LENGTH ? undefined : t('register.error.password'),
      repeat: repeat === password ? undefined : t('invitation.error.repeat'),
    };
    void form.submit(own, async () => {
      await apiRequest('/team-invitation-acceptances', { method: 'POST', body: { token, password } });
      setDone(true);
    });
  };

  if (done) {
    return (
      <>
        <PageHeading>{t('invitation.doneTitle')}</PageHeading>
        <Alert type="ok" role="status">
          <Paragraph>{t('invitation.done')}</Paragraph>
        </Alert>
        <RouterButtonLink to="/inloggen">{t('invitation.signIn')}</RouterButtonLink>
      </>
    );
  }
  return (
    <>
      <PageHeading>{t('invitation.title')}</PageHeading>
      <Paragraph>{t('invitation.intro')}</Paragraph>
      {!token && (
        <Alert type="error" role="alert">
          <Paragraph>{t('invitation.noToken')}</Paragraph>
        </Alert>
      )}
      {form.errors.token && (
        <Alert type="error" role="alert">
          <Paragraph>{t('invitation.badToken')}</Paragraph>
        </Alert>
      )}
      {form.problem && !form.errors.token && <ErrorState problem={form.problem} />}
      <form className="meedoen-form employer-accept" noValidate onSubmit={submit}>
        <TextField name="password" type="password" label={t('register.password')} description={t('register.passwordHint')} required autoComplete="new-password" value={password} onChange={setPassword} error={form.errors.password} />
        <TextField name="repeat" type="password" label={t('invitation.repeat')} required autoComplete="new-password" value={repeat} onChange={setRepeat} error={form.errors.repeat} />
        <Button type="submit" appearance="primary-action-button" busy={form.busy} disabled={form.busy || !token}>
          {t('invitation.submit')}
        </Button>
      </form>
    </>
  );
}
