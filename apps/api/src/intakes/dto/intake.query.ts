import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

const PURPOSE = { minLength: 3, maxLength: 200 };

/** Why the intake is read: written to the audit log with every read. */
export class IntakeReadQuery {
  @ApiProperty({ ...PURPOSE, example: 'voorbereiding gesprek', description: 'Why you read the intake (written to the audit log)' })
  @IsString()
  @MinLength(PURPOSE.minLength)
  @MaxLength(PURPOSE.maxLength)
  purpose!: string;
}

export class IntakeWriteQuery {
  @ApiPropertyOptional({ ...PURPOSE, default: 'intake vastleggen', description: 'Why you change the intake (written to the audit log)' })
  @IsOptional()
  @IsString()
  @MinLength(PURPOSE.minLength)
  @MaxLength(PURPOSE.maxLength)
  purpose?: string;
}
