import { z } from 'zod';
import { json, route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { idempotencyKeyOf } from '@/lib/api/idempotency';
import { requireActor } from '@/lib/auth/session';
import { listIkdCampaigns, planIkdCampaign } from '@/lib/ikd/writes';
import { exportLang, exportResponse, formatParam } from '@/lib/export/table';
import { CAMPAIGN_COLUMNS } from '@/lib/export/domains';
import { exportRegion } from '@/lib/export/region';

export const dynamic = 'force-dynamic';

export const GET = route<{ regencyCode: string }>(async (req, { regencyCode }) => {
  const actor = await requireActor();
  const { format } = parseQuery(req, z.object({ format: formatParam }));
  const data = await listIkdCampaigns(actor, regencyCode);
  if (format === 'json') return json(data);
  const region = await exportRegion(data.regencyCode);
  return exportResponse(format, {
    what: 'jemput-bola',
    region: region.label,
    day: region.today,
    lang: exportLang(req),
    columns: CAMPAIGN_COLUMNS,
    rows: data.campaigns,
  });
});

export const POST = route<{ regencyCode: string }>(async (req, { regencyCode }) => {
  const actor = await requireActor();
  const answer = await planIkdCampaign(actor, regencyCode, req, idempotencyKeyOf(req.headers));
  return json(answer.body, {
    status: answer.status,
    headers: answer.replayed ? { 'Idempotent-Replayed': 'true' } : {},
  });
});
