import { Alert, Paragraph } from '@utrecht/component-library-react';
import { RouterLink, type EmployerResponse } from '@meedoen/web';
import { useEmployerT } from '../messages';

/** Whether the municipality checked the organisation, and what that means for its vacancies; nothing once verified. */
export function VerificationNotice({ employer }: { employer: EmployerResponse }) {
  const t = useEmployerT();
  if (employer.verificationStatus === 'verified') return null;
  if (employer.verificationStatus === 'rejected') {
    return (
      <Alert type="error">
        <Paragraph>{t('verification.rejected')}</Paragraph>
        {employer.verificationNote && <Paragraph>{t('verification.reason', { reason: employer.verificationNote })}</Paragraph>}
        <Paragraph>
          <RouterLink to="/organisatie">{t('verification.fix')}</RouterLink>
        </Paragraph>
      </Alert>
    );
  }
  return (
    <Alert type="warning">
      <Paragraph>{t('verification.pending')}</Paragraph>
    </Alert>
  );
}
