import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { sectorLabel, SECTOR_LABELS } from '@meedoen/shared';
import {
  CheckboxGroupField,
  RadioGroupField,
  SelectField,
  TextField,
  useLanguage,
  type UpdateSeekerProfileRequest,
} from '@meedoen/web';
import { SkillPicker, type ChosenSkill } from '../../components/SkillPicker';
import { TaxonomySuggestions } from '../../components/TaxonomySuggestions';
import { useSeekerT } from '../../messages';
import { StepForm, type StepProps } from './StepForm';

type Request = Required<UpdateSeekerProfileRequest>;
type VacancyKind = Request['unwantedKinds'][number];
type Day = NonNullable<Request['availability']>[number]['day'];
type DayPart = NonNullable<Request['availability']>[number]['part'];
type TravelMode = Request['travel'][number]['mode'];
type DutchLevel = NonNullable<Request['dutchLevel']>;
type Limitation = Request['limitations'][number];
type Support = Request['supportNeeded'][number];
type Visibility = Request['visibility'];
type Sector = Request['interests'][number];

export const VACANCY_KINDS: readonly VacancyKind[] = ['regular', 'work-experience', 'trial-placement', 'community-job', 'volunteer', 'training', 'day-activity'];
const DAYS: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_PARTS: readonly DayPart[] = ['morning', 'afternoon', 'evening', 'night'];
const TRAVEL_MODES: readonly TravelMode[] = ['walking', 'bike', 'public-transport', 'car'];
const TRAVEL_MINUTES = ['15', '30', '45', '60'];
const DUTCH_LEVELS: readonly DutchLevel[] = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const LIMITATIONS: readonly Limitation[] = ['no-heavy-lifting', 'quiet-workplace', 'no-night-shifts', 'short-standing'];
const SUPPORT: readonly Support[] = ['job-coach', 'adapted-workplace', 'training-on-the-job', 'flexible-hours'];
const VISIBILITY: readonly Visibility[] = ['hidden', 'caseworkers', 'employers-anonymous'];
const YEARS = ['0', '1', '2', '3', '5', '10'];
const MAX_OCCUPATION_SUGGESTIONS = 6;
const POSTCODE = /^[1-9][0-9]{3}\s?[A-Za-z]{2}$/;

export function SkillsStep({ profile, ...step }: StepProps) {
  const t = useSeekerT();
  const [skills, setSkills] = useState<ChosenSkill[]>(profile.skills.map(({ skillId, label, level, source }) => ({ skillId, label, level, source })));
  return (
    <StepForm {...step} patch={() => ({ skills: skills.map(({ skillId, level, source }) => ({ skillId, level, source })) })}>
      <Paragraph>{t('profile.skills.intro')}</Paragraph>
      <SkillPicker value={skills} onChange={setSkills} />
    </StepForm>
  );
}

export function KindsStep({ profile, ...step }: StepProps) {
  const t = useSeekerT();
  const { language } = useLanguage();
  const [wanted, setWanted] = useState<string[]>(VACANCY_KINDS.filter((kind) => !profile.unwantedKinds?.includes(kind)));
  const [interests, setInterests] = useState<string[]>(profile.interests);
  const [error, setError] = useState<string>();
  return (
    <StepForm
      {...step}
      patch={() => {
        if (wanted.length === 0) {
          setError(t('profile.kinds.noneChosen'));
          return null;
        }
        return { unwantedKinds: VACANCY_KINDS.filter((kind) => !wanted.includes(kind)), interests: interests as Sector[] };
      }}
    >
      <CheckboxGroupField
        name="kinds"
        label={t('profile.kinds.label')}
        description={t('profile.kinds.description')}
        required
        error={error}
        options={VACANCY_KINDS.map((kind) => ({ value: kind, label: `${t(`vacancyKind.${kind}`)}. ${t(`vacancyKind.${kind}.explained`)}` }))}
        value={wanted}
        onChange={setWanted}
      />
      <CheckboxGroupField
        name="interests"
        label={t('profile.kinds.interests')}
        description={t('profile.kinds.interestsDescription')}
        options={Object.keys(SECTOR_LABELS).map((sector) => ({ value: sector, label: sectorLabel(sector, language) ?? sector }))}
        value={interests}
        onChange={setInterests}
      />
    </StepForm>
  );
}

