import { otherMethods } from '@/lib/api/pipeline';
import { ticketTransitionPost } from '@/lib/queue/transition-route';

export const dynamic = 'force-dynamic';

export const POST = ticketTransitionPost('no-show', 'Mark the called ticket as a no-show');
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
