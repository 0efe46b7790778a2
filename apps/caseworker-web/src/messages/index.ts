import { useT, type PortalCatalogs } from '@meedoen/web';
import { en } from './en';
import { nl } from './nl';

export type CaseworkerMessageKey = keyof typeof nl;

export const caseworkerCatalogs: PortalCatalogs = { nl, en };

export const useCaseworkerT = () => useT<CaseworkerMessageKey>();
