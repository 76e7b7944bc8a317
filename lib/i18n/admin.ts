import { dictionary } from './dict';
import { id } from './id/admin';
import { en } from './en/admin';

/** Strings of the user administration, audit and password pages. */
export type AdminText = typeof id;
export const adminDict = dictionary<AdminText>({ id, en });
