import { ErrorState, LoadingState, PageHeading, RouterLink, useApiQuery, type CaseloadItemResponse, type IntakeResponse } from '@meedoen/web';
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { IntakeForm } from '../components/IntakeForm';
import { PurposeForm } from '../components/PurposeForm';
import { queryString } from '../format';
import { useCaseworkerT } from '../messages';
import '../casework.css';

const NOT_FOUND = 404;

/** The intake form. An existing intake is read only after a purpose (audited); the resident page passes the one already given. */
export function IntakePage() {
  const t = useCaseworkerT();
  const { seekerId = '' } = useParams();
  const location = useLocation();
  const given = (location.state as { purpose?: unknown } | null)?.purpose;
  const [purpose, setPurpose] = useState<string | null>(typeof given === 'string' ? given : null);
  const caseFile = useApiQuery<CaseloadItemResponse>(`/seekers/${seekerId}/case-file`);
  const intake = useApiQuery<IntakeResponse>(purpose ? `/seekers/${seekerId}/intake${queryString({ purpose })}` : null);
  const name = caseFile.status === 'success' ? caseFile.data.displayName : '';

  return (
    <>
      <RouterLink to={`/werkzoekenden/${seekerId}`}>{name ? t('intakeForm.backTo', { name }) : t('intakeForm.back')}</RouterLink>
      <PageHeading>{name ? t('intakeForm.titleFor', { name }) : t('intakeForm.title')}</PageHeading>
      {caseFile.status === 'error' && <ErrorState problem={caseFile.problem} onRetry={caseFile.reload} />}
      {caseFile.status === 'success' && (
        <>
          {purpose === null && <PurposeForm onPurpose={setPurpose} />}
          {intake.status === 'loading' && <LoadingState />}
          {intake.status === 'error' &&
            (intake.problem.status === NOT_FOUND ? <IntakeForm seekerId={seekerId} intake={null} /> : <ErrorState problem={intake.problem} onRetry={intake.reload} />)}
          {intake.status === 'success' && <IntakeForm seekerId={seekerId} intake={intake.data} />}
        </>
      )}
      {caseFile.status === 'loading' && <LoadingState />}
    </>
  );
}
