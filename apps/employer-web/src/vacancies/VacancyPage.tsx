import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { apiRequest, ErrorState, PageHeading, RouterButtonLink, RouterLink, useApiAction, useApiQuery, type VacancyResponse } from '@meedoen/web';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { LinkCard } from '../components/LinkCard';
import { Flash, useFlash, type FlashState } from '../components/Flash';
import { PendingPage } from '../components/PendingPage';
import { StatusTag } from '../components/StatusTag';
import { useEmployerT, type EmployerMessageKey } from '../messages';
import { formFromVacancy } from './vacancy-form';
import { VacancyPreview } from './VacancyPreview';

type Status = VacancyResponse['status'];
type StoredStatus = Exclude<Status, 'expired'>;

/** Status changes offered per shown status: the lifecycle is draft → published ⇄ paused → filled or closed. */
const NEXT_STEPS: Record<Status, readonly { to: StoredStatus; label: EmployerMessageKey }[]> = {
  draft: [{ to: 'published', label: 'vacancy.publish' }],
  published: [
    { to: 'paused', label: 'vacancy.pause' },
    { to: 'filled', label: 'vacancy.markFilled' },
    { to: 'closed', label: 'vacancy.close' },
  ],
  paused: [
    { to: 'published', label: 'vacancy.republish' },
    { to: 'filled', label: 'vacancy.markFilled' },
    { to: 'closed', label: 'vacancy.close' },
  ],
  expired: [
    { to: 'filled', label: 'vacancy.markFilled' },
    { to: 'closed', label: 'vacancy.close' },
  ],
  filled: [],
  closed: [],
};
const EDITABLE: readonly Status[] = ['draft', 'published', 'paused', 'expired'];

export function VacancyPage() {
  const t = useEmployerT();
  const { vacancyId } = useParams();
  const navigate = useNavigate();
  const vacancy = useApiQuery<VacancyResponse>(`/vacancies/${vacancyId}`);
  const [flash, setFlash] = useFlash();
  const [confirmingClose, setConfirmingClose] = useState(false);
  const action = useApiAction();

  if (vacancy.status !== 'success') return <PendingPage title={t('vacancy.title')} query={vacancy} />;
  const current = vacancy.data;

  const move = (to: StoredStatus) =>
    action.run(async () => {
      await apiRequest(`/vacancies/${current.id}`, { method: 'PATCH', body: { status: to } });
      setConfirmingClose(false);
      setFlash(t('vacancy.statusChanged', { status: t(`status.${to}`) }));
      vacancy.reload();
    }, { name: to });
  const remove = () =>
    action.run(async () => {
      await apiRequest(`/vacancies/${current.id}`, { method: 'DELETE' });
      navigate('/vacatures', { state: { flash: 'vacancy.deleted' } satisfies FlashState });
    }, { name: 'delete' });

  return (
    <>
      <PageHeading>{current.title}</PageHeading>
      <Paragraph>
        <RouterLink to="/vacatures">{t('common.backToVacancies')}</RouterLink>
      </Paragraph>
      <Flash message={flash} />
      {action.problem && <ErrorState problem={action.problem} />}
      <Paragraph>
        <StatusTag status={current.status} /> {t(`vacancy.statusHelp.${current.status}`)}
      </Paragraph>

      <section aria-labelledby="vacancy-actions" className="employer-panel">
        <Heading level={2} id="vacancy-actions">
          {t('vacancy.actions')}
        </Heading>
        <ButtonGroup>
          {EDITABLE.includes(current.status) && (
            <RouterButtonLink appearance="secondary-action-button" to={`/vacatures/${current.id}/bewerken`}>
              {t('vacancy.edit')}
            </RouterButtonLink>
          )}
          <RouterButtonLink appearance="secondary-action-button" to={`/vacatures/nieuw?kopie-van=${current.id}`}>
            {t('vacancy.duplicate')}
          </RouterButtonLink>
          {NEXT_STEPS[current.status].map((step) => (
            <Button
              key={step.to}
              appearance={step.to === 'published' ? 'primary-action-button' : 'secondary-action-button'}
              busy={action.busyWith === step.to}
              disabled={action.busy}
              onClick={() => (step.to === 'closed' ? setConfirmingClose(true) : move(step.to))}
            >
              {t(step.label)}
            </Button>
          ))}
          {current.status === 'draft' && (
            <Button appearance="subtle-button" busy={action.busyWith === 'delete'} disabled={action.busy} onClick={remove}>
              {t('vacancy.delete')}
            </Button>
          )}
        </ButtonGroup>
        {confirmingClose && (
          <Alert type="warning" role="alert">
            <Paragraph>{t('vacancy.confirmClose')}</Paragraph>
            <ButtonGroup>
              <Button appearance="primary-action-button" busy={action.busyWith === 'closed'} onClick={() => move('closed')}>
                {t('vacancy.confirmCloseYes')}
              </Button>
              <Button appearance="secondary-action-button" onClick={() => setConfirmingClose(false)}>
                {t('common.cancel')}
              </Button>
            </ButtonGroup>
          </Alert>
        )}
      </section>

      {current.status !== 'draft' && (
        <ul className="meedoen-card-list">
          <LinkCard to={`/vacatures/${current.id}/kandidaten`} title={t('vacancy.matches')}>
            {t('vacancy.matchesDescription')}
          </LinkCard>
          <LinkCard to={`/vacatures/${current.id}/reacties`} title={t('vacancy.pipeline')}>
            {t('vacancy.pipelineDescription')}
          </LinkCard>
        </ul>
      )}
      <VacancyPreview form={formFromVacancy(current)} employerName={current.employer.name} />
    </>
  );
}
