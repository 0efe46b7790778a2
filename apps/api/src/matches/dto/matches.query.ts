import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PageQuery } from '../../common/dto/page.query';
import { LANGUAGES, type Language } from '../../users/user.entity';

export class ExplanationLanguageQuery {
  @ApiPropertyOptional({ enum: LANGUAGES, description: "Language of the texts; the reader's own by default" })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class MatchesQuery extends PageQuery {
  @ApiPropertyOptional({ minimum: 0, maximum: 100, default: 0, description: 'Leave out results scoring below this' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  minScore = 0;

  @ApiPropertyOptional({ default: true, description: 'Also return near misses (one constraint failed, not by much); caseworkers and seekers only' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'must be true or false' })
  includeNearMisses = true;

  @ApiPropertyOptional({ enum: LANGUAGES, description: "Language of the explanations; the reader's own by default" })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}
