import { Paragraph } from '@utrecht/component-library-react';
import { PortalHomePage, RouterLink, useAuth } from '@meedoen/web';
import { DashboardPage } from '../dashboard/DashboardPage';
import { useEmployerT } from '../messages';
import { EMPLOYER_ROLES, employerSections } from '../sections';
import { ReviewNotice } from './ReviewNotice';

/** Signed-in employers get their dashboard; everyone else an explanation, the way in and the way to register. */
export function HomePage() {
  const t = useEmployerT();
  const { user } = useAuth();
  if (user?.role === 'employer') return <DashboardPage />;
  return (
    <PortalHomePage
      roles={EMPLOYER_ROLES}
      title={t('home.title')}
      sections={employerSections}
      notice={<ReviewNotice />}
      intro={
        <>
          <Paragraph lead>{t('home.introOffer')}</Paragraph>
          <Paragraph>{t('home.introMatch')}</Paragraph>
          <Paragraph>{t('home.introSupport')}</Paragraph>
          <Paragraph>
            <RouterLink to="/aanmelden">{t('home.register')}</RouterLink>
          </Paragraph>
        </>
      }
    />
  );
}
