import { otherMethods } from '@/lib/api/pipeline';
import { ticketTransitionPost } from '@/lib/queue/transition-route';

export const dynamic = 'force-dynamic';

export const POST = ticketTransitionPost('recall', 'Call the ticket again (shows on the display board again)');
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
