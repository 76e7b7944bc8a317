import { operation, otherMethods } from '@/lib/api/pipeline';
import { markAlertsSeen } from '@/lib/alerts/alerts';
import { alertsSeenAnswer } from '@/lib/alerts/answers';

export const dynamic = 'force-dynamic';

/** The user opened the alerts page: the bell starts counting from here. */
export const PUT = operation(
  {
    method: 'PUT',
    path: '/alerts/seen',
    summary: 'The user opened the alerts page: every current alert of their scope counts as seen',
    operationId: 'markAlertsSeen',
    output: alertsSeenAnswer,
  },
  ({ actor }) => markAlertsSeen(actor),
);
export const { GET, POST, PATCH, DELETE, HEAD, OPTIONS } = otherMethods({ PUT });
