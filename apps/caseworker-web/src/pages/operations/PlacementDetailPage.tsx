import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  TableBody,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { ErrorState, LoadingState, PageHeading, RouterLink, useApiQuery, useLanguage, type PlacementResponse } from '@meedoen/web';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useCaseworkerT } from '../../messages';
import './operations.css';
import { CheckInForm } from './CheckInForm';
import { dayOf, formatDay, today } from './dates';
import { EndPlacementForm } from './EndPlacementForm';
import { ScrollTable } from './ScrollTable';
import { StatusMessage } from './StatusMessage';
import { KIND_LABEL_KEYS } from './vocabulary';

/** One placement: its terms, the aftercare schedule, recording a check-in and ending it. */
export function PlacementDetailPage() {
  const t = useCaseworkerT();
  const { placementId } = useParams();
  const query = useApiQuery<PlacementResponse>(`/placements/${encodeURIComponent(placementId ?? '')}`);
  const [placement, setPlacement] = useState<PlacementResponse>();
  const [message, setMessage] = useState<string>();
  const saved = (changed: PlacementResponse, text: string) => {
    setPlacement(changed);
    setMessage(text);
  };
  const loaded = query.status === 'success' ? query.data : undefined;
  // A saved change answers with the whole placement: it replaces the loaded one.
  useEffect(() => setPlacement(loaded), [loaded]);

  return (
    <>
      <Paragraph>
        <RouterLink to="/plaatsingen">{t('ops.placement.back')}</RouterLink>
      </Paragraph>
      {query.status === 'loading' && (
        <>
          <PageHeading>{t('ops.section.placements')}</PageHeading>
          <LoadingState />
        </>
      )}
      {query.status === 'error' && (
        <>
          <PageHeading>{t('ops.section.placements')}</PageHeading>
          <ErrorState problem={query.problem} onRetry={query.reload} />
        </>
      )}
      {placement && (
        <>
          <PageHeading>{t('ops.placement.title', { name: placement.seeker.name })}</PageHeading>
          <Paragraph>
            <RouterLink to={`/werkzoekenden/${placement.seeker.id}`}>{t('ops.residentLink', { name: placement.seeker.name })}</RouterLink>
          </Paragraph>
          <PlacementDetails placement={placement} />
          <CheckInSchedule placement={placement} />
          <StatusMessage message={message} takeFocus />
          {placement.status === 'active' && <CheckInForm placement={placement} onSaved={saved} />}
          {placement.status === 'planned' && <Paragraph>{t('ops.checkIn.notYet')}</Paragraph>}
          {placement.status !== 'ended' && <EndPlacementForm placement={placement} onSaved={saved} />}
        </>
      )}
    </>
  );
}

function PlacementDetails({ placement }: { placement: PlacementResponse }) {
  const t = useCaseworkerT();
  const { language } = useLanguage();
  const yesNo = (value: boolean) => (value ? t('ops.yes') : t('ops.no'));
  const rows: [string, string][] = [
    [t('ops.placements.employer'), placement.employer.name],
    [t('ops.placement.kind'), t(KIND_LABEL_KEYS[placement.kind])],
    [t('ops.placement.status'), t(`ops.status.${placement.status}`)],
    [t('ops.placement.startDate'), formatDay(placement.startDate, language)],
    [t('ops.placement.plannedEndDate'), placement.plannedEndDate ? formatDay(placement.plannedEndDate, language) : t('ops.placements.none')],
    [t('ops.placement.hours'), String(placement.hoursPerWeek)],
    [t('ops.placement.subsidy'), yesNo(placement.wageCostSubsidy)],
    [t('ops.placement.jobCoach'), yesNo(placement.jobCoach)],
    [t('ops.placement.outflow'), yesNo(placement.countsAsOutflow)],
  ];
  if (placement.endedOn) rows.push([t('ops.placement.endedOn'), formatDay(placement.endedOn, language)]);
  if (placement.endReason) rows.push([t('ops.placement.endReason'), t(`ops.endReason.${placement.endReason}`)]);
  if (placement.endNote) rows.push([t('ops.placement.endNote'), placement.endNote]);
  return (
    <section aria-labelledby="placement-details">
      <Heading level={2} id="placement-details">
        {t('ops.placement.details')}
      </Heading>
      <DataList className="ops-data-list">
        {rows.map(([key, value]) => (
          <DataListItem key={key}>
            <DataListKey>{key}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
    </section>
  );
}

function CheckInSchedule({ placement }: { placement: PlacementResponse }) {
  const t = useCaseworkerT();
  const { language } = useLanguage();
  const now = today();
  return (
    <section aria-labelledby="placement-check-ins">
      <Heading level={2} id="placement-check-ins">
        {t('ops.placement.checkIns')}
      </Heading>
      {placement.checkIns.length === 0 ? (
        <Paragraph>{t('ops.placement.noCheckIns')}</Paragraph>
      ) : (
        <ScrollTable
          caption={t('ops.placement.checkInsCaption')}
          columns={[
            t('ops.placement.moment'),
            t('ops.placement.dueDate'),
            t('ops.placement.doneOn'),
            t('ops.placement.outcome'),
            t('ops.placement.note'),
          ]}
        >
          <TableBody>
            {placement.checkIns.map((checkIn) => (
              <TableRow key={checkIn.id}>
                <TableHeaderCell scope="row">{t(`ops.milestone.${checkIn.milestone}`)}</TableHeaderCell>
                <TableCell>{checkIn.dueDate ? formatDay(checkIn.dueDate, language) : ''}</TableCell>
                <TableCell>
                  {checkIn.completedAt ? (
                    formatDay(dayOf(checkIn.completedAt), language)
                  ) : checkIn.dueDate && checkIn.dueDate < now && placement.status !== 'ended' ? (
                    <strong className="ops-flag ops-flag--late">{t('ops.placement.openOverdue')}</strong>
                  ) : (
                    t('ops.placement.open')
                  )}
                </TableCell>
                <TableCell>{checkIn.outcome ? t(`ops.outcome.${checkIn.outcome}`) : ''}</TableCell>
                <TableCell>{checkIn.note ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </section>
  );
}
