import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '../users/user.entity';
import { AuthenticatedUser } from './authenticated-user';

export const PUBLIC_ROUTE = 'meedoen:public';
export const ALLOWED_ROLES = 'meedoen:roles';

/** Anyone may call this route, signed in or not. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only these roles may call this route (resource rules are checked again in the services). */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => context.switchToHttp().getRequest().user as AuthenticatedUser,
);
