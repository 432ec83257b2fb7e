import { homedir } from 'node:os';
import { join } from 'node:path';

/** `$XDG_DATA_HOME/hearsay/hearsay.db`, or `~/.local/share/hearsay/hearsay.db`. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(base, 'hearsay', 'hearsay.db');
}
