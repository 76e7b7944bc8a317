import type { Metadata, Viewport } from 'next';
import { getDict } from '@/lib/i18n/server';
import { ConnectionBanner } from '@/components/field/ConnectionBanner';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Pantau', template: '%s · Pantau' },
  description: 'Dasbor Dukcapil: stok blangko KTP-el, aktivasi IKD dan antrean layanan.',
  manifest: '/manifest.webmanifest',
  icons: { icon: '/icons/icon-192.png', apple: '/icons/apple-touch-icon.png' },
  appleWebApp: { capable: true, title: 'Pantau', statusBarStyle: 'default' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0f766e' };

/** The root: the document, its language and the offline banner of SPEC §11 — nothing else, so
 *  the public page (app/publik) ships no more script than it needs. The signed-in app's client
 *  state (the query cache, the service worker) lives in app/(app)/layout.tsx. */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { lang } = await getDict();
  return (
    <html lang={lang}>
      <body className="min-h-screen">
        <ConnectionBanner lang={lang} />
        {children}
      </body>
    </html>
  );
}
