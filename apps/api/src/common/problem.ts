import { HttpException, HttpStatus } from '@nestjs/common';

export interface InvalidParam {
  name: string;
  reason: string;
}

/** RFC 9457 problem details, as the NL API Design Rules require for every error. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  invalidParams?: InvalidParam[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const titleOf = (status: number) => TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');

/** Thrown by services and guards: becomes a problem+json answer. */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    readonly detail: string,
    readonly invalidParams?: InvalidParam[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail, status);
  }
}

export const badRequest = (name: string, reason: string) =>
  new ProblemException(HttpStatus.BAD_REQUEST, `Invalid value for ${name}: ${reason}`, [{ name, reason }]);
export const unprocessable = (name: string, reason: string) =>
  new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, `${name}: ${reason}`, [{ name, reason }]);
export const notFound = (what: string) => new ProblemException(HttpStatus.NOT_FOUND, `${what} was not found.`);
export const forbidden = (detail: string) => new ProblemException(HttpStatus.FORBIDDEN, detail);
export const conflict = (detail: string, name?: string) =>
  new ProblemException(HttpStatus.CONFLICT, detail, name ? [{ name, reason: detail }] : undefined);
export const unauthorized = (detail = 'Sign in first.') => new ProblemException(HttpStatus.UNAUTHORIZED, detail);
