import { Button } from '@utrecht/component-library-react';
import { useNavigate } from 'react-router';
import { toApiProblem, type ApiProblem } from '../api';
import { useAuth } from '../auth/AuthProvider';
import { useT } from '../i18n';
import { NotificationsLink } from '../notifications/NotificationsLink';
import { focusMainHeading } from './route-focus';
import { RouterLink } from './RouterLink';

/** "Ingelogd als …" with a sign-out button, or a sign-in link. */
export function AccountControls({ onProblem }: { onProblem: (problem: ApiProblem) => void }) {
  const t = useT();
  const { state, user, signOut } = useAuth();
  const navigate = useNavigate();

  if (state.status === 'checking') return null;
  if (!user) {
    return (
      <RouterLink to="/inloggen" className="meedoen-account__sign-in">
        {t('layout.signIn')}
      </RouterLink>
    );
  }

  const signOutAndGoHome = async () => {
    try {
      await signOut();
      navigate('/');
      focusMainHeading();
    } catch (error) {
      onProblem(toApiProblem(error));
    }
  };

  return (
    <>
      <NotificationsLink />
      <span className="meedoen-account__name">{t('layout.signedInAs', { name: user.displayName })}</span>
      <Button appearance="secondary-action-button" onClick={signOutAndGoHome}>
        {t('layout.signOut')}
      </Button>
    </>
  );
}
