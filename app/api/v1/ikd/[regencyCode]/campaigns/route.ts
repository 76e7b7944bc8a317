import { operation, otherMethods } from '@/lib/api/pipeline';
import { exportable } from '@/lib/api/exportable';
import { campaignBody } from '@/lib/ikd/schemas';
import { regencyPath } from '@/lib/api/params';
import { listIkdCampaigns, planIkdCampaign } from '@/lib/ikd/writes';
import { answer } from '@/lib/stock/http';
import { CAMPAIGN_COLUMNS } from '@/lib/export/domains';
import { exportRegion } from '@/lib/export/region';
import { campaignAnswer, campaignsAnswer } from '@/lib/ikd/answers';

export const dynamic = 'force-dynamic';

export const GET = exportable(
  {
    method: 'GET',
    path: '/ikd/{regencyCode}/campaigns',
    summary: 'Outreach (jemput bola) campaigns, newest first, with planned and achieved totals',
    output: campaignsAnswer,
    params: regencyPath,
  },
  {
    read: ({ actor, params }) => listIkdCampaigns(actor, params.regencyCode),
    table: async (data) => {
      const region = await exportRegion(data.regencyCode);
      return {
        what: 'jemput-bola',
        region: region.label,
        day: region.today,
        columns: CAMPAIGN_COLUMNS,
        rows: data.campaigns,
      };
    },
  },
);

export const POST = operation(
  {
    method: 'POST',
    path: '/ikd/{regencyCode}/campaigns',
    summary: 'Plans a campaign (Idempotency-Key supported)',
    output: { 201: campaignAnswer },
    periodLocked: true,
    domainBody: campaignBody,
    params: regencyPath,
    idempotent: true,
  },
  async ({ req, actor, params, idempotencyKey }) =>
    answer(await planIkdCampaign(actor, params.regencyCode, req, idempotencyKey)),
);
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
