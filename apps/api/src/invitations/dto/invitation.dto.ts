import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/dto/page.query';
import { IsSafeText } from '../../common/validators';
import { ApplicationVacancyResponse } from '../../applications/dto/application.response';
import type { User } from '../../users/user.entity';
import type { Vacancy } from '../../vacancies/vacancy.entity';
import { INVITATION_STATUSES, type Invitation, type InvitationStatus } from '../invitation.entity';

export class CreateInvitationRequest {
  @ApiProperty({ format: 'uuid', description: 'An anonymous candidate (visible to employers)' })
  @IsUUID('all')
  seekerId!: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'A personal note to the candidate' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @IsSafeText()
  message?: string;
}

export class AnswerInvitationRequest {
  @ApiProperty({ enum: ['accepted', 'declined'], description: 'accepted: you apply, and the employer sees your name and contact' })
  @IsIn(['accepted', 'declined'])
  status!: 'accepted' | 'declined';

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  @IsSafeText()
  motivation?: string;
}

export class InvitationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: INVITATION_STATUSES })
  @IsOptional()
  @IsIn(INVITATION_STATUSES)
  status?: InvitationStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  vacancyId?: string;
}

export class InvitedSeekerResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({ description: 'Only once the seeker accepted (or for the seeker and caseworkers)' }) displayName?: string;
  @ApiPropertyOptional({ format: 'email' }) email?: string;
}

export class InvitationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: ApplicationVacancyResponse }) vacancy!: ApplicationVacancyResponse;
  @ApiProperty({ type: InvitedSeekerResponse }) seeker!: InvitedSeekerResponse;
  @ApiProperty({ enum: INVITATION_STATUSES }) status!: InvitationStatus;
  @ApiProperty({ type: String, nullable: true }) message!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) applicationId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) respondedAt!: string | null;

  static of(invitation: Invitation & { vacancy: Vacancy; seekerUser: User }, readerRole: string): InvitationResponse {
    const identified = readerRole !== 'employer' || invitation.status === 'accepted';
    const seeker = invitation.seekerUser;
    return {
      id: invitation.id,
      vacancy: { id: invitation.vacancy.id, title: invitation.vacancy.title, employer: { id: invitation.vacancy.employer.id, name: invitation.vacancy.employer.name } },
      seeker: identified ? { id: seeker.id, displayName: seeker.displayName, email: seeker.email } : { id: seeker.id },
      status: invitation.status,
      message: invitation.message,
      applicationId: invitation.applicationId,
      createdAt: invitation.createdAt.toISOString(),
      respondedAt: invitation.respondedAt?.toISOString() ?? null,
    };
  }
}

export class InvitationListResponse {
  @ApiProperty({ type: [InvitationResponse] }) items!: InvitationResponse[];
  @ApiProperty() total!: number;
}
