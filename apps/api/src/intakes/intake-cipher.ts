import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config';

const ALGORITHM = 'aes-256-gcm';
const FORMAT_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Only outside production (loadConfig refuses production without INTAKE_ENCRYPTION_KEY): public, so never protective. */
const DEVELOPMENT_KEY = createHash('sha256').update('meedoen: public development key for intake data').digest();

/**
 * AES-256-GCM for residents' sensitive intake data. A sealed value is version (1 byte) + IV (12) + tag (16) + ciphertext;
 * the associated data binds it to its row, so a value copied onto another resident's row does not open.
 */
@Injectable()
export class IntakeCipher implements OnModuleInit {
  private readonly key: Buffer;

  constructor(private readonly config: AppConfig) {
    this.key = config.intakeEncryptionKey ? Buffer.from(config.intakeEncryptionKey, 'base64') : DEVELOPMENT_KEY;
  }

  onModuleInit() {
    if (!this.config.intakeEncryptionKey) {
      new Logger('Intakes').warn('INTAKE_ENCRYPTION_KEY is not set: intake data is encrypted with the public development key.');
    }
  }

  seal(value: unknown, associatedData: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(associatedData, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([FORMAT_VERSION]), iv, cipher.getAuthTag(), ciphertext]);
  }

  /** Throws when the value was changed, sealed with another key or for another row. */
  open<T>(sealed: Buffer, associatedData: string): T {
    if (sealed[0] !== FORMAT_VERSION) throw new Error(`Unknown sealed format ${sealed[0]}`);
    const iv = sealed.subarray(1, 1 + IV_BYTES);
    const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv(ALGORITHM, this.key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(tag);
    const plaintext = Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
    return JSON.parse(plaintext.toString('utf8')) as T;
  }
}
