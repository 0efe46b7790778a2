import { ComingSoonPage } from '@meedoen/web';
import { useCaseworkerT } from '../messages';

export function ReviewsPage() {
  const t = useCaseworkerT();
  return <ComingSoonPage title={t('section.reviews')} />;
}
