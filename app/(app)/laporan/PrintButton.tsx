'use client';

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      data-testid="print-report"
      onClick={() => window.print()}
      className="rounded-md bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800"
    >
      {label}
    </button>
  );
}
