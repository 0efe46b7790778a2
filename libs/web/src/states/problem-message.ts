import { NETWORK_FAILURE_STATUS, type ProblemDetails } from '../api/problem';
import type { SharedMessageKey } from '../i18n';

type ProblemMessageKey = Extract<SharedMessageKey, `problem.${string}`>;

const BY_STATUS: Readonly<Record<number, ProblemMessageKey>> = {
  [NETWORK_FAILURE_STATUS]: 'problem.network',
  400: 'problem.badRequest',
  401: 'problem.unauthorized',
  403: 'problem.forbidden',
  404: 'problem.notFound',
  409: 'problem.conflict',
  422: 'problem.badRequest',
  429: 'problem.tooManyRequests',
};

/** The plain-language sentence that explains a problem to someone who does not know HTTP. */
export function problemMessageKey(problem: Pick<ProblemDetails, 'status'>): ProblemMessageKey {
  return BY_STATUS[problem.status] ?? (problem.status >= 500 ? 'problem.server' : 'problem.unknown');
}
