import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../common/dto/page.query';
import { ToList } from '../../common/validators';
import { VACANCY_STATUSES, type VacancyStatus } from '../vacancy.entity';

export class EmployerVacanciesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: VACANCY_STATUSES, isArray: true })
  @IsOptional()
  @ToList()
  @ArrayMaxSize(VACANCY_STATUSES.length)
  @IsIn(VACANCY_STATUSES, { each: true })
  status?: VacancyStatus[];
}
