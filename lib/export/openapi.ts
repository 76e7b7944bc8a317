/** The `format=` parameter of every list (SPEC §8): the table as shown, as a download. */
export const formatParam = {
  name: 'format',
  in: 'query',
  required: false,
  schema: { type: 'string', enum: ['json', 'csv', 'xlsx'], default: 'json' },
  description:
    'csv or xlsx: the table with the columns the page shows, headers in the caller language (UI cookie, else Accept-Language), as a download named pantau-<what>-<region>-<date>.<ext>',
};
