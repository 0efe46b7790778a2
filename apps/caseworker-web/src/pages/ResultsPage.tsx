import { ComingSoonPage } from '@meedoen/web';
import { useCaseworkerT } from '../messages';

export function ResultsPage() {
  const t = useCaseworkerT();
  return <ComingSoonPage title={t('section.results')} />;
}
