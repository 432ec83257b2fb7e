/** hearsay's version, as in package.json (a test keeps them equal); written into every JSON output. */
export const VERSION = '0.1.0';
