import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';

export class VerificationRequest {
  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @ApiPropertyOptional({ description: 'Required when approving: what was checked in the KvK register', maxLength: 1000 })
  @ValidateIf((request: VerificationRequest) => request.decision === 'approve')
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  kvkCheckNote?: string;

  @ApiPropertyOptional({ description: 'Required when rejecting: the reason the employer will read', maxLength: 1000 })
  @ValidateIf((request: VerificationRequest) => request.decision === 'reject')
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason?: string;
}
