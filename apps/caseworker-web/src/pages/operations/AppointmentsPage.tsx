import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import {
  CheckboxGroupField,
  DateField,
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeading,
  RouterLink,
  useApiQuery,
  useLanguage,
  type AppointmentListResponse,
  type AppointmentResponse,
} from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useCaseworkerT } from '../../messages';
import './operations.css';
import { AppointmentItem } from './AppointmentItem';
import { addDays, dayOf, formatDay, isDay, startOfWeek, today } from './dates';

/** The API's largest page: a caseworker's week fits in it. */
const PAGE_SIZE = 100;
const MINE = 'ja';

type View = 'dag' | 'week';

/** The calendar: a day or a week of the municipality's appointments, with attended / no-show and the follow-up. */
export function AppointmentsPage() {
  const t = useCaseworkerT();
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const day = isDay(params.get('dag')) ? params.get('dag')! : today();
  const view: View = params.get('weergave') === 'dag' ? 'dag' : 'week';
  const mine = params.get('mijn') === MINE;
  const from = view === 'week' ? startOfWeek(day) : day;
  const to = view === 'week' ? addDays(from, 6) : day;
  const query = useApiQuery<AppointmentListResponse>(
    `/appointments?${new URLSearchParams({ from, to, pageSize: String(PAGE_SIZE), ...(mine ? { mine: 'true' } : {}) })}`,
  );

  const linkTo = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) next.set(key, value);
    return `/afspraken?${next}`;
  };
  const step = view === 'week' ? 7 : 1;
  const days = Array.from({ length: view === 'week' ? 7 : 1 }, (_, index) => addDays(from, index));

  return (
    <>
      <PageHeading>{t('ops.section.appointments')}</PageHeading>
      <Paragraph className="meedoen-intro">{t('ops.appointments.intro')}</Paragraph>
      <nav aria-label={t('ops.appointments.periodNavigation')} className="ops-toolbar">
        <RouterLink to={linkTo({ dag: addDays(day, -step) })}>
          {view === 'week' ? t('ops.appointments.previousWeek') : t('ops.appointments.previousDay')}
        </RouterLink>
        <RouterLink to={linkTo({ dag: today() })}>{t('ops.appointments.today')}</RouterLink>
        <RouterLink to={linkTo({ dag: addDays(day, step) })}>
          {view === 'week' ? t('ops.appointments.nextWeek') : t('ops.appointments.nextDay')}
        </RouterLink>
        <span aria-hidden="true">|</span>
        <RouterLink to={linkTo({ weergave: 'dag' })} aria-current={view === 'dag' ? 'true' : undefined}>
          {t('ops.appointments.viewDay')}
        </RouterLink>
        <RouterLink to={linkTo({ weergave: 'week' })} aria-current={view === 'week' ? 'true' : undefined}>
          {t('ops.appointments.viewWeek')}
        </RouterLink>
      </nav>
      <DateFilter key={`${day}-${mine}`} day={day} mine={mine} onChange={(next) => setParams(next)} view={view} />
      <Heading level={2}>
        {view === 'week'
          ? t('ops.appointments.weekTitle', { from: formatDay(from, language), to: formatDay(to, language) })
          : formatDay(day, language, true)}
      </Heading>
      {query.status === 'loading' && <LoadingState />}
      {query.status === 'error' && <ErrorState problem={query.problem} onRetry={query.reload} />}
      {query.status === 'success' && (
        <>
          <Paragraph role="status">{t('ops.appointments.count', { count: query.data.total })}</Paragraph>
          {days.map((someDay) => (
            <DaySchedule
              key={someDay}
              day={someDay}
              showHeading={view === 'week'}
              appointments={query.data.items.filter((appointment) => dayOf(appointment.startsAt) === someDay)}
            />
          ))}
        </>
      )}
    </>
  );
}

function DateFilter({ day, mine, view, onChange }: { day: string; mine: boolean; view: View; onChange: (params: URLSearchParams) => void }) {
  const t = useCaseworkerT();
  const [draftDay, setDraftDay] = useState(day);
  const [draftMine, setDraftMine] = useState<string[]>(mine ? [MINE] : []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams({ dag: isDay(draftDay) ? draftDay : day, weergave: view });
    if (draftMine.includes(MINE)) next.set('mijn', MINE);
    onChange(next);
  };
  return (
    <form className="ops-filters" onSubmit={submit} aria-label={t('ops.appointments.filters')}>
      <DateField name="dag" label={t('ops.appointments.date')} required value={draftDay} onChange={setDraftDay} />
      <CheckboxGroupField
        name="mijn"
        label={t('ops.appointments.which')}
        required
        value={draftMine}
        onChange={setDraftMine}
        options={[{ value: MINE, label: t('ops.appointments.mine') }]}
      />
      <Button type="submit" appearance="secondary-action-button">
        {t('ops.show')}
      </Button>
    </form>
  );
}

function DaySchedule({ day, showHeading, appointments }: { day: string; showHeading: boolean; appointments: AppointmentResponse[] }) {
  const t = useCaseworkerT();
  const { language } = useLanguage();
  return (
    <section className="ops-day" aria-label={formatDay(day, language, true)}>
      {showHeading && <Heading level={3}>{formatDay(day, language, true)}</Heading>}
      {appointments.length === 0 ? (
        <EmptyState message={t('ops.appointments.noneOnDay')} />
      ) : (
        <ul className="ops-appointments">
          {appointments.map((appointment) => (
            <AppointmentItem key={appointment.id} appointment={appointment} headingLevel={showHeading ? 4 : 3} />
          ))}
        </ul>
      )}
    </section>
  );
}
