export type { Role, User, SessionResponse } from './user';
export { AuthProvider, useAuth, type AuthState, type AuthContextValue } from './AuthProvider';
export { SignInPage, type SignInPageProps } from './SignInPage';
export { RequireRole } from './RequireRole';
export { NotForYourRole } from './NotForYourRole';
export { validateSignIn, type SignInFieldErrors, type SignInInput } from './sign-in-validation';
