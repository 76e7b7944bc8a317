import { dictionary } from './dict';
import { id } from './id/imports';
import { en } from './en/imports';

/** Strings of the import page (Indonesian default, English switch). */
export type ImportsDict = Omit<typeof id, 'kinds' | 'done' | 'shown'> & {
  kinds: Record<keyof typeof id.kinds, string>;
  done: (rows: number, changes: number) => string;
  shown: (n: number, all: number) => string;
};

export const importsDict = dictionary<ImportsDict>({ id, en });
