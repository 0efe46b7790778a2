import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { NOTIFICATION_CATEGORIES, NotificationCategory } from './notification-categories';

/** Outside production only (production requires LINK_SIGNING_KEY): a fixed key so that API and worker agree. */
const DEVELOPMENT_KEY = Buffer.from('meedoen-development-link-signing-key-not-secret');

export interface Unsubscription {
  userId: string;
  categories: NotificationCategory[];
}

/** Signed, non-expiring tokens for the unsubscribe links in e-mails: they work without signing in. */
@Injectable()
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = config.linkSigningKey ? Buffer.from(config.linkSigningKey, 'base64') : DEVELOPMENT_KEY;
  }

  sign(unsubscription: Unsubscription): string {
    const body = Buffer.from(JSON.stringify({ u: unsubscription.userId, c: unsubscription.categories })).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The unsubscription, or null for a token that was not made here or was changed. */
  verify(token: string): Unsubscription | null {
    const [body, mac, ...rest] = token.split('.');
    if (!body || !mac || rest.length > 0) return null;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const { u, c } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
      const categories = Array.isArray(c) ? c.filter((category) => (NOTIFICATION_CATEGORIES as readonly string[]).includes(category)) : [];
      return typeof u === 'string' && categories.length > 0 ? { userId: u, categories } : null;
    } catch {
      return null;
    }
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(`unsubscribe:${body}`).digest('base64url');
  }
}
