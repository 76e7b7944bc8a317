// Writes /api/v1/openapi.json to a file (or stdout) without starting the server, for
// `redocly lint` in CI: `tsx scripts/openapi.ts [FILE]`.
import fs from 'node:fs';
import { openApi } from '../lib/api/openapi';

const json = JSON.stringify(openApi, null, 2);
if (process.argv[2]) fs.writeFileSync(process.argv[2], json);
else process.stdout.write(json);
