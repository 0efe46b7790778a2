import { ComingSoonPage } from '@meedoen/web';
import { useEmployerT } from '../messages';

export function VacanciesPage() {
  const t = useEmployerT();
  return <ComingSoonPage title={t('section.vacancies')} />;
}
