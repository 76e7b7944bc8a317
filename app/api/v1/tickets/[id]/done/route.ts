import { otherMethods } from '@/lib/api/pipeline';
import { ticketTransitionPost } from '@/lib/queue/transition-route';

export const dynamic = 'force-dynamic';

export const POST = ticketTransitionPost('done', 'Finish the called ticket');
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
