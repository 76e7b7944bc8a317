import { dictionary } from './dict';
import { id } from './id/queue';
import { en } from './en/queue';

/** Strings of the queue screens (kiosk, counter, display board, supervisor, offices). */
export type QueueDict = typeof id;

export const queueDict = dictionary<QueueDict>({ id, en });
