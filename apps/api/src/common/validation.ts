import { HttpStatus, ValidationError, ValidationPipe } from '@nestjs/common';
import { InvalidParam, ProblemException } from './problem';

function flatten(errors: ValidationError[], parent = ''): InvalidParam[] {
  return errors.flatMap((error) => {
    const name = parent ? (/^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`) : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ name, reason: reason.replace(/^property /, '') }));
    return [...own, ...flatten(error.children ?? [], name)];
  });
}

/** Whitelist + forbid unknown fields; every failure names its field in invalidParams. */
export function createValidationPipe() {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const invalidParams = flatten(errors);
      const names = [...new Set(invalidParams.map((param) => param.name))].join(', ');
      return new ProblemException(HttpStatus.BAD_REQUEST, `The request has invalid fields: ${names}.`, invalidParams);
    },
  });
}
