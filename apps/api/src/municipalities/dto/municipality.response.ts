import { ApiProperty } from '@nestjs/swagger';
import { Municipality } from '../municipality.entity';

export class MunicipalityResponse {
  @ApiProperty({ example: 'GM1509' }) code!: string;
  @ApiProperty({ example: 'Oude IJsselstreek' }) name!: string;
  @ApiProperty({ example: 'Achterhoek' }) region!: string;
  @ApiProperty({ example: 120 }) yearlyOutflowTarget!: number;
  @ApiProperty({ example: '#00567a' }) themeColor!: string;

  static of({ code, name, region, yearlyOutflowTarget, themeColor }: Municipality): MunicipalityResponse {
    return { code, name, region, yearlyOutflowTarget, themeColor };
  }
}

export class MunicipalityListResponse {
  @ApiProperty({ type: [MunicipalityResponse] }) items!: MunicipalityResponse[];
}
