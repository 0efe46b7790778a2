import { Paragraph } from '@utrecht/component-library-react';
import { PortalHomePage } from '@meedoen/web';
import { useCaseworkerT } from '../messages';
import { CASEWORKER_ROLES, caseworkerSections } from '../sections';

export function HomePage() {
  const t = useCaseworkerT();
  return (
    <PortalHomePage
      roles={CASEWORKER_ROLES}
      title={t('home.title')}
      sections={caseworkerSections}
      intro={
        <>
          <Paragraph lead>{t('home.introCases')}</Paragraph>
          <Paragraph>{t('home.introMatches')}</Paragraph>
          <Paragraph>{t('home.introAccess')}</Paragraph>
        </>
      }
    />
  );
}
