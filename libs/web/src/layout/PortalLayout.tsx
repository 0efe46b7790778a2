import { Alert, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import type { ApiProblem } from '../api';
import { useAuth } from '../auth/AuthProvider';
import { classNames } from '../class-names';
import { useT } from '../i18n';
import { ErrorState, problemMessageKey } from '../states';
import { municipalityThemeStyle } from '../theme/municipality-theme';
import { useMunicipality } from '../theme/useMunicipality';
import type { NavItem } from './navigation';
import { PortalFooter } from './PortalFooter';
import { PortalHeader } from './PortalHeader';
import { MAIN_CONTENT_ID, useFocusOnRouteChange } from './route-focus';

export type Density = 'comfortable' | 'dense';

export interface PortalLayoutProps {
  /** The portal's menu for the current user; a hook, so the portal can use its messages and the user. */
  useNavigation: () => readonly NavItem[];
  density: Density;
}

/** Skip link, header, main and footer around every page, in the colour of the user's municipality. */
export function PortalLayout({ useNavigation, density }: PortalLayoutProps) {
  const t = useT();
  const { state, user } = useAuth();
  const navigation = useNavigation();
  const municipality = useMunicipality(user?.municipalityCode);
  const { pathname } = useLocation();
  const [actionProblem, setActionProblem] = useState<ApiProblem>();
  useFocusOnRouteChange();
  useEffect(() => setActionProblem(undefined), [pathname]);

  const sessionProblem = state.status === 'signed-out' ? state.problem : undefined;
  return (
    <div
      className={classNames('meedoen-theme', density === 'dense' && 'meedoen-theme--dense', 'utrecht-document', 'meedoen-root')}
      style={municipalityThemeStyle(municipality?.themeColor)}
    >
      <SkipLink href={`#${MAIN_CONTENT_ID}`}>{t('layout.skipLink')}</SkipLink>
      <PortalHeader navigation={navigation} municipalityName={municipality?.name} onProblem={setActionProblem} />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="utrecht-page-content meedoen-main">
        <div className="meedoen-main__content">
          {sessionProblem && (
            <Alert type="warning">
              <Paragraph>{t('layout.sessionUnknown', { reason: t(problemMessageKey(sessionProblem)) })}</Paragraph>
            </Alert>
          )}
          {actionProblem && <ErrorState problem={actionProblem} />}
          <Outlet />
        </div>
      </main>
      <PortalFooter />
    </div>
  );
}
