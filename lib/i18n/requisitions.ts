import { dictionary } from './dict';
import { id } from './id/requisitions';
import { en } from './en/requisitions';

/** Strings of the requisition pages (/permintaan), Indonesian first. */
export type RequisitionDict = typeof id;

export const requisitionDict = dictionary<RequisitionDict>({ id, en });
