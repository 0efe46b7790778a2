import { getEscoSkillGroup, type Occupation, type Skill } from '@meedoen/shared';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/dto/page.query';
import { LANGUAGES, type Language } from '../../users/user.entity';

export class TaxonomyQuery extends PageQuery {
  @ApiPropertyOptional({ maxLength: 100, description: 'Autocomplete: Dutch or English, accents and typos tolerated' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'Label language; else Accept-Language; else Dutch' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class LanguageQuery {
  @ApiPropertyOptional({ enum: LANGUAGES, description: 'Label language; else Accept-Language; else Dutch' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class OccupationIdParam {
  @ApiProperty({ example: '9112.2' })
  @Matches(/^\d{4}(\.\d{1,4})?$/, { message: 'must be an occupation id like 9112.2' })
  occupationId!: string;
}

export class SkillResponse {
  @ApiProperty({ example: 'office-cleaning' }) id!: string;
  @ApiProperty({ description: 'In the chosen language' }) label!: string;
  @ApiProperty() labelNl!: string;
  @ApiProperty() labelEn!: string;
  @ApiProperty({ enum: ['practical', 'transversal', 'digital', 'language', 'certificate', 'physical'] }) kind!: string;
  @ApiProperty({ example: 'S6.11.2', description: 'ESCO skill group: related skills share it' }) group!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) groupLabel?: string | null;

  static of(skill: Skill, language: Language): SkillResponse {
    return {
      id: skill.id,
      label: language === 'en' ? skill.labelEn : skill.labelNl,
      labelNl: skill.labelNl,
      labelEn: skill.labelEn,
      kind: skill.kind,
      group: skill.escoGroup,
      groupLabel: getEscoSkillGroup(skill.escoGroup)?.labelNl ?? null,
    };
  }
}

export class OccupationResponse {
  @ApiProperty({ example: '9112.2' }) id!: string;
  @ApiProperty() label!: string;
  @ApiProperty() labelNl!: string;
  @ApiProperty() labelEn!: string;
  @ApiProperty({ example: 'cleaning' }) sector!: string;
  @ApiProperty({ example: '9112' }) iscoGroup!: string;
  @ApiProperty({ format: 'uri' }) escoUri!: string;

  static of(occupation: Occupation, language: Language): OccupationResponse {
    const labelNl = occupation.labelNlPlain ?? occupation.labelNl;
    return {
      id: occupation.id,
      label: language === 'en' ? occupation.labelEn : labelNl,
      labelNl,
      labelEn: occupation.labelEn,
      sector: occupation.sector,
      iscoGroup: occupation.iscoGroup,
      escoUri: occupation.escoUri,
    };
  }
}

export class OccupationDetailResponse extends OccupationResponse {
  @ApiProperty({ type: [String] }) synonymsNl!: string[];
  @ApiProperty({ type: [SkillResponse], description: 'Skills the work needs: suggestions for a vacancy or profile' }) essentialSkills!: SkillResponse[];
  @ApiProperty({ type: [SkillResponse] }) optionalSkills!: SkillResponse[];
}

export class SkillListResponse {
  @ApiProperty({ type: [SkillResponse] }) items!: SkillResponse[];
  @ApiProperty() total!: number;
  @ApiProperty({ example: '1.0.0' }) taxonomyVersion!: string;
}

export class OccupationListResponse {
  @ApiProperty({ type: [OccupationResponse] }) items!: OccupationResponse[];
  @ApiProperty() total!: number;
  @ApiProperty({ example: '1.0.0' }) taxonomyVersion!: string;
}
