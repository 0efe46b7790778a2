import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

export class UpdateMunicipalityRequest {
  @ApiProperty({ description: 'Residents moving from benefits to work per year', minimum: 0, maximum: 100000 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  yearlyOutflowTarget!: number;
}
