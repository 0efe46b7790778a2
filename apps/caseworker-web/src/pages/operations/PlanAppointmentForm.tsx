import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import {
  apiRequest,
  DateField,
  ErrorState,
  RadioGroupField,
  RouterLink,
  SelectField,
  TextareaField,
  TextField,
  useApiAction,
  useLanguage,
  type AppointmentResponse,
  type CreateAppointmentRequest,
} from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { useCaseworkerT } from '../../messages';
import { addDays, amsterdamMoment, dayOf, formatDay, formatTime, isDay, today } from './dates';
import { StatusMessage } from './StatusMessage';
import { APPOINTMENT_MODES } from './vocabulary';

const DURATIONS = ['30', '45', '60', '90'];
const TIME_PATTERN = /^\d{2}:\d{2}$/;
const MIN_TEXT = 3;

type Mode = CreateAppointmentRequest['mode'];
type Field = 'when' | 'location' | 'videoUrl' | 'purpose';

/** Plans the next appointment with the same resident, by default like the last one: same way, place and subject. */
export function PlanAppointmentForm({ appointment, headingLevel }: { appointment: AppointmentResponse; headingLevel: 5 | 6 }) {
  const t = useCaseworkerT();
  const { language } = useLanguage();
  const [day, setDay] = useState(addDays(today(), 1));
  const [time, setTime] = useState(formatTime(appointment.startsAt, 'nl'));
  const [duration, setDuration] = useState(String(Math.round((Date.parse(appointment.endsAt) - Date.parse(appointment.startsAt)) / 60_000)));
  const [mode, setMode] = useState<string>(appointment.mode);
  const [location, setLocation] = useState(appointment.location ?? '');
  const [videoUrl, setVideoUrl] = useState(appointment.videoUrl ?? '');
  const [purpose, setPurpose] = useState(appointment.purpose);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [planned, setPlanned] = useState<AppointmentResponse>();
  const { busy, problem, run } = useApiAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPlanned(undefined);
    const found: Partial<Record<Field, string>> = {
      when: isDay(day) && TIME_PATTERN.test(time) ? undefined : t('ops.followUp.planDateMissing'),
      location: mode === 'in-person' && location.trim().length < MIN_TEXT ? t('ops.followUp.planLocationMissing') : undefined,
      videoUrl: mode === 'video' && !videoUrl.trim().startsWith('https://') ? t('ops.followUp.planVideoUrlMissing') : undefined,
      purpose: purpose.trim().length < MIN_TEXT ? t('ops.followUp.planPurposeMissing') : undefined,
    };
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    const startsAt = amsterdamMoment(day, time);
    const body: CreateAppointmentRequest = {
      seekerId: appointment.seeker.id,
      startsAt,
      endsAt: new Date(Date.parse(startsAt) + Number(duration) * 60_000).toISOString(),
      mode: mode as Mode,
      purpose: purpose.trim(),
      ...(mode === 'in-person' ? { location: location.trim() } : {}),
      ...(mode === 'video' ? { videoUrl: videoUrl.trim() } : {}),
    };
    const saved = (await run(() => apiRequest<AppointmentResponse>('/appointments', { method: 'POST', body })))?.value;
    if (saved) setPlanned(saved);
  };

  return (
    <form className="meedoen-form" onSubmit={submit} noValidate>
      <Heading level={headingLevel}>{t('ops.followUp.planTitle')}</Heading>
      <DateField
        name="day"
        label={t('ops.followUp.planDate')}
        required
        value={day}
        onChange={setDay}
        min={today()}
        error={errors.when ?? problem?.reasonFor('startsAt')}
      />
      <TextField
        name="time"
        label={t('ops.followUp.planTime')}
        description={t('ops.followUp.planTimeDescription')}
        required
        value={time}
        onChange={setTime}
        inputMode="numeric"
        maxLength={5}
        autoComplete="off"
      />
      <SelectField
        name="duration"
        label={t('ops.followUp.planDuration')}
        required
        value={duration}
        onChange={setDuration}
        error={problem?.reasonFor('endsAt')}
        options={(DURATIONS.includes(duration) ? DURATIONS : [duration, ...DURATIONS]).map((minutes) => ({
          value: minutes,
          label: t('ops.followUp.minutes', { minutes }),
        }))}
      />
      <RadioGroupField
        name="mode"
        label={t('ops.followUp.planMode')}
        required
        value={mode}
        onChange={setMode}
        options={APPOINTMENT_MODES.map((option) => ({ value: option, label: t(`ops.mode.${option}`) }))}
      />
      {mode === 'in-person' && (
        <TextField
          name="location"
          label={t('ops.followUp.planLocation')}
          required
          value={location}
          onChange={setLocation}
          maxLength={200}
          error={errors.location ?? problem?.reasonFor('location')}
        />
      )}
      {mode === 'video' && (
        <TextField
          type="url"
          name="videoUrl"
          label={t('ops.followUp.planVideoUrl')}
          description={t('ops.followUp.planVideoUrlDescription')}
          required
          value={videoUrl}
          onChange={setVideoUrl}
          maxLength={500}
          error={errors.videoUrl ?? problem?.reasonFor('videoUrl')}
        />
      )}
      <TextareaField
        name="purpose"
        label={t('ops.followUp.planPurpose')}
        required
        value={purpose}
        onChange={setPurpose}
        maxLength={500}
        error={errors.purpose ?? problem?.reasonFor('purpose')}
      />
      {problem && <ErrorState problem={problem} />}
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {t('ops.followUp.plan')}
      </Button>
      <StatusMessage
        message={
          planned &&
          t('ops.followUp.planned', { date: formatDay(dayOf(planned.startsAt), language, true), time: formatTime(planned.startsAt, language) })
        }
      />
      {planned && (
        <Paragraph>
          <RouterLink to={`/afspraken?dag=${dayOf(planned.startsAt)}&weergave=dag`}>{t('ops.followUp.viewDay')}</RouterLink>
        </Paragraph>
      )}
    </form>
  );
}
