import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../sessions/auth.decorators';
import { CompletePasswordResetRequest, RequestPasswordResetRequest } from './dto/password-reset.request';
import { PasswordResetsService } from './password-resets.service';

@ApiTags('sessions')
@Controller('password-resets')
export class PasswordResetsController {
  constructor(private readonly resets: PasswordResetsService) {}

  @Public()
  @Post()
  @HttpCode(202)
  @ApiOperation({
    operationId: 'requestPasswordReset',
    summary: 'Forgot your password: an e-mail with a link to set a new one (valid one hour); the same answer for every address',
  })
  @ApiAcceptedResponse({ description: 'If the account exists, the e-mail is on its way' })
  async request(@Body() body: RequestPasswordResetRequest): Promise<void> {
    await this.resets.request(body.email);
  }

  @Public()
  @Post('completions')
  @HttpCode(204)
  @ApiOperation({ operationId: 'completePasswordReset', summary: 'Set a new password with the token from the e-mail; every session ends' })
  @ApiNoContentResponse({ description: 'Password changed; sign in with the new one' })
  async complete(@Body() body: CompletePasswordResetRequest): Promise<void> {
    await this.resets.complete(body.token, body.newPassword);
  }
}
