import type { Language, Role } from '../users/user.entity';

/** Who is making the request, as established by the session guard. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  role: Role;
  displayName: string;
  language: Language;
  municipalityCode: string | null;
  employerId: string | null;
  sessionId: string;
}
