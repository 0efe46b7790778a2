import { useT } from '../i18n';
import type { NavItem } from './navigation';
import { RouterNavLink } from './RouterLink';

export function PrimaryNavigation({ items }: { items: readonly NavItem[] }) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <nav className="meedoen-primary-nav" aria-label={t('layout.primaryNavigation')}>
      <ul className="meedoen-primary-nav__list">
        {items.map((item) => (
          <li key={item.to} className="meedoen-primary-nav__item">
            <RouterNavLink to={item.to} end={item.to === '/'} className="meedoen-primary-nav__link">
              {item.label}
            </RouterNavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
