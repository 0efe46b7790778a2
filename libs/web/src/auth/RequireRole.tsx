import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { LoadingState } from '../states';
import { useAuth } from './AuthProvider';
import { NotForYourRole } from './NotForYourRole';
import { SignInPage } from './SignInPage';
import type { Role } from './user';

/**
 * Shows its children (or, as a layout route, the child routes) only to signed-in users with one of these roles;
 * others get the sign-in form or an explanation.
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children?: ReactNode }) {
  const { state, user } = useAuth();
  if (state.status === 'checking') return <LoadingState />;
  if (!user) return <SignInPage />;
  if (!roles.includes(user.role)) return <NotForYourRole role={user.role} allowedRoles={roles} />;
  return <>{children ?? <Outlet />}</>;
}
