import type { ReactNode } from 'react';

/** What ties an input to its error line: aria-invalid while there is an error, and
 *  aria-describedby pointing at the line `<FieldError id>` shows (`${id}-err`), so a screen
 *  reader reads the refusal with the field. */
export function errorLink(id: string, error: unknown) {
  return { 'aria-invalid': Boolean(error), 'aria-describedby': error ? `${id}-err` : undefined };
}

/** A field's error line under it (nothing while there is none). */
export function FieldError({
  id,
  error,
  className = 'w-full text-sm text-red-700',
  testId,
}: {
  id: string;
  error: ReactNode;
  className?: string;
  testId?: string;
}) {
  if (!error) return null;
  return (
    <p id={`${id}-err`} className={className} data-testid={testId}>
      {error}
    </p>
  );
}
