import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, Matches, ValidateIf } from 'class-validator';
import { MUNICIPALITY_CODE } from '../../common/dto/params';
import { AccountDetails } from './create-account.request';

export const STAFF_ROLES = ['caseworker', 'administrator'] as const;

/** An administrator creates caseworkers (for one municipality) and other administrators. */
export class CreateStaffAccountRequest extends AccountDetails {
  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES, { message: 'must be caseworker or administrator' })
  role!: (typeof STAFF_ROLES)[number];

  @ApiPropertyOptional({ description: 'Caseworkers: the municipality whose residents they serve', example: 'GM1509' })
  @ValidateIf((request: CreateStaffAccountRequest) => request.role === 'caseworker' || request.municipalityCode !== undefined)
  @Matches(MUNICIPALITY_CODE, { message: 'must be a CBS municipality code like GM1509' })
  municipalityCode?: string;
}
