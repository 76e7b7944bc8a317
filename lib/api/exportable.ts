import { z } from 'zod';
import { EXPORT_CAP, capNote, exportLang, exportResponse, formatParam, type Column } from '@/lib/export/table';
import { operation, type Auth, type OperationHandler, type OperationInput, type OperationSpec } from './pipeline';
import type { Out, ParamsOf } from './pipeline';

/** What a download holds (SPEC §8 `format=csv|xlsx`): one table, and the parts of its file name
 *  `pantau-<what>-<region>-<day>.<ext>` (`what` also names the sheet). */
export interface Download<R> {
  what: string;
  region: string;
  day: string;
  columns: Column<R>[];
  rows: R[];
  /** The rows stop at EXPORT_CAP: the file ends with a note saying so. */
  capped?: boolean;
}

type Input<Q, B, A extends Auth, P> = OperationInput<Omit<Out<Q>, 'format'>, Out<B>, A, ParamsOf<P>>;
type Read<Q, B, A extends Auth, P, D> = (input: Input<Q, B, A, P>) => Promise<D>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a table of any row type
type Table<Q, B, A extends Auth, P, D> = (data: D, input: Input<Q, B, A, P>) => Download<any> | Promise<Download<any>>;

/** A list that is also a download (SPEC §8): its query gains `format` (last, unless the query
 *  places it itself); `format=json`, the default, answers what `read` returns, `csv` or `xlsx`
 *  the table that `table` makes of the data, its headers in the caller's language. The data of a
 *  download is `readAll`'s where given (every row matching the filters rather than one page). The
 *  handlers get the query without `format`. */
export function exportable<
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  A extends Auth = 'user',
  P extends z.ZodType | undefined = undefined,
  D = unknown,
  E = D,
>(
  spec: OperationSpec<Q, B, A, P>,
  parts: { read: Read<Q, B, A, P, D>; readAll?: Read<Q, B, A, P, E>; table: Table<Q, B, A, P, E> },
): OperationHandler {
  const query = ((spec.query ?? z.object({})) as z.ZodObject).extend({ format: formatParam });
  return operation({ ...spec, query }, async (input) => {
    const { format, ...rest } = input.query as { format: z.infer<typeof formatParam> };
    const withoutFormat = { ...input, query: rest } as unknown as Input<Q, B, A, P>;
    if (format === 'json') return parts.read(withoutFormat);
    // without `readAll`, a download holds what `read` answers (E is then D)
    const readAll = parts.readAll ?? (parts.read as unknown as Read<Q, B, A, P, E>);
    const { capped, ...table } = await parts.table(await readAll(withoutFormat), withoutFormat);
    const lang = exportLang(input.req);
    return exportResponse(format, { ...table, lang, note: capped ? capNote(EXPORT_CAP, lang) : undefined });
  });
}
