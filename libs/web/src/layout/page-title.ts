import { useEffect } from 'react';
import { useT } from '../i18n';

/** Sets the browser tab title: "{page} - {portal} - Meedoen Werkt!". */
export function usePageTitle(page: string): void {
  const t = useT();
  const title = t('page.title', { page, portal: t('portal.name') });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
