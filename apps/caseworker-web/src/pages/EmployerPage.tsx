import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { apiRequest, ErrorState, PageHeading, RadioGroupField, RouterLink, TextareaField, useApiAction, useApiQuery, type EmployerResponse, type VerificationRequest } from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { LoadedPage } from '../components/LoadedPage';
import { useDateFormat } from '../format';
import { useCaseworkerT } from '../messages';
import '../casework.css';

const MIN_TEXT = 3;

/** One employer: the details to check in the KvK register, and the decision (approve with what was checked, or reject with a reason). */
export function EmployerPage() {
  const t = useCaseworkerT();
  const format = useDateFormat();
  const { employerId = '' } = useParams();
  const employer = useApiQuery<EmployerResponse>(`/employers/${employerId}`);
  const [decided, setDecided] = useState<EmployerResponse | null>(null);

  const dash = t('profile.unknown');

  return (
    <LoadedPage query={employer} title={t('employer.title')}>
      {(loaded) => {
        const data = decided ?? loaded;
        return (
    <>
      <RouterLink to="/controleren">{t('employer.back')}</RouterLink>
      <PageHeading>{data.name}</PageHeading>
      {decided && (
        <Alert type="ok" role="status">
          <Paragraph>{t(decided.verificationStatus === 'verified' ? 'employer.approvedNotice' : 'employer.rejectedNotice')}</Paragraph>
        </Alert>
      )}
      <div className="regie-columns">
        <section className="regie-panel" aria-labelledby="employer-facts">
          <Heading level={2} id="employer-facts">
            {t('vacancy.facts')}
          </Heading>
          <dl className="regie-facts">
            <dt>{t('caseload.status')}</dt>
            <dd>{t(`verificationStatus.${data.verificationStatus}`)}</dd>
            <dt>{t('reviews.kvk')}</dt>
            <dd>{data.kvkNumber ?? dash}</dd>
            <dt>{t('employer.address')}</dt>
            <dd>{[data.postcode, data.houseNumber, data.city].filter(Boolean).join(' ')}</dd>
            <dt>{t('employer.contact')}</dt>
            <dd>{data.contact ? [data.contact.name, data.contact.email, data.contact.phone].filter(Boolean).join(', ') : dash}</dd>
            <dt>{t('reviews.registered')}</dt>
            <dd>{format.date(data.createdAt)}</dd>
            <dt>{t('employer.note')}</dt>
            <dd>{data.verificationNote ?? dash}</dd>
            <dt>{t('employer.decidedAt')}</dt>
            <dd>{data.verifiedAt ? format.date(data.verifiedAt) : dash}</dd>
          </dl>
        </section>
        <DecisionForm employerId={employerId} pending={data.verificationStatus === 'pending'} onDecided={setDecided} />
      </div>
    </>
        );
      }}
    </LoadedPage>
  );
}

function DecisionForm({ employerId, pending, onDecided }: { employerId: string; pending: boolean; onDecided: (employer: EmployerResponse) => void }) {
  const t = useCaseworkerT();
  const [decision, setDecision] = useState<VerificationRequest['decision'] | ''>('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ decision?: string; text?: string }>({});
  const { busy, problem, run } = useApiAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      decision: decision ? undefined : t('employer.decisionMissing'),
      text: decision && text.trim().length < MIN_TEXT ? t(decision === 'approve' ? 'employer.checkMissing' : 'employer.reasonMissing') : undefined,
    };
    setErrors(found);
    if (found.decision || found.text || !decision) return;
    const body: VerificationRequest = decision === 'approve' ? { decision, kvkCheckNote: text.trim() } : { decision, reason: text.trim() };
    const result = (await run(() => apiRequest<EmployerResponse>(`/employers/${employerId}/verification`, { method: 'POST', body })))?.value;
    if (result) {
      setDecision('');
      setText('');
      onDecided(result);
    }
  };

  return (
    <form className="regie-panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="decision-heading">
      <Heading level={2} id="decision-heading">
        {t(pending ? 'employer.decide' : 'employer.changeDecision')}
      </Heading>
      <RadioGroupField
        name="decision"
        label={t('employer.decision')}
        options={[
          { value: 'approve', label: t('employer.approve') },
          { value: 'reject', label: t('employer.reject') },
        ]}
        value={decision}
        onChange={(value) => setDecision(value as VerificationRequest['decision'])}
        error={errors.decision}
        required
      />
      {decision && (
        <TextareaField
          name={decision === 'approve' ? 'kvkCheckNote' : 'reason'}
          label={t(decision === 'approve' ? 'employer.check' : 'employer.reason')}
          description={t(decision === 'approve' ? 'employer.checkDescription' : 'employer.reasonDescription')}
          value={text}
          onChange={setText}
          error={errors.text ?? problem?.reasonFor(decision === 'approve' ? 'kvkCheckNote' : 'reason')}
          maxLength={1000}
          rows={3}
          required
        />
      )}
      {problem && <ErrorState problem={problem} />}
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {t('employer.submit')}
      </Button>
    </form>
  );
}
