'use client';
/** A question answered in place (discard an entry, sign out with entries waiting): the
 *  destructive choice in red, the way back beside it; in the page's language, unlike confirm(). */
export function InlineConfirm({
  message,
  yes,
  no,
  onYes,
  onNo,
  busy = false,
  testId,
  className = '',
}: {
  message: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
  busy?: boolean;
  testId: string;
  className?: string;
}) {
  return (
    <span
      role="group"
      aria-label={message}
      data-testid={testId}
      className={`flex flex-wrap items-center gap-2 ${className}`}
    >
      <span>{message}</span>
      <button
        type="button"
        onClick={onYes}
        disabled={busy}
        className="rounded-md bg-red-700 px-3 py-1.5 font-semibold text-white"
      >
        {yes}
      </button>
      <button type="button" onClick={onNo} className="rounded-md border border-slate-500 px-3 py-1.5">
        {no}
      </button>
    </span>
  );
}
