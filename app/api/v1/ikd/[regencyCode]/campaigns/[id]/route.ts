import { z } from 'zod';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { campaignIdParam, regencyCodeParam } from '@/lib/api/params';
import { campaignResultBody } from '@/lib/ikd/schemas';
import { recordIkdCampaignResult } from '@/lib/ikd/writes';
import { campaignAnswer } from '@/lib/ikd/answers';

export const dynamic = 'force-dynamic';

/** Records what a campaign achieved: `{achieved, notes?}`. The regency is looked up first (404);
 *  the campaign and the body are judged once the caller may write there. */
export const PATCH = operation(
  {
    method: 'PATCH',
    path: '/ikd/{regencyCode}/campaigns/{id}',
    summary: 'Records what a campaign achieved (from its date on)',
    output: campaignAnswer,
    periodLocked: true,
    params: z.object({ regencyCode: regencyCodeParam, id: z.string() }),
    domainParams: z.object({ id: campaignIdParam }),
    domainBody: campaignResultBody,
  },
  ({ req, actor, params }) => recordIkdCampaignResult(actor, params.regencyCode, params.id, req),
);
export const { GET, HEAD, POST, PUT, DELETE, OPTIONS } = otherMethods({ PATCH });
