import { operation, otherMethods } from '@/lib/api/pipeline';
import { markAlertsSeen } from '@/lib/alerts/alerts';

export const dynamic = 'force-dynamic';

/** The user opened the alerts page: the bell starts counting from here. */
export const PUT = operation({ method: 'PUT', path: '/alerts/seen' }, ({ actor }) => markAlertsSeen(actor));
export const { GET, POST, PATCH, DELETE, HEAD, OPTIONS } = otherMethods({ PUT });
