import type { ReactNode } from 'react';

/** A table of rows in a frame that scrolls sideways on a narrow screen: its caption, heading
 *  row(s) (a `<HeadRow>` most often), body rows and an optional footer. `region` names the frame
 *  as a region the keyboard can scroll (the wide tables of a phone). */
export function DataTable({
  frameClass = 'overflow-x-auto',
  region,
  className,
  testId,
  caption,
  headClass,
  head,
  foot,
  children,
}: {
  frameClass?: string;
  region?: string;
  className: string;
  testId?: string;
  caption?: ReactNode;
  headClass?: string;
  head: ReactNode;
  foot?: ReactNode;
  children: ReactNode;
}) {
  const scrollable = region === undefined ? {} : { tabIndex: 0, role: 'region', 'aria-label': region };
  return (
    <div className={frameClass} {...scrollable}>
      <table className={className} data-testid={testId}>
        {caption}
        <thead className={headClass}>{head}</thead>
        <tbody>{children}</tbody>
        {foot}
      </table>
    </div>
  );
}

/** The one row of a table with no rows: its sentence across every column. */
export function EmptyRow({
  columns,
  className,
  children,
}: {
  columns: number;
  className: string;
  children: ReactNode;
}) {
  return (
    <tr>
      <td colSpan={columns} className={className}>
        {children}
      </td>
    </tr>
  );
}
