import { ComingSoonPage } from '@meedoen/web';
import { useSeekerT } from '../messages';

export function SearchPage() {
  const t = useSeekerT();
  return <ComingSoonPage title={t('section.search')} />;
}
