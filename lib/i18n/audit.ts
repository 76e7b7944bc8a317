import { dictionary } from './dict';
import { id } from './id/audit';
import { en } from './en/audit';

/** The audit trail's actions in words (lib/auditlog/rules.ts actionLabel). */
export const auditActionDict = dictionary({ id, en });
