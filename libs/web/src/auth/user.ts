import type { Language } from '../i18n';

export type Role = 'seeker' | 'employer' | 'caseworker' | 'administrator';

export interface User {
  id: string;
  email: string;
  role: Role;
  displayName: string;
  language: Language;
  municipalityCode: string | null;
  employerId: string | null;
}

export interface SessionResponse {
  user: User;
  expiresAt: string;
}
