import { useT, type PortalCatalogs } from '@meedoen/web';
import { en } from './en';
import { nl } from './nl';

export type SeekerMessageKey = keyof typeof nl;

export const seekerCatalogs: PortalCatalogs = { nl, en };

export const useSeekerT = () => useT<SeekerMessageKey>();
