/** The input of a new password (at least 12 characters: MIN_PASSWORD_LENGTH of lib/users/rules.ts,
 *  a server module; for the browser's password manager a new one) and, under it, the hint that
 *  describes it. */
export function NewPasswordInput({
  name,
  hintId,
  hint,
  className,
}: {
  name: string;
  hintId: string;
  hint: string;
  className: string;
}) {
  return (
    <>
      <input
        name={name}
        type="password"
        required
        minLength={12}
        autoComplete="new-password"
        className={className}
        aria-describedby={hintId}
      />
      <span id={hintId} className="mt-1 block text-xs text-slate-600">
        {hint}
      </span>
    </>
  );
}
