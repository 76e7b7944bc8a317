import type { ComponentProps } from 'react';

/** A form its script sends: the browser's own submit is held back, and `onData` gets what the
 *  form holds (and the form itself, to reset it once sent). */
export function DataForm({
  onData,
  ...form
}: Omit<ComponentProps<'form'>, 'onSubmit'> & {
  onData: (data: FormData, form: HTMLFormElement) => void;
  'data-testid'?: string;
}) {
  return (
    <form
      {...form}
      onSubmit={(e) => {
        e.preventDefault();
        onData(new FormData(e.currentTarget), e.currentTarget);
      }}
    />
  );
}
