import { ComingSoonPage } from '@meedoen/web';
import { useSeekerT } from '../messages';

export function ForYouPage() {
  const t = useSeekerT();
  return <ComingSoonPage title={t('section.forYou')} />;
}
