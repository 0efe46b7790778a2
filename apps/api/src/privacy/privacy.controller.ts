import { Controller, Delete, Get, HttpCode, Param, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { CurrentUser, Roles } from '../sessions/auth.decorators';
import { SeekerExportResponse } from './dto/seeker-export.response';
import { SeekerRefParam } from './dto/seeker-ref.param';
import { ErasureService } from './erasure.service';
import { SeekerExportService } from './seeker-export.service';

const resolve = (seekerId: string, actor: AuthenticatedUser) => (seekerId === 'me' ? actor.id : seekerId.toLowerCase());

/** The resident's privacy rights (AVG): access (export) and erasure. */
@ApiTags('privacy')
@Controller('seekers')
export class PrivacyController {
  constructor(
    private readonly exports: SeekerExportService,
    private readonly erasure: ErasureService,
  ) {}

  @Roles('seeker', 'caseworker', 'administrator')
  @Get(':seekerId/export')
  @ApiOperation({ operationId: 'exportSeeker', summary: 'Everything about a resident as JSON, including who read the intake (audited)' })
  @ApiOkResponse({ type: SeekerExportResponse })
  async export(
    @CurrentUser() actor: AuthenticatedUser,
    @Param() { seekerId }: SeekerRefParam,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SeekerExportResponse> {
    const id = resolve(seekerId, actor);
    const exported = await this.exports.export(actor, id);
    response.setHeader('Content-Disposition', `attachment; filename="meedoen-gegevens-${id}.json"`);
    return exported;
  }

  @Roles('seeker', 'administrator')
  @Delete(':seekerId')
  @HttpCode(204)
  @ApiOperation({ operationId: 'eraseSeeker', summary: "Erase a resident's personal data (the resident or an administrator); statistics stay" })
  @ApiNoContentResponse({ description: 'Erased' })
  async erase(@CurrentUser() actor: AuthenticatedUser, @Param() { seekerId }: SeekerRefParam): Promise<void> {
    await this.erasure.eraseOnRequest(actor, resolve(seekerId, actor));
  }
}
