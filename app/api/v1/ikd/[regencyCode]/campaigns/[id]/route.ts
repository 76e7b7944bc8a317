import { operation, otherMethods } from '@/lib/api/pipeline';
import { recordIkdCampaignResult } from '@/lib/ikd/writes';

export const dynamic = 'force-dynamic';

/** Records what a campaign achieved: `{achieved, notes?}`. */
export const PATCH = operation(
  { method: 'PATCH', path: '/ikd/{regencyCode}/campaigns/{id}' },
  ({ req, actor, params }) => recordIkdCampaignResult(actor, params.regencyCode, params.id, req),
);
export const { GET, HEAD, POST, PUT, DELETE, OPTIONS } = otherMethods({ PATCH });
