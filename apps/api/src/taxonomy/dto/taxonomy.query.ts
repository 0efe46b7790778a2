import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { LANGUAGES, type Language } from '../../users/user.entity';

export class LanguageQuery {
  @ApiPropertyOptional({ enum: LANGUAGES, default: 'nl', description: 'Language of the labels and of the search' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language: Language = 'nl';
}

export class TaxonomyQuery extends LanguageQuery {
  @ApiPropertyOptional({ maxLength: 100, description: 'What the user typed; accents and small typos are forgiven. Empty: the first entries.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q = '';

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit = 10;
}
