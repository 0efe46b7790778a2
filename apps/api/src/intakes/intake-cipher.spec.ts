import { randomBytes } from 'node:crypto';
import { loadConfig } from '../config/app-config';
import { IntakeCipher } from './intake-cipher';

const cipherWith = (key?: string) => new IntakeCipher(loadConfig(key ? { INTAKE_ENCRYPTION_KEY: key } : {}));

describe('IntakeCipher (AES-256-GCM)', () => {
  const key = randomBytes(32).toString('base64');

  it('opens what it sealed, and seals the same value differently each time (random IV)', () => {
    const cipher = cipherWith(key);
    const value = { notes: 'Schulden bij de zorgverzekeraar', steps: [1, 2] };
    const first = cipher.seal(value, 'intake:a');
    expect(cipher.open(first, 'intake:a')).toEqual(value);
    expect(cipher.seal(value, 'intake:a').equals(first)).toBe(false);
    expect(first.toString('utf8')).not.toContain('zorgverzekeraar');
  });

  it('refuses a value bound to another row, changed, or sealed with another key', () => {
    const cipher = cipherWith(key);
    const sealed = cipher.seal({ notes: 'geheim' }, 'intake:a');
    expect(() => cipher.open(sealed, 'intake:b')).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => cipher.open(tampered, 'intake:a')).toThrow();
    expect(() => cipherWith(randomBytes(32).toString('base64')).open(sealed, 'intake:a')).toThrow();
    expect(() => cipherWith().open(sealed, 'intake:a')).toThrow();
  });
});
