import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsSafeText } from '../../common/validators';
import { SearchCriteria } from '../../vacancies/dto/vacancy-search.query';
import { ALERT_FREQUENCIES, type AlertFrequency, type SavedSearch } from '../saved-search.entity';

export class CreateSavedSearchRequest {
  @ApiProperty({ maxLength: 80, example: 'Schoonmaakwerk dichtbij' })
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  @IsSafeText()
  name!: string;

  @ApiProperty({ type: SearchCriteria, description: 'The filters of GET /vacancies' })
  @IsObject()
  @ValidateNested()
  @Type(() => SearchCriteria)
  criteria!: SearchCriteria;

  @ApiProperty({ enum: ALERT_FREQUENCIES, description: 'How often to be told about new vacancies' })
  @IsIn(ALERT_FREQUENCIES)
  alert!: AlertFrequency;
}

export class SavedSearchResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: SearchCriteria }) criteria!: SearchCriteria;
  @ApiProperty({ enum: ALERT_FREQUENCIES }) alert!: AlertFrequency;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static of(search: SavedSearch): SavedSearchResponse {
    return { id: search.id, name: search.name, criteria: search.criteria, alert: search.alert, createdAt: search.createdAt.toISOString() };
  }
}

export class SavedSearchListResponse {
  @ApiProperty({ type: [SavedSearchResponse] }) items!: SavedSearchResponse[];
}
