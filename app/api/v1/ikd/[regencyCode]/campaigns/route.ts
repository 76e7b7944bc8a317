import { z } from 'zod';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { campaignBody } from '@/lib/ikd/schemas';
import { regencyPath } from '@/lib/api/params';
import { listIkdCampaigns, planIkdCampaign } from '@/lib/ikd/writes';
import { answer } from '@/lib/stock/http';
import { exportLang, exportResponse, formatParam } from '@/lib/export/table';
import { CAMPAIGN_COLUMNS } from '@/lib/export/domains';
import { exportRegion } from '@/lib/export/region';
import { campaignAnswer, campaignsAnswer } from '@/lib/ikd/answers';

export const dynamic = 'force-dynamic';

export const GET = operation(
  {
    method: 'GET',
    path: '/ikd/{regencyCode}/campaigns',
    summary: 'Outreach (jemput bola) campaigns, newest first, with planned and achieved totals',
    output: campaignsAnswer,
    params: regencyPath,
    query: z.object({ format: formatParam }),
  },
  async ({ req, actor, params, query }) => {
    const data = await listIkdCampaigns(actor, params.regencyCode);
    if (query.format === 'json') return data;
    const region = await exportRegion(data.regencyCode);
    return exportResponse(query.format, {
      what: 'jemput-bola',
      region: region.label,
      day: region.today,
      lang: exportLang(req),
      columns: CAMPAIGN_COLUMNS,
      rows: data.campaigns,
    });
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
