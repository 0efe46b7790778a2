import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useAuth } from '../auth/AuthProvider';
import { NotForYourRole } from '../auth/NotForYourRole';
import type { Role } from '../auth/user';
import { useT } from '../i18n';
import { PageHeading } from '../layout/PageHeading';
import { RouterButtonLink, RouterLink } from '../layout/RouterLink';
import { LoadingState } from '../states';
import { useTranslatedSections, type PortalSection } from './sections';

export interface PortalHomePageProps<Key extends string> {
  roles: readonly Role[];
  /** Heading for visitors who are not signed in. */
  title: string;
  /** What the portal is for, in a few short paragraphs, for visitors who are not signed in. */
  intro: ReactNode;
  /** The portal's main sections, shown to signed-in users as what is coming. */
  sections: readonly PortalSection<Key>[];
  /** Something everyone must know, shown whether signed in or not. */
  notice?: ReactNode;
}

/** Start page of a portal: an explanation and the way in for visitors, a greeting and the sections for users. */
export function PortalHomePage<Key extends string>({ roles, title, intro, sections, notice }: PortalHomePageProps<Key>) {
  const t = useT();
  const { state, user } = useAuth();
  const upcoming = useTranslatedSections(sections);

  if (state.status === 'checking') {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <LoadingState />
      </>
    );
  }
  if (!user) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <div className="meedoen-intro">{intro}</div>
        {notice}
        <Paragraph>{t('home.signInHint')}</Paragraph>
        <RouterButtonLink to="/inloggen">{t('layout.signIn')}</RouterButtonLink>
      </>
    );
  }
  if (!roles.includes(user.role)) return <NotForYourRole role={user.role} allowedRoles={roles} />;

  return (
    <>
      <PageHeading>{t('home.greeting', { name: user.displayName })}</PageHeading>
      {notice}
      <Heading level={2}>{t('home.upcomingTitle')}</Heading>
      <ul className="meedoen-card-list">
        {upcoming.map((item) => (
          <li key={item.to} className="meedoen-card">
            <Heading level={3} className="meedoen-card__title">
              <RouterLink to={item.to}>{item.title}</RouterLink>
            </Heading>
            <Paragraph className="meedoen-card__description">{item.description}</Paragraph>
          </li>
        ))}
      </ul>
    </>
  );
}
