/** OpenAPI of SPEC §16: GET /items, and the `item` parameter every stock endpoint takes. */
const errorRef = { $ref: '#/components/schemas/Error' };

const itemDescription =
  'the item of the ledger (GET /api/v1/items): BLANGKO_KTP_EL (default), BLANGKO_KIA, RIBBON, FILM; an unknown item is 422';

const itemQuery = {
  name: 'item',
  in: 'query',
  required: false,
  schema: { type: 'string', default: 'BLANGKO_KTP_EL', example: 'RIBBON' },
  description: `${itemDescription}. On a write the body's \`item\` wins.`,
};

export const itemPaths = {
  '/items': {
    get: {
      responses: {
        200: { description: 'every item, in display order' },
        401: { description: 'Not signed in', content: { 'application/json': { schema: errorRef } } },
      },
    },
  },
} as const;

type Op = {
  parameters?: unknown[];
  requestBody?: { content: { 'application/json': { schema: { properties?: Record<string, unknown> } } } };
};

/** `paths` with the `item` query parameter on every operation and the `item` field in every
 *  JSON request body. */
export function withItem<T extends object>(paths: T): T {
  const copy = JSON.parse(JSON.stringify(paths)) as Record<string, Record<string, Op>>;
  for (const ops of Object.values(copy))
    for (const op of Object.values(ops)) {
      op.parameters = [...(op.parameters ?? []), itemQuery];
      const props = op.requestBody?.content['application/json'].schema.properties;
      if (props) props.item = { type: 'string', default: 'BLANGKO_KTP_EL', description: itemDescription };
    }
  return copy as T;
}
