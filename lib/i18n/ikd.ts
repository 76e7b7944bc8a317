import { dictionary } from './dict';
import { id } from './id/ikd';
import { en } from './en/ikd';

/** Strings of the IKD pages (Indonesian default, English switch). */
export type IkdDict = typeof id;

export const ikdDict = dictionary<IkdDict>({ id, en });
