import { ComingSoonPage } from '@meedoen/web';
import { useEmployerT } from '../messages';

export function CandidatesPage() {
  const t = useEmployerT();
  return <ComingSoonPage title={t('section.candidates')} />;
}
