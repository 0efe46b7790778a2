import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, ProblemException, titleOf } from './problem';

/** Turns every error into an RFC 9457 problem+json answer; a 5xx never reveals internals. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost) {
    const context = host.switchToHttp();
    this.respond(exception, context.getRequest<Request>(), context.getResponse<Response>());
  }

  /** Also used as Express error middleware, for errors raised before Nest routes a request (body parsing). */
  respond(exception: unknown, request: Request, response: Response) {
    const problem = this.toProblem(exception);
    problem.instance = request.originalUrl?.split('?')[0];
    if (problem.status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (exception instanceof ProblemException) {
      for (const [name, value] of Object.entries(exception.headers)) response.setHeader(name, value);
    }
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): ProblemDetails {
    const status = exception instanceof HttpException ? exception.getStatus() : statusOfHttpError(exception);
    const base = { type: 'about:blank', title: titleOf(status), status };
    if (exception instanceof ProblemException) {
      return { ...base, detail: exception.detail, ...(exception.invalidParams ? { invalidParams: exception.invalidParams } : {}) };
    }
    if (status >= 500) return { ...base, detail: 'Something went wrong on our side. Please try again later.' };
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
      return { ...base, detail: Array.isArray(message) ? message.join('; ') : String(message ?? exception.message) };
    }
    return { ...base, detail: (exception as Error).message };
  }
}

/** Errors thrown by Express middleware (body-parser) carry their status. */
function statusOfHttpError(exception: unknown): number {
  const status = (exception as { status?: unknown; statusCode?: unknown })?.status ?? (exception as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}
