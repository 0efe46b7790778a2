import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** OWASP's minimum argon2id profile: 19 MiB, 2 passes, 1 lane (about 25 ms here). */
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
/** Marks an account that cannot sign in with a password (e.g. demo residents). */
export const NO_PASSWORD = '!';

@Injectable()
export class PasswordService {
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return argon2.hash(password, HASH_OPTIONS);
  }

  /** Always does the work of one verification, also for an unknown account, so timing reveals nothing. */
  async verify(hash: string | undefined, password: string): Promise<boolean> {
    if (!hash || hash === NO_PASSWORD) {
      this.dummyHash ??= this.hash('dummy-password-for-timing');
      await argon2.verify(await this.dummyHash, password).catch(() => false);
      return false;
    }
    return argon2.verify(hash, password).catch(() => false);
  }

  /** Why a new password is not acceptable, or null. */
  weakness(password: string, email: string): string | null {
    if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
    if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
    const lower = password.toLowerCase();
    if (COMMON_PASSWORDS.has(lower)) return 'is too common: choose a password that others do not use';
    if (lower === email.toLowerCase() || lower === email.toLowerCase().split('@')[0]) return 'must not be your e-mail address';
    if (/^(.)\1+$/.test(password)) return 'must not be one repeated character';
    return null;
  }
}
