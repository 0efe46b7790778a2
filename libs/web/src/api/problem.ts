export interface InvalidParam {
  name: string;
  reason: string;
}

/** RFC 9457 problem details, as the API sends them with content type application/problem+json. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  invalidParams?: InvalidParam[];
}

/** Status of a problem that never reached the server (offline, DNS, connection refused). */
export const NETWORK_FAILURE_STATUS = 0;

export class ApiProblem extends Error implements ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly invalidParams?: InvalidParam[];

  constructor(problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.invalidParams = problem.invalidParams;
  }

  /** The reason the API gave for one field, if any. */
  reasonFor(fieldName: string): string | undefined {
    return this.invalidParams?.find((param) => param.name === fieldName)?.reason;
  }
}

export const isApiProblem = (value: unknown): value is ApiProblem => value instanceof ApiProblem;

/**
 * Turns an error response into an ApiProblem. Answers that are not problem+json (a proxy's HTML error page, say)
 * still give a usable problem, so the screen never stays blank.
 */
export function problemFromResponse(status: number, statusText: string, contentType: string | null, body: string): ApiProblem {
  const fallback: ProblemDetails = { type: 'about:blank', title: statusText || `HTTP ${status}`, status };
  if (!contentType?.includes('json')) return new ApiProblem(fallback);
  const parsed = parseJson(body);
  if (!isRecord(parsed)) return new ApiProblem(fallback);
  return new ApiProblem({
    type: stringOr(parsed.type, fallback.type),
    title: stringOr(parsed.title, fallback.title),
    status: typeof parsed.status === 'number' ? parsed.status : status,
    detail: typeof parsed.detail === 'string' ? parsed.detail : undefined,
    invalidParams: Array.isArray(parsed.invalidParams) ? parsed.invalidParams.filter(isInvalidParam) : undefined,
  });
}

export function networkProblem(cause: unknown): ApiProblem {
  return new ApiProblem({
    type: 'about:blank',
    title: 'Network error',
    status: NETWORK_FAILURE_STATUS,
    detail: cause instanceof Error ? cause.message : undefined,
  });
}

/** Any thrown value as an ApiProblem, so error screens need only one shape. */
export function toApiProblem(error: unknown): ApiProblem {
  if (isApiProblem(error)) return error;
  return new ApiProblem({
    type: 'about:blank',
    title: 'Unexpected error',
    status: 500,
    detail: error instanceof Error ? error.message : undefined,
  });
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isInvalidParam = (value: unknown): value is InvalidParam =>
  isRecord(value) && typeof value.name === 'string' && typeof value.reason === 'string';

const stringOr = (value: unknown, fallback: string) => (typeof value === 'string' && value !== '' ? value : fallback);
