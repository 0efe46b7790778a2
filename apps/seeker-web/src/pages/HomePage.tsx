import { Heading, Paragraph } from '@utrecht/component-library-react';
import { PageHeading, PortalHomePage, RouterButtonLink, RouterLink, useAuth, useTranslatedSections } from '@meedoen/web';
import { useSeekerT } from '../messages';
import { SEEKER_ROLES, seekerSections } from '../sections';

/** Visitors: what this is and the way in. Seekers: a greeting and the main parts of the portal. */
export function HomePage() {
  const t = useSeekerT();
  const { user } = useAuth();
  const sections = useTranslatedSections(seekerSections);
  if (user?.role !== 'seeker') {
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
            <Paragraph>{t('home.registerHint')}</Paragraph>
            <Paragraph>
              <RouterButtonLink to="/registreren" appearance="secondary-action-button">
                {t('home.register')}
              </RouterButtonLink>
            </Paragraph>
          </>
        }
      />
    );
  }
  return (
    <>
      <PageHeading>{t('home.greeting', { name: user.displayName })}</PageHeading>
      <Paragraph lead>{t('home.signedInIntro')}</Paragraph>
      <Paragraph>
        <RouterButtonLink to="/profiel">{t('home.toProfile')}</RouterButtonLink>
      </Paragraph>
      <Heading level={2}>{t('home.whatToDo')}</Heading>
      <ul className="meedoen-card-list">
        {sections.map((section) => (
          <li key={section.to} className="meedoen-card">
            <Heading level={3} className="meedoen-card__title">
              <RouterLink to={section.to}>{section.title}</RouterLink>
            </Heading>
            <Paragraph className="meedoen-card__description">{section.description}</Paragraph>
          </li>
        ))}
      </ul>
    </>
  );
}
