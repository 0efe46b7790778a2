import type { SharedMessageKey } from './messages/nl';

export type Language = 'nl' | 'en';

export const LANGUAGES: readonly Language[] = ['nl', 'en'];
export const DEFAULT_LANGUAGE: Language = 'nl';

export type MessageCatalog<Key extends string = string> = Readonly<Record<Key, string>>;
export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate<Key extends string> = (key: Key, params?: MessageParams) => string;

/** Keys every portal's catalog must define: the shared layout shows them. */
export type PortalIdentityKey = 'portal.name' | 'portal.description';
/** A portal's own texts: the identity keys, anything else, but never a shared key (that would silently override it). */
export type PortalMessageCatalog = MessageCatalog<PortalIdentityKey> &
  MessageCatalog & { readonly [Key in SharedMessageKey]?: never };

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);
