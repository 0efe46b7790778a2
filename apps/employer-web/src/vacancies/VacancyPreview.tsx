import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { joinAsList, useT, type SharedMessageKey } from '@meedoen/web';
import { useFormatDate, useFormatNumber } from '../components/format';
import { useEmployerT, type EmployerMessageKey } from '../messages';
import type { VacancyForm } from './vacancy-form';

/** The vacancy as a job seeker would read it, drawn from the form as it is typed. */
export function VacancyPreview({ form, employerName }: { form: VacancyForm; employerName?: string }) {
  const t = useEmployerT();
  const shared = useT();
  const formatDate = useFormatDate();
  const formatNumber = useFormatNumber();
  const list = (keys: readonly string[], prefix: 'day' | 'dayPart') => joinAsList(keys.map((key) => t(`${prefix}.${key}` as EmployerMessageKey)), t('common.and'));
  const required = form.skills.filter((skill) => skill.required);
  const nice = form.skills.filter((skill) => !skill.required);
  const hours = form.hoursMin && form.hoursMax ? shared('hours.range', { min: form.hoursMin, max: form.hoursMax }) : t('preview.hoursUnknown');
  const payType = form.payType ? t(`pay.${form.payType}` as EmployerMessageKey) : '';
  const money = (value: string) => formatNumber(Number(value.replace(',', '.')));
  const pay = !form.payType
    ? null
    : form.payMin && form.payMax
      ? t('preview.payRange', { type: payType, min: money(form.payMin), max: money(form.payMax) })
      : form.payMin
        ? t('preview.payFrom', { type: payType, amount: money(form.payMin) })
        : payType;

  return (
    <aside className="employer-preview" aria-labelledby="vacancy-preview-title">
      <Heading level={2} id="vacancy-preview-title" className="employer-preview__label">
        {t('preview.title')}
      </Heading>
      <article className="employer-preview__card">
        <Heading level={3}>{form.title.trim() || t('preview.untitled')}</Heading>
        {employerName && <Paragraph>{employerName}</Paragraph>}
        {form.kind && (
          <Paragraph>
            <strong>{shared(`vacancyKind.${form.kind}` as SharedMessageKey)}</strong>
            {' – '}
            {shared(`vacancyKind.${form.kind}.explained` as SharedMessageKey)}
          </Paragraph>
        )}
        <UnorderedList>
          <UnorderedListItem>{hours}</UnorderedListItem>
          {form.days.length > 0 && <UnorderedListItem>{t('preview.days', { days: list(form.days, 'day') })}</UnorderedListItem>}
          {form.dayParts.length > 0 && <UnorderedListItem>{t('preview.dayParts', { parts: list(form.dayParts, 'dayPart') })}</UnorderedListItem>}
          {form.shiftWork === 'yes' && <UnorderedListItem>{t('preview.shiftWork')}</UnorderedListItem>}
          <UnorderedListItem>{form.postcode ? t('preview.place', { place: form.postcode.toUpperCase() }) : t('preview.placeOwn')}</UnorderedListItem>
          {form.workplace !== 'on-site' && <UnorderedListItem>{t(`workplace.${form.workplace}` as EmployerMessageKey)}</UnorderedListItem>}
          {pay && <UnorderedListItem>{t('preview.pay', { pay })}</UnorderedListItem>}
          {form.contractType && <UnorderedListItem>{t(`contract.${form.contractType}` as EmployerMessageKey)}</UnorderedListItem>}
          <UnorderedListItem>{form.startDate ? t('preview.start', { date: formatDate(form.startDate) }) : t('preview.startSoon')}</UnorderedListItem>
          {form.closesOn && <UnorderedListItem>{t('preview.closesOn', { date: formatDate(form.closesOn) })}</UnorderedListItem>}
          {Number(form.places) > 1 && <UnorderedListItem>{t('preview.places', { count: form.places })}</UnorderedListItem>}
        </UnorderedList>
        <Paragraph className="employer-preview__description">{form.description.trim() || t('preview.noDescription')}</Paragraph>
        <SkillList title={t('preview.mustHave')} labels={required.map((skill) => skill.label)} />
        <SkillList title={t('preview.canLearn')} labels={nice.map((skill) => skill.label)} />
        <Heading level={4}>{t('preview.requirements')}</Heading>
        <UnorderedList>
          <UnorderedListItem>{t('preview.dutch', { level: t(`dutch.${form.minDutchLevel}` as EmployerMessageKey) })}</UnorderedListItem>
          {form.requiresDrivingLicence === 'yes' && <UnorderedListItem>{t('preview.drivingLicence')}</UnorderedListItem>}
          {Number(form.experienceYearsWanted) > 0 && <UnorderedListItem>{t('preview.experience', { years: form.experienceYearsWanted })}</UnorderedListItem>}
          {form.conditions.map((condition) => (
            <UnorderedListItem key={condition}>{t(`condition.${condition}` as EmployerMessageKey)}</UnorderedListItem>
          ))}
        </UnorderedList>
        {(form.supportOffered.length > 0 || form.suitableForBanenafspraak === 'yes') && (
          <>
            <Heading level={4}>{t('preview.support')}</Heading>
            <UnorderedList>
              {form.supportOffered.map((support) => (
                <UnorderedListItem key={support}>{t(`support.${support}` as EmployerMessageKey)}</UnorderedListItem>
              ))}
              {form.suitableForBanenafspraak === 'yes' && <UnorderedListItem>{t('preview.banenafspraak')}</UnorderedListItem>}
            </UnorderedList>
          </>
        )}
      </article>
    </aside>
  );
}

function SkillList({ title, labels }: { title: string; labels: string[] }) {
  if (labels.length === 0) return null;
  return (
    <>
      <Heading level={4}>{title}</Heading>
      <UnorderedList>
        {labels.map((label) => (
          <UnorderedListItem key={label}>{label}</UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}
