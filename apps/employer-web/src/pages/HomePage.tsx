import { Paragraph } from '@utrecht/component-library-react';
import { PortalHomePage } from '@meedoen/web';
import { useEmployerT } from '../messages';
import { EMPLOYER_ROLES, employerSections } from '../sections';
import { ReviewNotice } from './ReviewNotice';

export function HomePage() {
  const t = useEmployerT();
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
        </>
      }
    />
  );
}
