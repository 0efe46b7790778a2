import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../users/password.service';

export class InviteTeamMemberRequest {
  @ApiProperty({ format: 'email', maxLength: 254, description: "The colleague's e-mail address: the invitation goes there" })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ maxLength: 120, description: "The colleague's name as others see it" })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName!: string;
}

export const TEAM_MEMBER_STATUSES = ['invited', 'active'] as const;
export type TeamMemberStatus = (typeof TEAM_MEMBER_STATUSES)[number];

export class TeamMemberResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ enum: TEAM_MEMBER_STATUSES, description: 'invited: has not set a password yet' }) status!: TeamMemberStatus;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class TeamMemberListResponse {
  @ApiProperty({ type: [TeamMemberResponse] }) items!: TeamMemberResponse[];
}

export class AcceptTeamInvitationRequest {
  @ApiProperty({ description: 'The token from the link in the invitation e-mail', maxLength: 100 })
  @IsString()
  @MinLength(20)
  @MaxLength(100)
  token!: string;

  @ApiProperty({ format: 'password', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}
