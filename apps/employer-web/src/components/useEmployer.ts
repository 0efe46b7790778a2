import { useAuth, useApiQuery, type EmployerResponse } from '@meedoen/web';

/** The signed-in employer's organisation (its details and whether the municipality verified it). */
export function useEmployer() {
  const { user } = useAuth();
  const employerId = user?.employerId ?? null;
  const query = useApiQuery<EmployerResponse>(employerId ? `/employers/${employerId}` : null);
  return { employerId, ...query };
}
