import type { VacancyKind } from '@meedoen/shared';
import { ApiProperty } from '@nestjs/swagger';
import { VACANCY_KINDS } from '../../common/domain-values';
import { WORKPLACES } from '../vacancy.entity';
import { LabelledOccupation, VacancyEmployerResponse } from './vacancy.response';

export class VacancySummaryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Start of the description' }) teaser!: string;
  @ApiProperty({ enum: VACANCY_KINDS }) kind!: VacancyKind;
  @ApiProperty({ type: LabelledOccupation, nullable: true }) occupation!: LabelledOccupation | null;
  @ApiProperty({ type: VacancyEmployerResponse }) employer!: VacancyEmployerResponse;
  @ApiProperty({ type: String, nullable: true }) city!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'GM1509' }) municipalityCode!: string | null;
  @ApiProperty() hoursMin!: number;
  @ApiProperty() hoursMax!: number;
  @ApiProperty({ enum: WORKPLACES }) workplace!: string;
  @ApiProperty({ type: [String] }) skillIds!: string[];
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) closesOn!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'As the crow flies from the given postcode' }) distanceKm!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Where the work is (its postcode area), for a map; null when unknown' }) latitude!: number | null;
  @ApiProperty({ type: Number, nullable: true }) longitude!: number | null;
}

export class FacetValueResponse {
  @ApiProperty() value!: string;
  @ApiProperty() label!: string;
  @ApiProperty() count!: number;
}

export class VacancyFacetsResponse {
  @ApiProperty({ type: [FacetValueResponse] }) kind!: FacetValueResponse[];
  @ApiProperty({ type: [FacetValueResponse], description: 'By the most hours a vacancy offers' }) hoursBand!: FacetValueResponse[];
  @ApiProperty({ type: [FacetValueResponse] }) municipality!: FacetValueResponse[];
}

export class VacancySearchResponse {
  @ApiProperty({ type: [VacancySummaryResponse] }) items!: VacancySummaryResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: VacancyFacetsResponse }) facets!: VacancyFacetsResponse;
}
