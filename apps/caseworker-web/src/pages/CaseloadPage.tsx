import { ComingSoonPage } from '@meedoen/web';
import { useCaseworkerT } from '../messages';

export function CaseloadPage() {
  const t = useCaseworkerT();
  return <ComingSoonPage title={t('section.caseload')} />;
}
