import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { MUNICIPALITY_CODE } from '../../common/dto/params';

export const KVK_NUMBER = /^\d{8}$/;
export const DUTCH_POSTCODE = /^[1-9]\d{3} ?[A-Za-z]{2}$/;
export const PHONE = /^\+?[0-9 ()-]{6,20}$/;

export class OrganisationRequest {
  @ApiProperty({ maxLength: 160, example: 'Bakkerij De Korenschoof' })
  @IsString()
  @MinLength(2)
  @MaxLength(160)
  name!: string;

  @ApiProperty({ example: '12345678', description: 'Chamber of Commerce (KvK) number: 8 digits' })
  @Matches(KVK_NUMBER, { message: 'must be a KvK number of 8 digits' })
  kvkNumber!: string;

  @ApiProperty({ example: '7071 AB' })
  @Matches(DUTCH_POSTCODE, { message: 'must be a Dutch postcode like 7071 AB' })
  postcode!: string;

  @ApiProperty({ example: '12a' })
  @Matches(/^\d{1,5}\s?[A-Za-z0-9-]{0,4}$/, { message: 'must be a house number like 12 or 12a' })
  houseNumber!: string;

  @ApiPropertyOptional({ description: 'Municipality the employer works with; derived from the postcode when left out', example: 'GM1509' })
  @IsOptional()
  @Matches(MUNICIPALITY_CODE, { message: 'must be a CBS municipality code like GM1509' })
  municipalityCode?: string;

  @ApiPropertyOptional({ example: '0315 123456' })
  @IsOptional()
  @Matches(PHONE, { message: 'must be a phone number' })
  contactPhone?: string;
}
