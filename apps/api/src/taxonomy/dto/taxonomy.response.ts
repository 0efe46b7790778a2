import { ApiProperty } from '@nestjs/swagger';
import { getSkill, occupationDisplayLabelNl, type Occupation, type Skill } from '@meedoen/shared';
import type { Language } from '../../users/user.entity';

export class SkillResponse {
  @ApiProperty({ example: 'office-cleaning' })
  id!: string;

  @ApiProperty({ description: 'Label in the requested language (plain Dutch at B1 level for nl)' })
  label!: string;

  @ApiProperty({ example: 'S6.11.2', description: 'ESCO skill group; related skills share it' })
  group!: string;

  static of(skill: Skill, language: Language): SkillResponse {
    return { id: skill.id, label: language === 'en' ? skill.labelEn : skill.labelNl, group: skill.escoGroup };
  }
}

export class SkillListResponse {
  @ApiProperty({ type: [SkillResponse] })
  items!: SkillResponse[];

  @ApiProperty({ example: '1.0.0' })
  taxonomyVersion!: string;
}

export class OccupationResponse {
  @ApiProperty({ example: '9112.1', description: 'ESCO occupation code' })
  id!: string;

  @ApiProperty()
  label!: string;

  @ApiProperty({ example: '9112', description: 'ISCO-08 unit group' })
  iscoGroup!: string;

  @ApiProperty({ example: 'cleaning' })
  sector!: string;

  @ApiProperty({ format: 'uri' })
  escoUri!: string;

  static of(occupation: Occupation, language: Language): OccupationResponse {
    return {
      id: occupation.id,
      label: language === 'en' ? occupation.labelEn : occupationDisplayLabelNl(occupation),
      iscoGroup: occupation.iscoGroup,
      sector: occupation.sector,
      escoUri: occupation.escoUri,
    };
  }
}

export class OccupationListResponse {
  @ApiProperty({ type: [OccupationResponse] })
  items!: OccupationResponse[];

  @ApiProperty({ example: '1.0.0' })
  taxonomyVersion!: string;
}

/** An occupation with the skills it needs: what an employer's vacancy editor suggests. */
export class OccupationDetailResponse extends OccupationResponse {
  @ApiProperty({ type: [SkillResponse] })
  essentialSkills!: SkillResponse[];

  @ApiProperty({ type: [SkillResponse] })
  optionalSkills!: SkillResponse[];

  static detail(occupation: Occupation, language: Language): OccupationDetailResponse {
    const skills = (ids: readonly string[]) =>
      ids.map((id) => getSkill(id)).filter((skill): skill is Skill => Boolean(skill)).map((skill) => SkillResponse.of(skill, language));
    return { ...OccupationResponse.of(occupation, language), essentialSkills: skills(occupation.essentialSkills), optionalSkills: skills(occupation.optionalSkills) };
  }
}
