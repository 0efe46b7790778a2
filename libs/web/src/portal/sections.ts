import { useAuth } from '../auth/AuthProvider';
import type { Role } from '../auth/user';
import { useT } from '../i18n';
import type { NavItem } from '../layout/navigation';

/** A main part of a portal: it gets a menu item and a card on the home page. */
export interface PortalSection<Key extends string> {
  path: string;
  titleKey: Key;
  descriptionKey: Key;
  /** Only these roles see the section; all of the portal's roles when left out. */
  roles?: readonly Role[];
}

export interface TranslatedSection {
  to: string;
  title: string;
  description: string;
}

export function useTranslatedSections<Key extends string>(sections: readonly PortalSection<Key>[]): TranslatedSection[] {
  const t = useT<Key>();
  const { user } = useAuth();
  return sections
    .filter((section) => !section.roles || (user !== null && section.roles.includes(user.role)))
    .map((section) => ({ to: section.path, title: t(section.titleKey), description: t(section.descriptionKey) }));
}

/** The main menu: start page plus the sections, only for users the portal is meant for (others see no menu). */
export function useSectionNavigation<Key extends string>(sections: readonly PortalSection<Key>[], roles: readonly Role[]): NavItem[] {
  const t = useT();
  const { user } = useAuth();
  const translated = useTranslatedSections(sections);
  if (!user || !roles.includes(user.role)) return [];
  return [{ to: '/', label: t('layout.home') }, ...translated.map((section) => ({ to: section.to, label: section.title }))];
}
