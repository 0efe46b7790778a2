import type { VacancyResponse } from '@meedoen/web';
import { useEmployerT } from '../messages';

/** The vacancy status in words (never colour alone), in a tag that also has a colour. */
export function StatusTag({ status }: { status: VacancyResponse['status'] }) {
  const t = useEmployerT();
  return <span className={`employer-status employer-status--${status}`}>{t(`status.${status}`)}</span>;
}
