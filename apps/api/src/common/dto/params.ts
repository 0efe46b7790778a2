import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, Matches } from 'class-validator';

export const MUNICIPALITY_CODE = /^GM\d{4}$/;

export class MunicipalityCodeParam {
  @ApiProperty({ example: 'GM1509' })
  @Matches(MUNICIPALITY_CODE, { message: 'must be a CBS municipality code like GM1509' })
  municipalityCode!: string;
}

export class EmployerIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  employerId!: string;
}

/** A resident: the id of a user with the seeker role. */
export class SeekerIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  seekerId!: string;
}

export class VacancyIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  vacancyId!: string;
}

export class ApplicationIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  applicationId!: string;
}

export class InvitationIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  invitationId!: string;
}

export class SavedSearchIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  savedSearchId!: string;
}

export class ProposalIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  proposalId!: string;
}
