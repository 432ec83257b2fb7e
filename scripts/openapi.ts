/** Writes docs/openapi.json from the served description: `npx tsx scripts/openapi.ts`. */
import { writeFileSync } from 'node:fs';
import { openApiDocument } from '../src/node/server/openapi.js';

writeFileSync(
  new URL('../docs/openapi.json', import.meta.url),
  `${JSON.stringify(openApiDocument, null, 2)}\n`,
);
