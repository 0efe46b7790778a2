import { getOccupation, getSkill, occupationDisplayLabelNl } from '@meedoen/shared';
import type { Vacancy } from '../vacancies/vacancy.entity';
import { TEASER_LENGTH, VacancySearchDocument } from './search-engine';

/** Markdown marks are left out of the teaser; the words stay. */
const teaserOf = (description: string) => {
  const plain = description.replace(/[#*_`>[\]()|~-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return plain.length <= TEASER_LENGTH ? plain : `${plain.slice(0, TEASER_LENGTH - 1).trimEnd()}…`;
};

/** The search document of a published vacancy (with its employer loaded). */
export function vacancyDocument(vacancy: Vacancy): VacancySearchDocument {
  const occupation = vacancy.occupationId ? getOccupation(vacancy.occupationId) : undefined;
  const skills = vacancy.skills.map((row) => getSkill(row.skillId)).filter((skill) => skill !== undefined);
  return {
    id: vacancy.id,
    title: vacancy.title,
    teaser: teaserOf(vacancy.description),
    description: vacancy.description,
    kind: vacancy.kind,
    occupationId: vacancy.occupationId,
    occupationTerms: occupation ? [...new Set([occupationDisplayLabelNl(occupation), occupation.labelNl, occupation.labelEn, ...occupation.synonymsNl])] : [],
    skillIds: vacancy.skills.map((skill) => skill.skillId),
    skillTerms: skills.flatMap((skill) => [skill.labelNl, skill.labelEn, ...skill.synonymsNl]),
    employerId: vacancy.employerId,
    employerName: vacancy.employer.name,
    city: vacancy.city,
    municipalityCode: vacancy.municipalityCode,
    hoursMin: vacancy.hoursMin,
    hoursMax: vacancy.hoursMax,
    workplace: vacancy.workplace,
    location: vacancy.latitude === null || vacancy.longitude === null ? null : { lat: vacancy.latitude, lon: vacancy.longitude },
    publishedAt: (vacancy.publishedAt ?? vacancy.updatedAt).toISOString(),
    closesOn: vacancy.closesOn,
  };
}

/** Only published vacancies of verified employers are found. */
export const isSearchable = (vacancy: Vacancy) => vacancy.status === 'published' && vacancy.employer.verificationStatus === 'verified';
