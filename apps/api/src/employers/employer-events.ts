/** Outbox event: a caseworker approved or rejected a new employer. */
export const EMPLOYER_VERIFICATION_DECIDED = 'employer.verification-decided';

export interface VerificationDecided {
  employerId: string;
  organisation: string;
  decision: 'approve' | 'reject';
  /** The reason the employer reads when rejected; the internal KvK note is never sent. */
  reason: string | null;
}
