import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-md p-6 text-center">
      <h1 className="text-xl font-bold">Halaman tidak ditemukan</h1>
      <p className="mt-2 text-slate-600">Page not found.</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        Kembali ke Pantau
      </Link>
    </main>
  );
}
