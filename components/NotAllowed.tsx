/** The one "not allowed" view of every page: the reason in the reader's language, and a way back. */
export function NotAllowed({ message, back }: { message: string; back?: { href: string; label: string } }) {
  return (
    <div data-testid="forbidden" role="note" className="rounded-md bg-amber-50 p-4 text-amber-900">
      <p>{message}</p>
      {back && (
        <a href={back.href} className="mt-2 inline-block font-medium underline">
          {back.label}
        </a>
      )}
    </div>
  );
}
