import {
  getOccupation,
  OCCUPATIONS,
  occupationDisplayLabelNl,
  searchOccupations,
  searchSkills,
  SKILLS,
  skillsForOccupation,
  TAXONOMY_VERSION,
  type Occupation,
  type Skill,
} from '@meedoen/shared';
import { Injectable } from '@nestjs/common';
import { notFound } from '../common/problem';
import type { Language } from '../users/user.entity';
import { OccupationDetailResponse, OccupationListResponse, OccupationResponse, SkillListResponse, SkillResponse, TaxonomyQuery } from './dto/taxonomy.dto';

/** Autocomplete finds at most this many; a listing without q pages through everything. */
const SEARCH_LIMIT = 100;

const byLabel = <T>(label: (item: T) => string) => (a: T, b: T) => label(a).localeCompare(label(b), 'nl');
const sortedSkills = (language: Language) => [...SKILLS].sort(byLabel<Skill>((skill) => (language === 'en' ? skill.labelEn : skill.labelNl)));
const sortedOccupations = (language: Language) =>
  [...OCCUPATIONS].sort(byLabel<Occupation>((occupation) => (language === 'en' ? occupation.labelEn : occupationDisplayLabelNl(occupation))));

function page<T>(items: readonly T[], query: TaxonomyQuery): { items: T[]; total: number } {
  return { items: items.slice((query.page - 1) * query.pageSize, query.page * query.pageSize), total: items.length };
}

/** The skills and occupations taxonomy of libs/shared, searched in memory (accent- and typo-tolerant). */
@Injectable()
export class TaxonomyService {
  skills(query: TaxonomyQuery, language: Language): SkillListResponse {
    const found = query.q?.trim() ? searchSkills(query.q, { limit: SEARCH_LIMIT }).map((result) => result.item) : sortedSkills(language);
    const { items, total } = page(found, query);
    return { items: items.map((skill) => SkillResponse.of(skill, language)), total, taxonomyVersion: TAXONOMY_VERSION };
  }

  occupations(query: TaxonomyQuery, language: Language): OccupationListResponse {
    const found = query.q?.trim() ? searchOccupations(query.q, { limit: SEARCH_LIMIT }).map((result) => result.item) : sortedOccupations(language);
    const { items, total } = page(found, query);
    return { items: items.map((occupation) => OccupationResponse.of(occupation, language)), total, taxonomyVersion: TAXONOMY_VERSION };
  }

  occupation(id: string, language: Language): OccupationDetailResponse {
    const occupation = getOccupation(id);
    if (!occupation) throw notFound(`Occupation ${id}`);
    const skills = skillsForOccupation(id)!;
    return {
      ...OccupationResponse.of(occupation, language),
      synonymsNl: [...occupation.synonymsNl],
      essentialSkills: skills.essential.map((skill) => SkillResponse.of(skill, language)),
      optionalSkills: skills.optional.map((skill) => SkillResponse.of(skill, language)),
    };
  }
}
