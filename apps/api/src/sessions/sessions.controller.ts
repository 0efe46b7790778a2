import { Body, Controller, Delete, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { UserResponse } from '../users/dto/user.response';
import { AuthenticatedUser } from './authenticated-user';
import { CurrentUser, Public } from './auth.decorators';
import { SignInRequest } from './dto/sign-in.request';
import { SessionResponse } from './dto/session.response';
import { LoginRateLimiter } from './login-rate-limiter';
import { SessionsService } from './sessions.service';
import { SESSION_COOKIE } from './session-token';

@ApiTags('sessions')
@Controller('sessions')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly rateLimiter: LoginRateLimiter,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Post()
  @ApiOperation({ operationId: 'signIn', summary: 'Sign in with e-mail and password' })
  @ApiCreatedResponse({ type: SessionResponse })
  async signIn(
    @Body() body: SignInRequest,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    this.rateLimiter.consume(body.email, request.ip ?? 'unknown');
    const session = await this.sessions.signIn(body.email, body.password);
    response.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.publicUrl.startsWith('https://'),
      path: '/',
      expires: session.expiresAt,
    });
    return { user: UserResponse.of(session.user), expiresAt: session.expiresAt.toISOString(), token: session.token };
  }

  @Delete('current')
  @HttpCode(204)
  @ApiOperation({ operationId: 'signOut', summary: 'Sign out: ends the current session' })
  @ApiNoContentResponse()
  async signOut(@CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.sessions.revoke(user.sessionId);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
