import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { forbidden, unauthorized } from '../common/problem';
import type { Role } from '../users/user.entity';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from './auth.decorators';
import { SessionsService } from './sessions.service';
import { SESSION_COOKIE } from './session-token';

/** Resolves the session (cookie or Bearer token) on every request and enforces @Public and @Roles. */
@Injectable()
export class SessionAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & { user?: unknown }>();
    const token = tokenOf(request);
    const user = token ? await this.sessions.resolve(token) : null;
    if (user) request.user = user;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    if (!user) throw unauthorized(token ? 'Your session has ended. Sign in again.' : 'Sign in first.');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (roles && !roles.includes(user.role)) throw forbidden('Your role may not do this.');
    return true;
  }
}

export function tokenOf(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || undefined;
  return request.cookies?.[SESSION_COOKIE] || undefined;
}
