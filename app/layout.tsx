import type { Metadata, Viewport } from 'next';
import { getDict } from '@/lib/i18n/server';
import { Providers } from '@/components/Providers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Pantau', template: '%s · Pantau' },
  description: 'Dasbor Dukcapil: stok blangko KTP-el, aktivasi IKD dan antrean layanan.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0f766e' };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { lang } = await getDict();
  return (
    <html lang={lang}>
      <body className="min-h-screen">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
