import { ApiProperty } from '@nestjs/swagger';

export class SkillOpportunityResponse {
  @ApiProperty({ example: 'forklift-driving' })
  skillId!: string;

  @ApiProperty({ description: 'The skill in the requested language' })
  label!: string;

  @ApiProperty({ description: 'Open vacancies that would fit well once the seeker has this skill' })
  opensVacancies!: number;

  @ApiProperty({ description: 'Open vacancies that ask for this skill' })
  askedBy!: number;
}

export class SkillsGapResponse {
  @ApiProperty({ type: [SkillOpportunityResponse], description: 'Most useful first' })
  items!: SkillOpportunityResponse[];
}
