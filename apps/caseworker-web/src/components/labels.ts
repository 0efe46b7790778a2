import type { CaseloadItemResponse } from '@meedoen/web';
import type { CaseworkerMessageKey } from '../messages';

export const SEGMENT_VALUES = ['1', '2', '3'] as const;
export const CASE_STATUS_VALUES = ['new', 'intake', 'active', 'placed', 'closed'] as const satisfies readonly CaseloadItemResponse['status'][];

export const segmentKey = (segment: number | null): CaseworkerMessageKey => (segment === null ? 'segment.none' : (`segment.${segment}` as CaseworkerMessageKey));
export const caseStatusKey = (status: CaseloadItemResponse['status']): CaseworkerMessageKey => `caseStatus.${status}`;
