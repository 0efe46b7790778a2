import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ApplicationVacancyResponse } from '../../applications/dto/application.response';
import { PageQuery } from '../../common/dto/page.query';
import { IsSafeText } from '../../common/validators';
import type { User } from '../../users/user.entity';
import type { Vacancy } from '../../vacancies/vacancy.entity';
import { PROPOSAL_STATUSES, type Proposal, type ProposalStatus } from '../proposal.entity';

const ANSWERS = ['awaiting-employer', 'declined-by-seeker', 'accepted', 'declined-by-employer'] as const;
type ProposalAnswer = (typeof ANSWERS)[number];

export class CreateProposalRequest {
  @ApiProperty({ format: 'uuid', description: 'A resident of your municipality' })
  @IsUUID('all')
  seekerId!: string;

  @ApiProperty({ maxLength: 2000, description: 'Why this resident fits; the resident and (after consent) the employer read it' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @IsSafeText()
  note!: string;
}

export class AnswerProposalRequest {
  @ApiProperty({
    enum: ANSWERS,
    description: 'The resident: awaiting-employer (consent: the employer sees your name) or declined-by-seeker. The employer then: accepted (an application) or declined-by-employer.',
  })
  @IsIn(ANSWERS)
  status!: ProposalAnswer;
}

export class ProposalsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROPOSAL_STATUSES })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  status?: ProposalStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  vacancyId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the proposals of this resident (for a caseworker: a resident of the municipality)' })
  @IsOptional()
  @IsUUID('all')
  seekerId?: string;
}

export class ProposedSeekerResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ format: 'email' }) email!: string;
}

export class ProposalResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: ApplicationVacancyResponse }) vacancy!: ApplicationVacancyResponse;
  @ApiProperty({ type: ProposedSeekerResponse }) seeker!: ProposedSeekerResponse;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status!: ProposalStatus;
  @ApiProperty() note!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) applicationId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) seekerRespondedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) employerRespondedAt!: string | null;

  static of(proposal: Proposal & { vacancy: Vacancy; seekerUser: User }): ProposalResponse {
    const { vacancy, seekerUser } = proposal;
    return {
      id: proposal.id,
      vacancy: { id: vacancy.id, title: vacancy.title, employer: { id: vacancy.employer.id, name: vacancy.employer.name } },
      seeker: { id: seekerUser.id, displayName: seekerUser.displayName, email: seekerUser.email },
      status: proposal.status,
      note: proposal.note,
      applicationId: proposal.applicationId,
      createdAt: proposal.createdAt.toISOString(),
      seekerRespondedAt: proposal.seekerRespondedAt?.toISOString() ?? null,
      employerRespondedAt: proposal.employerRespondedAt?.toISOString() ?? null,
    };
  }
}

export class ProposalListResponse {
  @ApiProperty({ type: [ProposalResponse] }) items!: ProposalResponse[];
  @ApiProperty() total!: number;
}
