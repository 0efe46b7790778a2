export * from './types';
export { translate, joinAsList } from './translate';
export { I18nProvider, useT, useLanguage, type PortalCatalogs } from './I18nProvider';
export type { SharedMessageKey } from './messages/nl';
