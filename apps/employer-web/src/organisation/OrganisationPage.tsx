import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { apiRequest, ErrorState, PageHeading, TextField, type EmployerResponse } from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { Flash } from '../components/Flash';
import { PendingPage } from '../components/PendingPage';
import { useEmployer } from '../components/useEmployer';
import { useFormSubmit } from '../components/useFormSubmit';
import { VerificationNotice } from '../dashboard/VerificationNotice';
import { useEmployerT } from '../messages';
import { OrganisationFields } from './OrganisationFields';
import { organisationFormOf, organisationRequest, translatedErrors, validateOrganisation, type FieldErrors, type OrganisationField, type OrganisationForm } from './organisation-form';
import { TeamSection } from './TeamSection';

type Field = OrganisationField | 'contactName' | 'contactEmail';
const FIELDS: readonly Field[] = ['name', 'kvkNumber', 'postcode', 'houseNumber', 'municipalityCode', 'contactPhone', 'contactName', 'contactEmail'];
const FORM = '.employer-organisation';

/** The organisation's details and verification, and its team. */
export function OrganisationPage() {
  const t = useEmployerT();
  const employer = useEmployer();
  // The answer to a change is the organisation as stored now (a new KvK number is verified again).
  const [saved, setSaved] = useState<EmployerResponse>();
  if (employer.status !== 'success') return <PendingPage title={t('section.organisation')} query={employer} />;
  const current = saved ?? employer.data;
  return (
    <>
      <PageHeading>{t('section.organisation')}</PageHeading>
      <VerificationNotice employer={current} />
      {current.verificationStatus === 'verified' && <Paragraph>{t('verification.verified')}</Paragraph>}
      <OrganisationDetails employer={current} onSaved={setSaved} />
      <TeamSection employerId={current.id} />
    </>
  );
}

function OrganisationDetails({ employer, onSaved }: { employer: EmployerResponse; onSaved: (employer: EmployerResponse) => void }) {
  const t = useEmployerT();
  const [organisation, setOrganisation] = useState<OrganisationForm>(() => organisationFormOf(employer));
  const [contactName, setContactName] = useState(employer.contact?.name ?? '');
  const [contactEmail, setContactEmail] = useState(employer.contact?.email ?? '');
  const [flash, setFlash] = useState<string>();
  const form = useFormSubmit(FIELDS, FORM);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFlash(undefined);
    const own: FieldErrors<Field> = { ...translatedErrors(validateOrganisation(organisation), t), ...(contactName.trim() ? {} : { contactName: t('register.error.name') }) };
    void form.submit(own, async () => {
      const updated = await apiRequest<EmployerResponse>(`/employers/${employer.id}`, {
        method: 'PATCH',
        body: { ...organisationRequest(organisation), contactName: contactName.trim(), contactEmail: contactEmail.trim() },
      });
      setFlash(updated.kvkNumber !== employer.kvkNumber ? t('organisation.savedReverify') : t('common.saved'));
      onSaved(updated);
    });
  };

  return (
    <section aria-labelledby="details-heading">
      <Heading level={2} id="details-heading">
        {t('organisation.details')}
      </Heading>
      <Paragraph>{t('organisation.kvkChange')}</Paragraph>
      <Flash message={flash} />
      {form.problem && <ErrorState problem={form.problem} />}
      <form className="meedoen-form employer-organisation" noValidate onSubmit={submit}>
        <OrganisationFields form={organisation} onChange={setOrganisation} errors={form.errors} />
        <TextField name="contactName" label={t('organisation.contactName')} required autoComplete="name" value={contactName} onChange={setContactName} error={form.errors.contactName} />
        <TextField name="contactEmail" type="email" label={t('organisation.contactEmail')} required autoComplete="email" value={contactEmail} onChange={setContactEmail} error={form.errors.contactEmail} />
        <Button type="submit" appearance="primary-action-button" busy={form.busy} disabled={form.busy}>
          {t('organisation.save')}
        </Button>
      </form>
    </section>
  );
}
