import { Heading, Paragraph } from '@utrecht/component-library-react';
import { EmptyState, ErrorState, LoadingState, RouterButtonLink, useApiQuery, type IntakeResponse } from '@meedoen/web';
import { useState } from 'react';
import { queryString, useDateFormat } from '../format';
import { useCaseworkerT } from '../messages';
import { PurposeForm } from './PurposeForm';
import { segmentKey } from './labels';

const NOT_FOUND = 404;

/** The sensitive part of the case: shown only after the caseworker said why it is read (audited). */
export function IntakePanel({ seekerId }: { seekerId: string }) {
  const t = useCaseworkerT();
  const [purpose, setPurpose] = useState<string | null>(null);
  const intake = useApiQuery<IntakeResponse>(purpose ? `/seekers/${seekerId}/intake${queryString({ purpose })}` : null);
  const editLink = (label: string) => (
    <RouterButtonLink to={`/werkzoekenden/${seekerId}/intake`} state={{ purpose }} appearance="secondary-action-button">
      {label}
    </RouterButtonLink>
  );

  return (
    <section className="regie-panel regie-sensitive" aria-labelledby="intake-heading">
      <Heading level={2} id="intake-heading">
        {t('intake.title')}
      </Heading>
      {purpose === null && <PurposeForm onPurpose={setPurpose} />}
      {intake.status === 'loading' && <LoadingState />}
      {intake.status === 'error' &&
        (intake.problem.status === NOT_FOUND ? (
          <EmptyState message={t('intake.none')} action={editLink(t('intake.start'))} />
        ) : (
          <ErrorState problem={intake.problem} onRetry={intake.reload} />
        ))}
      {intake.status === 'success' && (
        <>
          <IntakeContent intake={intake.data} />
          {editLink(t('intake.edit'))}
        </>
      )}
    </section>
  );
}

function IntakeContent({ intake }: { intake: IntakeResponse }) {
  const t = useCaseworkerT();
  const format = useDateFormat();
  return (
    <>
      <dl className="regie-facts">
        <dt>{t('intake.status')}</dt>
        <dd>{t(`intakeStatus.${intake.status}`)}</dd>
        <dt>{t('caseload.segment')}</dt>
        <dd>{t(segmentKey(intake.segment))}</dd>
        <dt>{t('intake.updatedAt')}</dt>
        <dd>{format.dateTime(intake.updatedAt)}</dd>
      </dl>
      <Heading level={3}>{t('intake.supportNeeds')}</Heading>
      {intake.supportNeeds.length === 0 ? (
        <Paragraph>{t('intake.noSupportNeeds')}</Paragraph>
      ) : (
        <ul className="regie-list">
          {intake.supportNeeds.map((need) => (
            <li key={need.area}>
              <strong>{t(`supportArea.${need.area}`)}</strong>
              {need.description && <>: {need.description}</>}
              <br />
              {t('intake.referralLine', { referral: need.referral ?? t('intake.noReferral'), status: t(`referralStatus.${need.referralStatus}`) })}
            </li>
          ))}
        </ul>
      )}
      <Heading level={3}>{t('intake.actionPlan')}</Heading>
      {intake.actionPlan.length === 0 ? (
        <Paragraph>{t('intake.noSteps')}</Paragraph>
      ) : (
        <ul className="regie-list">
          {intake.actionPlan.map((step, index) => (
            <li key={index}>
              <span className="regie-tag">{t(step.done ? 'intake.stepDone' : 'intake.stepOpen')}</span>
              {step.description} — {t('intake.due', { date: format.date(step.dueDate) })}
            </li>
          ))}
        </ul>
      )}
      {intake.notes && (
        <>
          <Heading level={3}>{t('intake.notes')}</Heading>
          <Paragraph className="regie-pre-line">{intake.notes}</Paragraph>
        </>
      )}
    </>
  );
}
