import { operation, otherMethods } from '@/lib/api/pipeline';
import { openApi, openApiOperation } from '@/lib/api/openapi';

export const GET = operation(openApiOperation, async () => openApi);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
