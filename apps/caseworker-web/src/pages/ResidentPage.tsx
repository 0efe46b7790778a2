import { Button, Heading } from '@utrecht/component-library-react';
import { apiRequest, ErrorState, LoadingState, PageHeading, RouterButtonLink, RouterLink, useApiAction, useApiQuery, useAuth, type CaseloadItemResponse } from '@meedoen/web';
import { useState } from 'react';
import { useParams } from 'react-router';
import { CaseActionsPanel } from '../components/CaseActionsPanel';
import { CaseOverview } from '../components/CaseOverview';
import { IntakePanel } from '../components/IntakePanel';
import { ProfilePanel } from '../components/ProfilePanel';
import { caseStatusKey, segmentKey } from '../components/labels';
import { useDateFormat } from '../format';
import { useCaseworkerT } from '../messages';
import '../casework.css';

/** One screen per resident: case state, profile, intake (after a purpose), actions, and everything that happened. */
export function ResidentPage() {
  const t = useCaseworkerT();
  const format = useDateFormat();
  const { seekerId = '' } = useParams();
  const caseFile = useApiQuery<CaseloadItemResponse>(`/seekers/${seekerId}/case-file`);
  const [version, setVersion] = useState(0);
  const { user } = useAuth();
  const assignment = useApiAction();
  const changed = () => {
    caseFile.reload();
    setVersion((count) => count + 1);
  };

  if (caseFile.status === 'error') {
    return (
      <>
        <PageHeading>{t('resident.title')}</PageHeading>
        <ErrorState problem={caseFile.problem} onRetry={caseFile.reload} />
        <RouterLink to="/werkzoekenden">{t('resident.back')}</RouterLink>
      </>
    );
  }
  if (caseFile.status !== 'success') return <LoadingState />;
  const resident = caseFile.data;
  const assignToMe = async () => {
    if (await assignment.run(() => apiRequest(`/seekers/${seekerId}/caseworker`, { method: 'PUT', body: { caseworkerId: user?.id } }))) caseFile.reload();
  };

  return (
    <>
      <RouterLink to="/werkzoekenden">{t('resident.back')}</RouterLink>
      <PageHeading>{resident.displayName}</PageHeading>
      <section aria-labelledby="case-heading">
        <Heading level={2} id="case-heading" className="regie-visually-hidden">
          {t('resident.case')}
        </Heading>
        <dl className="regie-facts">
          <dt>{t('caseload.segment')}</dt>
          <dd>{t(segmentKey(resident.segment))}</dd>
          <dt>{t('caseload.status')}</dt>
          <dd>{t(caseStatusKey(resident.status))}</dd>
          <dt>{t('caseload.lastContact')}</dt>
          <dd>{resident.lastContactAt ? format.date(resident.lastContactAt) : t('caseload.never')}</dd>
          <dt>{t('caseload.openActions')}</dt>
          <dd>{resident.openActions}</dd>
          <dt>{t('caseload.caseworker')}</dt>
          <dd>{resident.caseworker?.displayName ?? t('caseload.unassigned')}</dd>
        </dl>
        {assignment.problem && <ErrorState problem={assignment.problem} />}
        <div className="regie-actions">
          {user?.role === 'caseworker' && resident.caseworker?.id !== user.id && (
            <Button appearance="secondary-action-button" disabled={assignment.busy} onClick={() => void assignToMe()}>
              {t(resident.caseworker ? 'resident.transferToMe' : 'resident.assignToMe')}
            </Button>
          )}
          <RouterButtonLink to={`/werkzoekenden/${seekerId}/passend-werk`}>{t('resident.matches')}</RouterButtonLink>
        </div>
      </section>
      <div className="regie-columns">
        <ProfilePanel seekerId={seekerId} />
        <IntakePanel seekerId={seekerId} />
        <CaseActionsPanel seekerId={seekerId} onChange={changed} />
      </div>
      <CaseOverview key={version} seekerId={seekerId} />
    </>
  );
}
