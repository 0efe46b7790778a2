import { Paragraph } from '@utrecht/component-library-react';
import { PortalHomePage } from '@meedoen/web';
import { useSeekerT } from '../messages';
import { SEEKER_ROLES, seekerSections } from '../sections';

export function HomePage() {
  const t = useSeekerT();
  return (
    <PortalHomePage
      roles={SEEKER_ROLES}
      title={t('home.title')}
      sections={seekerSections}
      intro={
        <>
          <Paragraph lead>{t('home.introSearch')}</Paragraph>
          <Paragraph>{t('home.introHelp')}</Paragraph>
          <Paragraph>{t('home.introPace')}</Paragraph>
        </>
      }
    />
  );
}
