import type { EntityManager } from 'typeorm';

/**
 * A domain that keeps personal data about residents. The privacy rights (export, erasure, retention) go through
 * every holder registered in PrivacyModule, so a new domain adds its own holder there.
 */
export interface PersonalDataHolder {
  /** Key of this domain's part in the export, e.g. 'intake'. */
  readonly section: string;
  exportFor(seekerId: string): Promise<unknown>;
  /** Removes or anonymises personal data within the erasure's transaction, keeping what the statistics need. */
  erase(manager: EntityManager, seekerId: string): Promise<void>;
}

export const PERSONAL_DATA_HOLDERS = Symbol('PERSONAL_DATA_HOLDERS');
