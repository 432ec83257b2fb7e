#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (the prepare script).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/node/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'hearsay: not built yet; run `npm install` (or `npm run build`) in the hearsay folder first\n',
  );
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
