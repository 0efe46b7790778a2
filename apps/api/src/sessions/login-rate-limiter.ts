import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { ProblemException } from '../common/problem';

const WINDOW_MS = 60_000;

/**
 * Sliding one-minute window of sign-in attempts per account and client address.
 * Kept in memory: one API process guards its own door; several processes each allow the limit.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(private readonly config: AppConfig) {}

  consume(email: string, ip: string, now = Date.now()): void {
    const key = `${email.toLowerCase()}|${ip}`;
    const recent = (this.attempts.get(key) ?? []).filter((time) => now - time < WINDOW_MS);
    if (recent.length >= this.config.loginMaxAttemptsPerMinute) {
      const retryAfter = Math.ceil((recent[0] + WINDOW_MS - now) / 1000);
      this.attempts.set(key, recent);
      throw new ProblemException(429, `Too many sign-in attempts. Try again in ${retryAfter} seconds.`, undefined, {
        'Retry-After': String(retryAfter),
      });
    }
    recent.push(now);
    this.attempts.set(key, recent);
    if (this.attempts.size > 10_000) this.forgetIdle(now);
  }

  private forgetIdle(now: number) {
    for (const [key, times] of this.attempts) {
      if (times.every((time) => now - time >= WINDOW_MS)) this.attempts.delete(key);
    }
  }
}
