import { MIN_PASSWORD_LENGTH } from '@/lib/users/policy';

/** The input of a new password (at least MIN_PASSWORD_LENGTH characters, the server's own rule;
 *  for the browser's password manager a new one) and, under it, the hint that describes it. */
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
        minLength={MIN_PASSWORD_LENGTH}
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
