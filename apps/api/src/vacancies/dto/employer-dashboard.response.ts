import { ApiProperty } from '@nestjs/swagger';
import { SHOWN_VACANCY_STATUSES, type ShownVacancyStatus } from '../vacancy.entity';

export class DashboardVacancyResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: SHOWN_VACANCY_STATUSES }) status!: ShownVacancyStatus;
  @ApiProperty({ description: 'Every application, in any status' }) applications!: number;
  @ApiProperty({ description: 'Applications nobody has looked at yet (status applied)' }) newApplications!: number;
  @ApiProperty({ description: 'Times job seekers opened the vacancy in the last 30 days' }) views!: number;
}

export class TimeToFillResponse {
  @ApiProperty({ type: Number, nullable: true, description: 'Median days from publishing to the first hire, over the last 365 days; null without hires' })
  medianDays!: number | null;

  @ApiProperty({ description: 'Vacancies with a hire in the last 365 days' })
  vacanciesFilled!: number;
}

export class EmployerDashboardResponse {
  @ApiProperty({ description: 'Published and not past the close date' }) openVacancies!: number;
  @ApiProperty() draftVacancies!: number;
  @ApiProperty({ description: 'Applications nobody has looked at yet (status applied)' }) newApplications!: number;
  @ApiProperty({ description: 'Times job seekers opened one of the vacancies in the last 30 days' }) viewsLast30Days!: number;
  @ApiProperty({ type: TimeToFillResponse }) timeToFill!: TimeToFillResponse;
  @ApiProperty({ type: [DashboardVacancyResponse], description: 'Published and paused vacancies, newest first (at most 50)' })
  vacancies!: DashboardVacancyResponse[];
}
