import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../sessions/auth.decorators';
import { MunicipalityCodeParam } from '../common/dto/params';
import { MunicipalityListResponse, MunicipalityResponse } from './dto/municipality.response';
import { UpdateMunicipalityRequest } from './dto/update-municipality.request';
import { MunicipalitiesService } from './municipalities.service';

@ApiTags('municipalities')
@Controller('municipalities')
export class MunicipalitiesController {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @Public()
  @Get()
  @ApiOperation({ operationId: 'listMunicipalities', summary: 'The participating municipalities' })
  @ApiOkResponse({ type: MunicipalityListResponse })
  async list(): Promise<MunicipalityListResponse> {
    return { items: (await this.municipalities.list()).map(MunicipalityResponse.of) };
  }

  @Roles('administrator')
  @Patch(':municipalityCode')
  @ApiOperation({ operationId: 'updateMunicipality', summary: "Set a municipality's yearly outflow target" })
  @ApiOkResponse({ type: MunicipalityResponse })
  async update(@Param() { municipalityCode }: MunicipalityCodeParam, @Body() body: UpdateMunicipalityRequest): Promise<MunicipalityResponse> {
    return MunicipalityResponse.of(await this.municipalities.setTarget(municipalityCode, body.yearlyOutflowTarget));
  }
}
