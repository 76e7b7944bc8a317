import type { InputHTMLAttributes, ReactNode } from 'react';

/** A labelled input in a block of its own: the label above it, then the children (a hint, the
 *  field's error) below it. */
export function LabeledInput({
  id,
  label,
  labelClass = 'mb-1 block text-sm text-slate-700',
  children,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: ReactNode;
  labelClass?: string;
  children?: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input id={id} {...input} />
      {children}
    </div>
  );
}
