/** What sort of skill it is: lets screens group skills and lets matching treat certificates as hard evidence. */
export type SkillKind = 'practical' | 'transversal' | 'digital' | 'language' | 'certificate' | 'physical';

export interface Skill {
  /** Stable kebab-case English slug, e.g. 'forklift-driving'. */
  id: string;
  /** Plain Dutch (language level B1). */
  labelNl: string;
  labelEn: string;
  /** Dutch synonyms and examples that should find this skill in autocomplete. */
  synonymsNl: readonly string[];
  /** ESCO skill group code (level 2 or 3, e.g. 'S6.11.2'); related skills share a group. */
  escoGroup: string;
  kind: SkillKind;
}

export type Sector =
  | 'cleaning'
  | 'hospitality'
  | 'green'
  | 'agriculture'
  | 'logistics'
  | 'retail'
  | 'care'
  | 'childcare'
  | 'community'
  | 'construction'
  | 'production'
  | 'food-processing'
  | 'technical'
  | 'ict'
  | 'administration'
  | 'transport'
  | 'security'
  | 'personal-services';

export interface Occupation {
  /** ESCO code, e.g. '9112.2'. */
  id: string;
  escoUri: string;
  /** ISCO-08 unit group (4 digits). */
  iscoGroup: string;
  /** ESCO's Dutch preferred label. */
  labelNl: string;
  /** Plain Dutch (B1) label when ESCO's is stiff or unusual; show this one when set. */
  labelNlPlain?: string;
  labelEn: string;
  /** Useful Dutch alternative labels from ESCO, for search. */
  synonymsNl: readonly string[];
  sector: Sector;
  essentialSkills: readonly string[];
  optionalSkills: readonly string[];
}
