import { createHash } from 'node:crypto';

/**
 * A UUID derived from a caller's key (version 8, "custom"): the same key always gives the same outbox row
 * id and so the same BullMQ job id. Used to make emitting, scheduling and fan-out idempotent.
 */
export function idForKey(key: string): string {
  const hash = createHash('sha256').update(key).digest();
  hash[6] = (hash[6] & 0x0f) | 0x80;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
