import { Transform } from 'class-transformer';
import { Matches, registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

const HTML_TAG = /<\/?[a-z!?][^>]*>/i;
const UNSAFE_LINK = /\]\(\s*(javascript|data|vbscript):/i;
// Control characters other than tab, newline and carriage return.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Plain text or a small Markdown subset: HTML, script links and control characters are refused (never stripped silently). */
export function IsSafeText(options: ValidationOptions = {}) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isSafeText',
      target: target.constructor,
      propertyName,
      options: { message: 'must be plain text or Markdown, without HTML, script links or control characters', ...options },
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !(HTML_TAG.test(value) || UNSAFE_LINK.test(value) || CONTROL.test(value)),
      },
    });
}

/** The value may not be larger than the sibling property (when both are numbers). */
export function NotGreaterThan(sibling: string, options: ValidationOptions = {}) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'notGreaterThan',
      target: target.constructor,
      propertyName,
      constraints: [sibling],
      options: { message: `must not be more than ${sibling}`, ...options },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const other = (args.object as Record<string, unknown>)[sibling];
          return typeof value !== 'number' || typeof other !== 'number' || value <= other;
        },
      },
    });
}

const DATE_ONLY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar date, YYYY-MM-DD (RFC 3339 full-date), that exists. */
export function IsDateOnly(options: ValidationOptions = {}) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isDateOnly',
      target: target.constructor,
      propertyName,
      options: { message: 'must be a date like 2026-03-01', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && DATE_ONLY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
      },
    });
}

/** Query parameters given once, repeated (?kind=a&kind=b) or comma-separated (?kind=a,b) all become a list. */
export const ToList = () =>
  Transform(({ value }: { value: unknown }) => {
    const values = Array.isArray(value) ? value : value === undefined ? undefined : [value];
    return values?.flatMap((item) => (typeof item === 'string' ? item.split(',').map((part) => part.trim()).filter(Boolean) : [item]));
  });

/** A query string number: digits only (no hex, exponents or blanks), else left as is for the validator to refuse. */
export const ToNumber = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value));

export const HOUSE_NUMBER = () => Matches(/^\d{1,5}\s?[A-Za-z0-9-]{0,4}$/, { message: 'must be a house number like 12 or 12a' });

/** Today's date in the Netherlands, YYYY-MM-DD. */
export function todayInNetherlands(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}
