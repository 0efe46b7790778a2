import skillGroupData from '../../data/esco-skill-groups.json';

export interface EscoSkillGroup {
  code: string;
  labelNl: string;
  /** 0 = pillar (S, T, L) … 3 = most specific. */
  level: number;
  /** Code of the group one level up; null for a pillar. */
  parent: string | null;
}

const groups = skillGroupData as Record<string, Omit<EscoSkillGroup, 'code'>>;

/** An ESCO skill group (skills, transversal and language pillars, levels 0–3). */
export function getEscoSkillGroup(code: string): EscoSkillGroup | undefined {
  return Object.hasOwn(groups, code) ? { code, ...groups[code] } : undefined;
}

/** The group's code followed by the codes of its ancestors: 'S6.11.2' → ['S6.11.2', 'S6.11', 'S6', 'S']. */
export function escoSkillGroupPath(code: string): string[] {
  const path: string[] = [];
  for (let group = getEscoSkillGroup(code); group; group = group.parent ? getEscoSkillGroup(group.parent) : undefined) {
    path.push(group.code);
  }
  return path;
}