export function HoursStep({ profile, ...step }: StepProps) {
  const t = useSeekerT();
  const [hoursMin, setHoursMin] = useState(profile.hoursMin?.toString() ?? '');
  const [hoursMax, setHoursMax] = useState(profile.hoursMax?.toString() ?? '');
  const [days, setDays] = useState<string[]>([...new Set((profile.availability ?? []).map((slot) => slot.day))]);
  const [parts, setParts] = useState<string[]>([...new Set((profile.availability ?? []).map((slot) => slot.part).filter((part) => part !== 'night'))]);
  const [errors, setErrors] = useState<{ hoursMin?: string; hoursMax?: string }>({});
  const hours = (text: string) => (text.trim() === '' ? null : Number(text));
  return (
    <StepForm
      {...step}
      patch={() => {
        const min = hours(hoursMin);
        const max = hours(hoursMax);
        const invalid = (value: number | null) => value !== null && (!Number.isInteger(value) || value < 0 || value > 60);
        const found = {
          hoursMin: invalid(min) ? t('profile.hours.invalid') : undefined,
          hoursMax: invalid(max) ? t('profile.hours.invalid') : min !== null && max !== null && max < min ? t('profile.hours.maxBelowMin') : undefined,
        };
        setErrors(found);
        if (found.hoursMin || found.hoursMax) return null;
        const availability = days.length > 0 && parts.length > 0 ? DAYS.filter((day) => days.includes(day)).flatMap((day) => DAY_PARTS.filter((part) => parts.includes(part)).map((part) => ({ day, part }))) : null;
        return { hoursMin: min, hoursMax: max, availability };
      }}
    >
      <TextField type="number" name="hoursMin" label={t('profile.hours.min')} description={t('profile.hours.minDescription')} value={hoursMin} onChange={setHoursMin} error={errors.hoursMin} />
      <TextField type="number" name="hoursMax" label={t('profile.hours.max')} description={t('profile.hours.maxDescription')} value={hoursMax} onChange={setHoursMax} error={errors.hoursMax} />
      <CheckboxGroupField name="days" label={t('profile.hours.days')} options={DAYS.map((day) => ({ value: day, label: t(`day.${day}`) }))} value={days} onChange={setDays} />
      <CheckboxGroupField name="dayParts" label={t('profile.hours.parts')} options={DAY_PARTS.map((part) => ({ value: part, label: t(`dayPart.${part}`) }))} value={parts} onChange={setParts} />
    </StepForm>
  );
}

export function TravelStep({ profile, ...step }: StepProps) {
  const t = useSeekerT();
  const first = profile.travel?.[0];
  const [postcode, setPostcode] = useState(profile.postcode ?? '');
  const [mode, setMode] = useState<string>(first?.mode ?? 'bike');
  const [minutes, setMinutes] = useState(String(first?.maxMinutes ?? 30));
  const [error, setError] = useState<string>();
  return (
    <StepForm
      {...step}
      patch={() => {
        const trimmed = postcode.trim();
        if (trimmed !== '' && !POSTCODE.test(trimmed)) {
          setError(t('profile.travel.postcodeInvalid'));
          return null;
        }
        setError(undefined);
        return { postcode: trimmed === '' ? null : trimmed.toUpperCase(), travel: [{ mode: mode as TravelMode, maxMinutes: Number(minutes) }] };
      }}
    >
      <TextField name="postcode" label={t('profile.travel.postcode')} description={t('profile.travel.postcodeDescription')} autoComplete="postal-code" value={postcode} onChange={setPostcode} error={error} />
      <RadioGroupField name="mode" label={t('profile.travel.mode')} required options={TRAVEL_MODES.map((value) => ({ value, label: t(`travel.${value}`) }))} value={mode} onChange={setMode} />
      <SelectField name="maxMinutes" label={t('profile.travel.minutes')} required options={TRAVEL_MINUTES.map((value) => ({ value, label: t('profile.travel.minutesOption', { minutes: value }) }))} value={minutes} onChange={setMinutes} />
    </StepForm>
  );
}

export function LicenceStep({ profile, ...step }: StepProps) {
  const t = useSeekerT();
  const [licence, setLicence] = useState(profile.hasDrivingLicence ? 'yes' : 'no');
  return (
    <StepForm {...step} patch={() => ({ hasDrivingLicence: licence === 'yes' })}>
      <RadioGroupField
        name="licence"
        label={t('profile.licence.label')}
        description={t('profile.licence.description')}
        required
        options={[
          { value: 'yes', label: t('profile.licence.yes') },
          { value: 'no', label: t('profile.licence.no') },
        ]}
        value={licence}
        onChange={setLicence}
      />
    </StepForm>
  );
}

