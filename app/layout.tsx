import type { Metadata, Viewport } from 'next';
import { getDict } from '@/lib/i18n/server';
import { Providers } from '@/components/Providers';
import { ConnectionBanner } from '@/components/field/ConnectionBanner';
import { ServiceWorkerRegistration } from '@/components/field/ServiceWorker';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Pantau', template: '%s · Pantau' },
  description: 'Dasbor Dukcapil: stok blangko KTP-el, aktivasi IKD dan antrean layanan.',
  manifest: '/manifest.webmanifest',
  icons: { icon: '/icons/icon-192.png', apple: '/icons/apple-touch-icon.png' },
  appleWebApp: { capable: true, title: 'Pantau', statusBarStyle: 'default' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0f766e' };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { lang } = await getDict();
  return (
    <html lang={lang}>
      <body className="min-h-screen">
        <Providers>
          <ConnectionBanner lang={lang} />
          {children}
        </Providers>
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
