import { Alert, Paragraph } from '@utrecht/component-library-react';
import { apiRequest, ErrorState, LoadingState, PageHeading, toApiProblem, useApiQuery, type CreateVacancyRequest, type VacancyResponse } from '@meedoen/web';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useEmployer } from '../components/useEmployer';
import { type FlashState } from '../components/Flash';
import { useEmployerT } from '../messages';
import { EMPTY_FORM, formFromVacancy } from './vacancy-form';
import { VacancyEditor } from './VacancyEditor';

const FORBIDDEN = 403;

/** New vacancy, a copy of an old one (?kopie-van=id) or changes to one (/vacatures/:vacancyId/bewerken). */
export function VacancyEditorPage() {
  const t = useEmployerT();
  const navigate = useNavigate();
  const { vacancyId } = useParams();
  const [params] = useSearchParams();
  const copyOf = params.get('kopie-van');
  const sourceId = vacancyId ?? copyOf;
  const source = useApiQuery<VacancyResponse>(sourceId ? `/vacancies/${sourceId}` : null);
  const employer = useEmployer();
  const verified = employer.status === 'success' && employer.data.verificationStatus === 'verified';
  const title = vacancyId ? t('editor.editTitle') : copyOf ? t('editor.copyTitle') : t('editor.newTitle');

  const publish = async (id: string) => {
    try {
      await apiRequest(`/vacancies/${id}`, { method: 'PATCH', body: { status: 'published' } });
      return undefined;
    } catch (error) {
      if (toApiProblem(error).status === FORBIDDEN) return 'editor.notVerified' as const;
      throw error;
    }
  };

  const save = async (request: CreateVacancyRequest, andPublish: boolean) => {
    const saved = vacancyId
      ? await apiRequest<VacancyResponse>(`/vacancies/${vacancyId}`, { method: 'PATCH', body: request })
      : await apiRequest<VacancyResponse>('/vacancies', { method: 'POST', body: request });
    const flash = andPublish ? await publish(saved.id) : undefined;
    navigate(`/vacatures/${saved.id}`, { state: { flash: flash ?? 'common.saved' } satisfies FlashState });
  };

  if (source.status === 'loading' || employer.status === 'loading') {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <LoadingState />
      </>
    );
  }
  if (source.status === 'error') {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <ErrorState problem={source.problem} onRetry={source.reload} />
      </>
    );
  }
  const stored = source.status === 'success' ? source.data : null;
  const initial = stored ? formFromVacancy(stored, Boolean(copyOf && !vacancyId)) : EMPTY_FORM;
  const canPublish = !vacancyId || stored?.status === 'draft';

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <Paragraph>{copyOf && stored && !vacancyId ? t('editor.copyIntro', { title: stored.title }) : t('editor.intro')}</Paragraph>
      {employer.status === 'error' && <ErrorState problem={employer.problem} onRetry={employer.reload} />}
      {employer.status === 'success' && !verified && (
        <Alert type="warning">
          <Paragraph>{t('editor.notVerified')}</Paragraph>
        </Alert>
      )}
      <VacancyEditor
        key={stored?.id ?? 'new'}
        initial={initial}
        isUpdate={Boolean(vacancyId)}
        canPublish={canPublish}
        employerName={employer.status === 'success' ? employer.data.name : undefined}
        onSave={save}
      />
    </>
  );
}
