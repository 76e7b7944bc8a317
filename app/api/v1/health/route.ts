import { sql } from 'kysely';
import { getHandle } from '@/lib/db';
import { json, route } from '@/lib/api/handler';

export const dynamic = 'force-dynamic';

export const GET = route(async () => {
  const { db, kind } = await getHandle();
  await sql`select 1`.execute(db);
  return json({ status: 'ok', db: kind });
});
