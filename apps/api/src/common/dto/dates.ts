import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
const DATE_MESSAGE = 'must be an RFC 3339 date like 2026-03-01';
const DATE_TIME_MESSAGE = 'must be an RFC 3339 date-time with a time zone, like 2026-03-01T09:30:00+01:00';

/** An RFC 3339 full-date (YYYY-MM-DD) that exists in the calendar. */
export const IsFullDate = () => applyDecorators(Matches(FULL_DATE, { message: DATE_MESSAGE }), IsISO8601({ strict: true }, { message: DATE_MESSAGE }));

/** An RFC 3339 date-time with an explicit offset (NL API Design Rules): a bare local time is ambiguous. */
export const IsDateTimeWithZone = () =>
  applyDecorators(Matches(DATE_TIME_WITH_ZONE, { message: DATE_TIME_MESSAGE }), IsISO8601({ strict: true }, { message: DATE_TIME_MESSAGE }));
