import type { SharedMessageKey } from '../i18n';

export interface SignInInput {
  email: string;
  password: string;
}

export type SignInFieldErrors = Partial<Record<keyof SignInInput, SharedMessageKey>>;

const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+$/;

/** Checks only what the user can fix before sending; whether the account exists is the API's answer. */
export function validateSignIn({ email, password }: SignInInput): SignInFieldErrors {
  const errors: SignInFieldErrors = {};
  const trimmedEmail = email.trim();
  if (trimmedEmail === '') errors.email = 'signIn.emailMissing';
  else if (!LOOKS_LIKE_EMAIL.test(trimmedEmail)) errors.email = 'signIn.emailInvalid';
  if (password === '') errors.password = 'signIn.passwordMissing';
  return errors;
}
