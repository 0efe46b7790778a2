import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsObject, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { MUNICIPALITY_CODE } from '../../common/dto/params';
import { OrganisationRequest } from '../../employers/dto/organisation.request';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../users/password.service';
import { LANGUAGES, type Language } from '../../users/user.entity';

export const SELF_REGISTERING_ROLES = ['seeker', 'employer'] as const;

/** What every new account gives, whoever creates it. */
export class AccountDetails {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ format: 'password', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiProperty({ description: 'Your name as others see it', maxLength: 120 })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName!: string;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'nl' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

/** Seekers and employers register themselves; caseworkers and administrators are created by an administrator. */
export class CreateAccountRequest extends AccountDetails {
  @ApiProperty({ enum: SELF_REGISTERING_ROLES })
  @IsIn(SELF_REGISTERING_ROLES, { message: 'must be seeker or employer' })
  role!: (typeof SELF_REGISTERING_ROLES)[number];

  @ApiPropertyOptional({ description: 'Seekers: the municipality you live in', example: 'GM1509' })
  @ValidateIf((request: CreateAccountRequest) => request.role === 'seeker' || request.municipalityCode !== undefined)
  @Matches(MUNICIPALITY_CODE, { message: 'must be a CBS municipality code like GM1509' })
  municipalityCode?: string;

  @ApiPropertyOptional({ type: OrganisationRequest, description: 'Employers: the organisation' })
  @ValidateIf((request: CreateAccountRequest) => request.role === 'employer' || request.organisation !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => OrganisationRequest)
  organisation?: OrganisationRequest;
}
