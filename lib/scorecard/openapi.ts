import { formatParam } from '@/lib/export/openapi';
import { err } from '@/lib/api/openapi-parts';

/** OpenAPI entry of the scorecard (SPEC §15). */

export const scorecardPaths = {
  '/scorecard': {
    get: {
      parameters: [
        {
          name: 'scope',
          in: 'query',
          required: false,
          schema: { type: 'string', example: 'national', default: 'national' },
        },
        {
          name: 'period',
          in: 'query',
          required: false,
          schema: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])-H[12]$', example: '2023-01-H1' },
          description: 'YYYY-MM-H1 (days 1–15) or YYYY-MM-H2 (16 to the end); default the current half month',
        },
        formatParam,
      ],
      responses: {
        200: {
          description:
            'score = 0.4 × ikdScore + 0.3 × stockScore + 0.3 × timelinessScore (one decimal; the parts are shown to one decimal); rank by score, ties by code; change = previous rank − rank (null when not ranked before). An officer reads only their own regency row of a province. With format=csv|xlsx the table as a download.',
        },
        401: err('Not signed in'),
        403: err('Outside the caller scope or role'),
        404: err('Unknown province'),
        422: err('Bad parameter, or a period that has not begun'),
      },
    },
  },
};
