import { json, route } from '@/lib/api/handler';
import { openApi } from '@/lib/api/openapi';

export const GET = route(async () => json(openApi));
