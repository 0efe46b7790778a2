import type { MessageCatalog, MessageParams } from './types';

const PLACEHOLDER = /\{(\w+)\}/g;

/** Looks up a message and fills in its {placeholders}. A missing key shows the key itself, so it is easy to spot. */
export function translate(catalog: MessageCatalog, key: string, params?: MessageParams): string {
  const template = catalog[key];
  if (template === undefined) return key;
  if (!params) return template;
  return template.replace(PLACEHOLDER, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}

/** Joins items into a readable list: "a, b of c". */
export function joinAsList(items: readonly string[], lastSeparator: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lastSeparator} ${items[items.length - 1]}`;
}
