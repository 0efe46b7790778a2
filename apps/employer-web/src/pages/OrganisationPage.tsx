import { ComingSoonPage } from '@meedoen/web';
import { useEmployerT } from '../messages';

export function OrganisationPage() {
  const t = useEmployerT();
  return <ComingSoonPage title={t('section.organisation')} />;
}
