import { Providers } from '@/components/Providers';
import { ServiceWorkerRegistration } from '@/components/field/ServiceWorker';

/** The app's pages (everything but the public page): one query cache across navigations and the
 *  service worker that keeps the role's pages for use without signal (SPEC §11). */
export default function AppLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <Providers>{children}</Providers>
      <ServiceWorkerRegistration />
    </>
  );
}
