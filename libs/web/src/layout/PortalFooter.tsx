import { Link, PageFooter, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../i18n';

/** The credits and privacy statement live on the landing page at the site root, outside the portals. */
export function PortalFooter() {
  const t = useT();
  return (
    <PageFooter className="meedoen-footer">
      <div className="utrecht-page-footer__content meedoen-footer__content">
        <Paragraph>{t('layout.footerAbout')}</Paragraph>
        <nav aria-label={t('layout.footerNavigation')}>
          <ul className="meedoen-footer__links">
            <li>
              <Link href="/#bronnen">{t('layout.credits')}</Link>
            </li>
            <li>
              <Link href="/#privacy">{t('layout.privacy')}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </PageFooter>
  );
}