export function LanguageStep({ profile, ...step }: StepProps) {
  const t = useSeekerT();
  const [level, setLevel] = useState<string>(profile.dutchLevel ?? '');
  return (
    <StepForm {...step} patch={() => ({ dutchLevel: level === '' ? null : (level as DutchLevel) })}>
      <RadioGroupField
        name="dutchLevel"
        label={t('profile.language.label')}
        description={t('profile.language.description')}
        options={DUTCH_LEVELS.map((value) => ({ value, label: t(`dutchLevel.${value}`) }))}
        value={level}
        onChange={setLevel}
      />
    </StepForm>
  );
}

interface ChosenExperience {
  occupationId: string;
  label: string;
  years: number;
  description?: string;
}

export function ExperienceStep({ profile, ...step }: StepProps) {
  const t = useSeekerT();
  const [experience, setExperience] = useState<ChosenExperience[]>(profile.experience.map(({ occupationId, label, years, description }) => ({ occupationId, label, years, description })));
  const [query, setQuery] = useState('');
  const [years, setYears] = useState('1');
  return (
    <StepForm {...step} patch={() => ({ experience: experience.map(({ occupationId, years: y, description }) => ({ occupationId, years: y, ...(description ? { description } : {}) })) })}>
      <Paragraph>{t('profile.experience.intro')}</Paragraph>
      <SelectField name="years" label={t('profile.experience.years')} required options={YEARS.map((value) => ({ value, label: t('profile.experience.yearsOption', { years: value }) }))} value={years} onChange={setYears} />
      <TextField name="occupationSearch" label={t('profile.experience.search')} description={t('profile.experience.searchDescription')} autoComplete="off" value={query} onChange={setQuery} />
      <TaxonomySuggestions
        resource="occupations"
        query={query}
        exclude={experience.map((chosen) => chosen.occupationId)}
        max={MAX_OCCUPATION_SUGGESTIONS}
        onPick={(item) => {
          setExperience([...experience, { occupationId: item.id, label: item.label, years: Number(years) }]);
          setQuery('');
        }}
      />
      <h2 className="utrecht-heading-2">{t('profile.experience.chosenTitle')}</h2>
      {experience.length === 0 ? (
        <Paragraph>{t('profile.experience.none')}</Paragraph>
      ) : (
        <ul className="meedoen-plain-list">
          {experience.map((item) => (
            <li key={item.occupationId} className="meedoen-chosen">
              <span className="meedoen-chosen__label">{t('profile.experience.item', { occupation: item.label, years: item.years })}</span>
              <Button appearance="subtle-button" onClick={() => setExperience(experience.filter((other) => other.occupationId !== item.occupationId))}>
                {t('skills.remove', { skill: item.label })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </StepForm>
  );
}

export function NeedsStep({ profile, ...step }: StepProps) {
  const t = useSeekerT();
  const [limitations, setLimitations] = useState<string[]>(profile.limitations ?? []);
  const [support, setSupport] = useState<string[]>(profile.supportNeeded ?? []);
  return (
    <StepForm {...step} patch={() => ({ limitations: limitations as Limitation[], supportNeeded: support as Support[] })}>
      <Paragraph>{t('profile.needs.intro')}</Paragraph>
      <CheckboxGroupField name="limitations" label={t('profile.needs.work')} options={LIMITATIONS.map((value) => ({ value, label: t(`limitation.${value}`) }))} value={limitations} onChange={setLimitations} />
      <CheckboxGroupField name="support" label={t('profile.needs.support')} options={SUPPORT.map((value) => ({ value, label: t(`support.${value}`) }))} value={support} onChange={setSupport} />
    </StepForm>
  );
}

export function VisibilityStep({ profile, ...step }: StepProps) {
  const t = useSeekerT();
  const [visibility, setVisibility] = useState<string>(profile.visibility ?? 'caseworkers');
  return (
    <StepForm {...step} patch={() => ({ visibility: visibility as Visibility })}>
      <RadioGroupField
        name="visibility"
        label={t('profile.visibility.label')}
        description={t('profile.visibility.description')}
        required
        options={VISIBILITY.map((value) => ({ value, label: `${t(`visibility.${value}`)}. ${t(`visibility.${value}.explained`)}` }))}
        value={visibility}
        onChange={setVisibility}
      />
    </StepForm>
  );
}

