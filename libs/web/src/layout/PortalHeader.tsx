import { PageHeader } from '@utrecht/component-library-react';
import { Link } from 'react-router';
import type { ApiProblem } from '../api';
import { useT } from '../i18n';
import { AccountControls } from './AccountControls';
import { LanguageSwitch } from './LanguageSwitch';
import type { NavItem } from './navigation';
import { PrimaryNavigation } from './PrimaryNavigation';

export interface PortalHeaderProps {
  navigation: readonly NavItem[];
  municipalityName?: string;
  onProblem: (problem: ApiProblem) => void;
}

export function PortalHeader({ navigation, municipalityName, onProblem }: PortalHeaderProps) {
  const t = useT();
  return (
    <PageHeader className="meedoen-header">
      <div className="utrecht-page-header__content meedoen-header__content">
        <div className="meedoen-header__bar">
          <Link to="/" className="meedoen-brand">
            <span className="meedoen-brand__product">{t('product.name')}</span>
            <span className="meedoen-brand__portal">{t('portal.name')}</span>
          </Link>
          <div className="meedoen-header__tools">
            {municipalityName && (
              <span className="meedoen-header__municipality">{t('layout.municipality', { name: municipalityName })}</span>
            )}
            <AccountControls onProblem={onProblem} />
            <LanguageSwitch />
          </div>
        </div>
        <PrimaryNavigation items={navigation} />
      </div>
    </PageHeader>
  );
}
