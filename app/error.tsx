'use client';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-md p-6 text-center">
      <h1 className="text-xl font-bold">Terjadi kesalahan</h1>
      <p className="mt-2 text-slate-600">Halaman gagal dimuat. Periksa koneksi lalu coba lagi.</p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        Coba lagi
      </button>
    </main>
  );
}
