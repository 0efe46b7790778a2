import { Heading, Paragraph } from '@utrecht/component-library-react';
import { PageHeading, RouterLink, useApiQuery, type ProposalResponse } from '@meedoen/web';
import { useParams } from 'react-router';
import { LoadedPage } from '../components/LoadedPage';
import { useDateFormat } from '../format';
import { useCaseworkerT } from '../messages';
import '../casework.css';

/** One proposal (voordracht): who for what, and where it stands: the resident's consent first, then the employer. */
export function ProposalPage() {
  const t = useCaseworkerT();
  const { proposalId = '' } = useParams();
  const proposal = useApiQuery<ProposalResponse>(`/proposals/${proposalId}`);

  return (
    <LoadedPage query={proposal} title={t('proposal.title')}>
      {(data) => <ProposalDetails proposal={data} />}
    </LoadedPage>
  );
}

function ProposalDetails({ proposal: data }: { proposal: ProposalResponse }) {
  const t = useCaseworkerT();
  const format = useDateFormat();
  const seekerAnswered = data.seekerRespondedAt !== null;
  const consented = seekerAnswered && data.status !== 'declined-by-seeker';

  return (
    <>
      <RouterLink to="/voordrachten">{t('proposal.back')}</RouterLink>
      <PageHeading>{t('proposal.titleFor', { name: data.seeker.displayName, vacancy: data.vacancy.title })}</PageHeading>
      <Paragraph lead>
        <strong>{t('proposal.status', { status: t(`proposalStatus.${data.status}`) })}</strong>
      </Paragraph>
      <dl className="regie-facts">
        <dt>{t('proposal.resident')}</dt>
        <dd>
          <RouterLink to={`/werkzoekenden/${data.seeker.id}`}>{data.seeker.displayName}</RouterLink>
        </dd>
        <dt>{t('proposal.vacancy')}</dt>
        <dd>
          <RouterLink to={`/vacatures/${data.vacancy.id}`}>{data.vacancy.title}</RouterLink>
        </dd>
        <dt>{t('vacancy.employer')}</dt>
        <dd>{data.vacancy.employer.name}</dd>
        <dt>{t('proposal.note')}</dt>
        <dd className="regie-pre-line">{data.note}</dd>
      </dl>
      <Heading level={2}>{t('proposal.steps')}</Heading>
      <ol className="regie-list regie-timeline">
        <li>
          <time dateTime={data.createdAt}>{format.date(data.createdAt)}</time>
          {t('proposal.stepProposed')}
        </li>
        <li>
          {data.seekerRespondedAt && <time dateTime={data.seekerRespondedAt}>{format.date(data.seekerRespondedAt)}</time>}
          {t(!seekerAnswered ? 'proposal.stepConsentWaiting' : consented ? 'proposal.stepConsented' : 'proposal.stepRefused')}
        </li>
        {consented && (
          <li>
            {data.employerRespondedAt && <time dateTime={data.employerRespondedAt}>{format.date(data.employerRespondedAt)}</time>}
            {t(data.status === 'accepted' ? 'proposal.stepAccepted' : data.status === 'declined-by-employer' ? 'proposal.stepDeclined' : 'proposal.stepEmployerWaiting')}
          </li>
        )}
      </ol>
    </>
  );
}
