import { skillGroupOf } from '@meedoen/shared';
import type { SkillTaxonomy } from './model';

/** The ESCO skill groups of the Meedoen taxonomy in @meedoen/shared: the default for every index. */
export const ESCO_TAXONOMY: SkillTaxonomy = { groupOf: skillGroupOf };

class Interner {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  idOf(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
}

/** Skill group id of a skill that is not in the taxonomy: never equal to any group. */
const NO_GROUP = -1;

/**
 * Interned ids for skills, skill groups, occupations and interest tags, shared by everything compared with each
 * other, so the ranking loop compares numbers instead of strings. Ids are never released: the vocabulary grows
 * with the taxonomy and the tags in use, not with the number of seekers or vacancies.
 */
export class Vocabulary {
  private readonly skills = new Interner();
  private readonly skillGroups = new Interner();
  private readonly groupOfSkill: number[] = [];
  private readonly occupations = new Interner();
  private readonly tags = new Interner();
  private readonly groupOf: (skillId: string) => string | undefined;

  constructor(taxonomy: SkillTaxonomy = ESCO_TAXONOMY) {
    this.groupOf = 'groupOf' in taxonomy ? (id) => taxonomy.groupOf(id) : (id) => taxonomy.get(id);
  }

  skill(skillId: string): number {
    const id = this.skills.idOf(skillId);
    if (id === this.groupOfSkill.length) {
      const group = this.groupOf(skillId);
      this.groupOfSkill.push(group === undefined ? NO_GROUP : this.skillGroups.idOf(group));
    }
    return id;
  }
  skillGroup(skill: number): number {
    return this.groupOfSkill[skill];
  }
  skillName(skill: number): string {
    return this.skills.names[skill];
  }
  occupation(occupationId: string): number {
    return this.occupations.idOf(occupationId);
  }
  occupationName(occupation: number): string {
    return this.occupations.names[occupation];
  }
  tag(tag: string): number {
    return this.tags.idOf(tag);
  }
  tagName(tag: number): string {
    return this.tags.names[tag];
  }
}
