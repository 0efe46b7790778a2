import { SelectField, TextField, useApiQuery, type MunicipalityListResponse } from '@meedoen/web';
import { useEmployerT } from '../messages';
import type { FieldErrors, OrganisationField, OrganisationForm } from './organisation-form';

interface OrganisationFieldsProps {
  form: OrganisationForm;
  onChange: (form: OrganisationForm) => void;
  errors: FieldErrors<OrganisationField>;
}

/** Name, KvK number, address and phone of an organisation: the same fields when registering and when changing them. */
export function OrganisationFields({ form, onChange, errors }: OrganisationFieldsProps) {
  const t = useEmployerT();
  const municipalities = useApiQuery<MunicipalityListResponse>('/municipalities');
  const set = (field: OrganisationField) => (value: string) => onChange({ ...form, [field]: value });
  return (
    <>
      <TextField name="name" label={t('organisation.name')} required autoComplete="organization" value={form.name} onChange={set('name')} error={errors.name} maxLength={160} />
      <TextField name="kvkNumber" label={t('organisation.kvk')} description={t('organisation.kvkHint')} required inputMode="numeric" value={form.kvkNumber} onChange={set('kvkNumber')} error={errors.kvkNumber} />
      <div className="employer-field-row">
        <TextField name="postcode" label={t('organisation.postcode')} required autoComplete="postal-code" value={form.postcode} onChange={set('postcode')} error={errors.postcode} />
        <TextField name="houseNumber" label={t('organisation.houseNumber')} required value={form.houseNumber} onChange={set('houseNumber')} error={errors.houseNumber} />
      </div>
      <SelectField
        name="municipalityCode"
        label={t('organisation.municipality')}
        description={t('organisation.municipalityHint')}
        placeholder={t('organisation.municipalityFromPostcode')}
        options={municipalities.status === 'success' ? municipalities.data.items.map((item) => ({ value: item.code, label: item.name })) : []}
        value={form.municipalityCode}
        onChange={set('municipalityCode')}
        error={errors.municipalityCode}
      />
      <TextField name="contactPhone" type="tel" label={t('organisation.phone')} autoComplete="tel" value={form.contactPhone} onChange={set('contactPhone')} error={errors.contactPhone} />
    </>
  );
}
