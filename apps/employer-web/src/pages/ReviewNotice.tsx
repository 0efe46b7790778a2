import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEmployerT } from '../messages';

/** New organisations are checked by a caseworker before their vacancies are public; employers must know up front. */
export function ReviewNotice() {
  const t = useEmployerT();
  return (
    <Alert type="info">
      <Paragraph>{t('home.reviewNotice')}</Paragraph>
    </Alert>
  );
}
