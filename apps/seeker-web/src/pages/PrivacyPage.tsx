import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useNavigate } from 'react-router';
import { API_BASE_PATH, apiRequest, ErrorState, LoadingState, PageHeading, useApiAction, useApiQuery, useAuth, type SeekerExportResponse } from '@meedoen/web';
import { ConfirmButton } from '../components/ConfirmButton';
import { useDates } from '../components/useDates';
import { useSeekerT, type SeekerMessageKey } from '../messages';

const PART_LABEL: Record<string, SeekerMessageKey> = {
  profile: 'privacy.part.profile',
  applications: 'privacy.part.applications',
  proposals: 'privacy.part.proposals',
  appointments: 'privacy.part.appointments',
  placements: 'privacy.part.placements',
  caseFile: 'privacy.part.caseFile',
  intake: 'privacy.part.intake',
};
const MAX_AUDIT_ROWS = 20;

const summaryOf = (value: unknown) => (Array.isArray(value) ? value.length : value === null || value === undefined ? 0 : 1);

/** See everything we keep about you, download it as a file, or delete your account. */
export function PrivacyPage() {
  const t = useSeekerT();
  const exported = useApiQuery<SeekerExportResponse>('/seekers/me/export');
  return (
    <>
      <PageHeading>{t('section.privacy')}</PageHeading>
      <Paragraph lead>{t('privacy.intro')}</Paragraph>
      <Paragraph>
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={`${API_BASE_PATH}/seekers/me/export`} download>
          {t('privacy.download')}
        </a>
      </Paragraph>
      {exported.status === 'loading' && <LoadingState />}
      {exported.status === 'error' && <ErrorState problem={exported.problem} onRetry={exported.reload} />}
      {exported.status === 'success' && <ExportSummary exported={exported.data} />}
      <DeleteAccount />
    </>
  );
}

function ExportSummary({ exported }: { exported: SeekerExportResponse }) {
  const t = useSeekerT();
  const dates = useDates();
  const { account } = exported;
  return (
    <>
      <Heading level={2}>{t('privacy.account')}</Heading>
      <dl className="meedoen-facts">
        <dt>{t('register.name')}</dt>
        <dd>{account.displayName}</dd>
        <dt>{t('register.email')}</dt>
        <dd>{account.email}</dd>
        <dt>{t('privacy.since')}</dt>
        <dd>{dates.date(account.createdAt)}</dd>
      </dl>
      <Heading level={2}>{t('privacy.whatWeKeep')}</Heading>
      <ul className="meedoen-plain-list">
        {Object.entries(exported.data).map(([part, value]) => (
          <li key={part}>
            <details className="meedoen-details">
              <summary>{t('privacy.partCount', { part: PART_LABEL[part] ? t(PART_LABEL[part]) : part, count: summaryOf(value) })}</summary>
              <pre className="meedoen-export">{JSON.stringify(value, null, 2)}</pre>
            </details>
          </li>
        ))}
      </ul>
      <Heading level={2}>{t('privacy.whoLooked')}</Heading>
      <Paragraph>{t('privacy.whoLookedIntro')}</Paragraph>
      <ol className="meedoen-timeline">
        {exported.auditTrail.slice(0, MAX_AUDIT_ROWS).map((event, index) => (
          <li key={`${event.occurredAt}-${index}`}>
            <time dateTime={event.occurredAt}>{dates.dateTime(event.occurredAt)}</time>: {event.actor?.displayName ?? t('privacy.system')} ({event.action})
          </li>
        ))}
      </ol>
    </>
  );
}

function DeleteAccount() {
  const t = useSeekerT();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const { busy, problem, run } = useApiAction();
  const erase = async () => {
    if (await run(() => apiRequest('/seekers/me', { method: 'DELETE' }))) {
      await signOut();
      navigate('/account-verwijderd');
    }
  };
  return (
    <section aria-labelledby="delete-heading">
      <Heading level={2} id="delete-heading">
        {t('privacy.deleteTitle')}
      </Heading>
      <Paragraph>{t('privacy.deleteIntro')}</Paragraph>
      {problem && <ErrorState problem={problem} />}
      <ConfirmButton label={t('privacy.delete')} question={t('privacy.deleteQuestion')} disabled={busy} onConfirm={erase} />
    </section>
  );
}

/** Where you land after deleting your account. */
export function AccountDeletedPage() {
  const t = useSeekerT();
  return (
    <>
      <PageHeading>{t('privacy.deletedTitle')}</PageHeading>
      <Alert type="ok" role="status">
        <Paragraph>{t('privacy.deleted')}</Paragraph>
      </Alert>
    </>
  );
}
