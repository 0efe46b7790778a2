import { useT, type PortalCatalogs } from '@meedoen/web';
import { en } from './en';
import { nl } from './nl';

export type EmployerMessageKey = keyof typeof nl;

export const employerCatalogs: PortalCatalogs = { nl, en };

export const useEmployerT = () => useT<EmployerMessageKey>();
