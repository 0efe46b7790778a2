import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { PageQuery } from '../../common/dto/page.query';
import { IsSafeText, ToList } from '../../common/validators';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../application.entity';
import { REJECTION_REASON_CODES, type RejectionReason } from '../rejection-reasons';

export class CreateApplicationRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  vacancyId!: string;

  @ApiPropertyOptional({ maxLength: 4000, description: 'Why you would like this work (optional)' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  @IsSafeText()
  motivation?: string;
}

export class UpdateApplicationRequest {
  @ApiProperty({ enum: APPLICATION_STATUSES, description: 'The next step; the seeker can only withdraw' })
  @IsIn(APPLICATION_STATUSES)
  status!: ApplicationStatus;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @IsSafeText()
  note?: string;

  @ApiPropertyOptional({ enum: REJECTION_REASON_CODES, description: 'Required when rejecting; the seeker reads it in plain language' })
  @ValidateIf((request: UpdateApplicationRequest) => request.status === 'rejected' || request.rejectionReason !== undefined)
  @IsIn(REJECTION_REASON_CODES, { message: 'give a reason from the list when rejecting' })
  rejectionReason?: RejectionReason;
}

export class ApplicationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES, isArray: true })
  @IsOptional()
  @ToList()
  @ArrayMaxSize(APPLICATION_STATUSES.length)
  @IsIn(APPLICATION_STATUSES, { each: true })
  status?: ApplicationStatus[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  vacancyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  seekerId?: string;
}
