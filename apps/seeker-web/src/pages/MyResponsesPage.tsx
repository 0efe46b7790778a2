import { ComingSoonPage } from '@meedoen/web';
import { useSeekerT } from '../messages';

export function MyResponsesPage() {
  const t = useSeekerT();
  return <ComingSoonPage title={t('section.responses')} />;
}
