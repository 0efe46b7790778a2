import { Alert, Button, ButtonGroup, Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import {
  CheckboxGroupField,
  ErrorState,
  RadioGroupField,
  SelectField,
  TextareaField,
  TextField,
  toApiProblem,
  useApiQuery,
  useLanguage,
  useT,
  type ApiProblem,
  type CreateVacancyRequest,
  type OccupationDetailResponse,
  type SharedMessageKey,
} from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { focusFirstError } from '../components/focus-first-error';
import { TaxonomySearch } from '../components/TaxonomySearch';
import { useEmployerT, type EmployerMessageKey } from '../messages';
import { formFieldOfParam, requestFromForm, validateVacancyForm, type ChosenSkill, type FormErrors, type SkillLevel, type VacancyForm, type VacancyFormField } from './vacancy-form';
import { CONTRACT_TYPES, DAY_PARTS, DAYS, DUTCH_LEVELS, payTypesFor, SKILL_LEVELS, SUPPORT_KINDS, VACANCY_KINDS, WORK_CONDITIONS, WORKPLACES } from './vacancy-options';
import { VacancyPreview } from './VacancyPreview';

const FORM = '.employer-editor__form';

export interface VacancyEditorProps {
  initial: VacancyForm;
  /** An update sends null for emptied optional fields. */
  isUpdate: boolean;
  /** Publishing is offered for new vacancies and drafts. */
  canPublish: boolean;
  employerName?: string;
  onSave: (request: CreateVacancyRequest, publish: boolean) => Promise<void>;
}

/** The vacancy form with a live preview beside it (below it on small screens). */
export function VacancyEditor({ initial, isUpdate, canPublish, employerName, onSave }: VacancyEditorProps) {
  const t = useEmployerT();
  const shared = useT();
  const { language } = useLanguage();
  const [form, setForm] = useState<VacancyForm>(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [problem, setProblem] = useState<ApiProblem>();
  const [busy, setBusy] = useState<'draft' | 'publish' | null>(null);
  const occupation = useApiQuery<OccupationDetailResponse>(form.occupation ? `/occupations/${form.occupation.id}?language=${language}` : null);

  const set = <K extends VacancyFormField>(field: K) => (value: VacancyForm[K]) => setForm((current) => ({ ...current, [field]: value }));
  const options = <V extends string | number>(values: readonly V[], prefix: string) =>
    values.map((value) => ({ value: String(value), label: t(`${prefix}.${value}` as EmployerMessageKey) }));

  const setSkills = (update: (skills: ChosenSkill[]) => ChosenSkill[]) => setForm((current) => ({ ...current, skills: update(current.skills) }));
  const addSkill = (skillId: string, label: string) =>
    setSkills((skills) => (skills.some((skill) => skill.skillId === skillId) ? skills : [...skills, { skillId, label, level: 1, required: true }]));
  const removeSkill = (skillId: string) => setSkills((skills) => skills.filter((skill) => skill.skillId !== skillId));
  const changeSkill = (skillId: string, change: Partial<ChosenSkill>) =>
    setSkills((skills) => skills.map((skill) => (skill.skillId === skillId ? { ...skill, ...change } : skill)));

  const suggested = occupation.status === 'success' ? occupation.data.essentialSkills : [];
  const chosenIds = form.skills.map((skill) => skill.skillId);
  const payTypes = payTypesFor(form.kind);

  const submit = async (publish: boolean, event?: FormEvent) => {
    event?.preventDefault();
    setProblem(undefined);
    const found = validateVacancyForm(form);
    const messages: FormErrors = Object.fromEntries(Object.entries(found).map(([field, key]) => [field, t(key)]));
    setErrors(messages);
    if (Object.keys(messages).length > 0) return focusFirstError(FORM);
    setBusy(publish ? 'publish' : 'draft');
    try {
      await onSave(requestFromForm(form, isUpdate), publish);
    } catch (error) {
      const answer = toApiProblem(error);
      const fieldErrors: FormErrors = {};
      for (const param of answer.invalidParams ?? []) {
        const field = formFieldOfParam(param.name);
        if (field) fieldErrors[field] = param.reason;
      }
      setErrors(fieldErrors);
      setProblem(answer);
      focusFirstError(FORM);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="employer-editor">
      <form className="meedoen-form employer-editor__form" noValidate onSubmit={(event) => submit(false, event)}>
        {Object.keys(errors).length > 0 && (
          <Alert type="error" role="alert" className="employer-error-summary">
            <Paragraph>{t('editor.errorSummary')}</Paragraph>
          </Alert>
        )}
        {problem && <ErrorState problem={problem} />}

        <Fieldset>
          <FieldsetLegend>{t('editor.sectionWork')}</FieldsetLegend>
          <TextField name="title" label={t('editor.title')} description={t('editor.titleHint')} required value={form.title} onChange={set('title')} error={errors.title} maxLength={120} />
          <RadioGroupField
            name="kind"
            label={t('editor.kind')}
            description={t('editor.kindHint')}
            required
            options={VACANCY_KINDS.map((kind) => ({
              value: kind,
              label: `${shared(`vacancyKind.${kind}` as SharedMessageKey)}: ${shared(`vacancyKind.${kind}.explained` as SharedMessageKey)}`,
            }))}
            value={form.kind}
            onChange={(kind) => setForm((current) => ({ ...current, kind: kind as VacancyForm['kind'], payType: payTypesFor(kind as VacancyForm['kind']).includes(current.payType as never) ? current.payType : '' }))}
            error={errors.kind}
          />
          <TextareaField name="description" label={t('editor.description')} description={t('editor.descriptionHint')} required rows={6} value={form.description} onChange={set('description')} error={errors.description} />
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>{t('editor.sectionSkills')}</FieldsetLegend>
          {form.occupation ? (
            <div className="employer-chosen">
              <Paragraph>{t('editor.occupationChosen', { label: form.occupation.label })}</Paragraph>
              <Button type="button" appearance="subtle-button" onClick={() => set('occupation')(null)}>
                {t('editor.occupationChange')}
              </Button>
            </div>
          ) : (
            <TaxonomySearch
              name="occupationSearch"
              label={t('editor.occupationSearch')}
              description={t('editor.occupationSearchHint')}
              pathFor={(q) => `/occupations?q=${encodeURIComponent(q)}&pageSize=6&language=${language}`}
              chooseLabel={(label) => t('editor.choose', { label })}
              onChoose={(item) => set('occupation')(item)}
              error={errors.occupation}
            />
          )}
          {occupation.status === 'error' && <ErrorState problem={occupation.problem} onRetry={occupation.reload} />}
          {suggested.length > 0 && (
            <CheckboxGroupField
              name="suggestedSkills"
              label={t('editor.suggestedSkills')}
              description={t('editor.suggestedSkillsHint')}
              options={suggested.map((skill) => ({ value: skill.id, label: skill.label }))}
              value={chosenIds.filter((id) => suggested.some((skill) => skill.id === id))}
              onChange={(ids) => {
                for (const skill of suggested) {
                  if (ids.includes(skill.id)) addSkill(skill.id, skill.label);
                  else removeSkill(skill.id);
                }
              }}
            />
          )}
          <TaxonomySearch
            name="skillSearch"
            label={t('editor.skillSearch')}
            description={t('editor.skillSearchHint')}
            pathFor={(q) => `/skills?q=${encodeURIComponent(q)}&pageSize=6&language=${language}`}
            exclude={chosenIds}
            chooseLabel={(label) => t('editor.addSkill', { label })}
            onChoose={(item) => addSkill(item.id, item.label)}
            error={errors.skills}
          />
          <Heading level={3}>{t('editor.chosenSkills')}</Heading>
          {form.skills.length === 0 ? (
            <Paragraph>{t('editor.noSkills')}</Paragraph>
          ) : (
            <ul className="employer-skill-list">
              {form.skills.map((skill) => (
                <li key={skill.skillId} className="employer-skill-list__item">
                  <Paragraph>
                    <strong>{skill.label}</strong>
                  </Paragraph>
                  <SelectField
                    name={`skill-${skill.skillId}-importance`}
                    label={t('editor.skillImportance', { label: skill.label })}
                    required
                    options={[
                      { value: 'required', label: t('editor.skillRequired') },
                      { value: 'nice', label: t('editor.skillNice') },
                    ]}
                    value={skill.required ? 'required' : 'nice'}
                    onChange={(value) => changeSkill(skill.skillId, { required: value === 'required' })}
                  />
                  <SelectField
                    name={`skill-${skill.skillId}-level`}
                    label={t('editor.skillLevel', { label: skill.label })}
                    required
                    options={options(SKILL_LEVELS, 'skillLevel')}
                    value={String(skill.level)}
                    onChange={(value) => changeSkill(skill.skillId, { level: Number(value) as SkillLevel })}
                  />
                  <Button type="button" appearance="subtle-button" onClick={() => removeSkill(skill.skillId)}>
                    {t('editor.removeSkill', { label: skill.label })}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>{t('editor.sectionTime')}</FieldsetLegend>
          <div className="employer-field-row">
            <TextField name="hoursMin" type="number" label={t('editor.hoursMin')} required value={form.hoursMin} onChange={set('hoursMin')} error={errors.hoursMin} />
            <TextField name="hoursMax" type="number" label={t('editor.hoursMax')} required value={form.hoursMax} onChange={set('hoursMax')} error={errors.hoursMax} />
          </div>
          <CheckboxGroupField name="days" label={t('editor.days')} description={t('editor.daysHint')} options={options(DAYS, 'day')} value={form.days} onChange={set('days')} error={errors.days} />
          <CheckboxGroupField name="dayParts" label={t('editor.dayParts')} options={options(DAY_PARTS, 'dayPart')} value={form.dayParts} onChange={set('dayParts')} error={errors.dayParts} />
          <YesNoField name="shiftWork" label={t('editor.shiftWork')} value={form.shiftWork} onChange={set('shiftWork')} />
          <TextField name="startDate" type="date" label={t('editor.startDate')} description={t('editor.startDateHint')} value={form.startDate} onChange={set('startDate')} error={errors.startDate} />
          <TextField name="closesOn" type="date" label={t('editor.closesOn')} description={t('editor.closesOnHint')} value={form.closesOn} onChange={set('closesOn')} error={errors.closesOn} />
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>{t('editor.sectionContract')}</FieldsetLegend>
          <SelectField name="contractType" label={t('editor.contractType')} required placeholder="" options={options(CONTRACT_TYPES, 'contract')} value={form.contractType} onChange={set('contractType')} error={errors.contractType} />
          <TextField name="durationWeeks" type="number" label={t('editor.durationWeeks')} description={t('editor.durationWeeksHint')} value={form.durationWeeks} onChange={set('durationWeeks')} error={errors.durationWeeks} />
          <SelectField name="payType" label={t('editor.payType')} description={t('editor.payTypeHint')} required placeholder="" options={options(payTypes, 'pay')} value={form.payType} onChange={set('payType')} error={errors.payType} />
          <div className="employer-field-row">
            <TextField name="payMin" label={t('editor.payMin')} description={t('editor.payAmountHint')} inputMode="decimal" value={form.payMin} onChange={set('payMin')} error={errors.payMin} />
            <TextField name="payMax" label={t('editor.payMax')} inputMode="decimal" value={form.payMax} onChange={set('payMax')} error={errors.payMax} />
          </div>
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>{t('editor.sectionPlace')}</FieldsetLegend>
          <SelectField name="workplace" label={t('editor.workplace')} required options={options(WORKPLACES, 'workplace')} value={form.workplace} onChange={set('workplace')} error={errors.workplace} />
          <div className="employer-field-row">
            <TextField name="postcode" label={t('editor.postcode')} description={t('editor.postcodeHint')} autoComplete="postal-code" value={form.postcode} onChange={set('postcode')} error={errors.postcode} />
            <TextField name="houseNumber" label={t('editor.houseNumber')} value={form.houseNumber} onChange={set('houseNumber')} error={errors.houseNumber} />
          </div>
          <TextField name="places" type="number" label={t('editor.places')} required value={form.places} onChange={set('places')} error={errors.places} />
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>{t('editor.sectionRequirements')}</FieldsetLegend>
          <SelectField name="minDutchLevel" label={t('editor.minDutchLevel')} required options={options(DUTCH_LEVELS, 'dutch')} value={form.minDutchLevel} onChange={set('minDutchLevel')} error={errors.minDutchLevel} />
          <YesNoField name="requiresDrivingLicence" label={t('editor.drivingLicence')} value={form.requiresDrivingLicence} onChange={set('requiresDrivingLicence')} />
          <TextField name="experienceYearsWanted" type="number" label={t('editor.experienceYears')} description={t('editor.experienceYearsHint')} value={form.experienceYearsWanted} onChange={set('experienceYearsWanted')} error={errors.experienceYearsWanted} />
          <CheckboxGroupField name="conditions" label={t('editor.conditions')} options={options(WORK_CONDITIONS, 'condition')} value={form.conditions} onChange={set('conditions')} error={errors.conditions} />
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>{t('editor.sectionSupport')}</FieldsetLegend>
          <CheckboxGroupField name="supportOffered" label={t('editor.support')} description={t('editor.supportHint')} options={options(SUPPORT_KINDS, 'support')} value={form.supportOffered} onChange={set('supportOffered')} error={errors.supportOffered} />
          <YesNoField name="suitableForBanenafspraak" label={t('editor.banenafspraak')} description={t('editor.banenafspraakHint')} value={form.suitableForBanenafspraak} onChange={set('suitableForBanenafspraak')} />
        </Fieldset>

        <ButtonGroup>
          <Button type="submit" appearance={canPublish ? 'secondary-action-button' : 'primary-action-button'} busy={busy === 'draft'} disabled={busy !== null}>
            {busy === 'draft' ? t('editor.busy') : isUpdate && !canPublish ? t('editor.saveChanges') : t('editor.saveDraft')}
          </Button>
          {canPublish && (
            <Button type="button" appearance="primary-action-button" busy={busy === 'publish'} disabled={busy !== null} onClick={() => submit(true)}>
              {busy === 'publish' ? t('editor.busy') : t('editor.savePublish')}
            </Button>
          )}
        </ButtonGroup>
      </form>
      <VacancyPreview form={form} employerName={employerName} />
    </div>
  );
}

function YesNoField({ name, label, description, value, onChange }: { name: string; label: string; description?: string; value: string; onChange: (value: string) => void }) {
  const t = useEmployerT();
  return (
    <RadioGroupField
      name={name}
      label={label}
      description={description}
      required
      options={[
        { value: 'yes', label: t('common.yes') },
        { value: 'no', label: t('common.no') },
      ]}
      value={value}
      onChange={onChange}
    />
  );
}
