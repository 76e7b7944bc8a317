import { sql } from 'kysely';
import { getHandle } from '@/lib/db';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { healthAnswer } from '@/lib/api/answers';

export const dynamic = 'force-dynamic';

export const GET = operation(
  { method: 'GET', path: '/health', summary: 'Liveness and database kind', output: healthAnswer, auth: 'anonymous' },
  async () => {
    const { db, kind } = await getHandle();
    await sql`select 1`.execute(db);
    return { status: 'ok', db: kind };
  },
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
