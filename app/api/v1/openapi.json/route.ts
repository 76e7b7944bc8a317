import { operation, otherMethods } from '@/lib/api/pipeline';
import { openApi } from '@/lib/api/openapi';

export const GET = operation({ method: 'GET', path: '/openapi.json', auth: 'anonymous' }, async () => openApi);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
